#pragma once

#include <QDialog>
#include <QStringList>
#include <QWidget>

class QListWidget;

namespace casetrack {

class Session;
class StepFieldsEditor;

// Ticks case materials (the case's attachments) to name in a step's `materials` list.
class MaterialPickerDialog : public QDialog
{
    Q_OBJECT
public:
    MaterialPickerDialog(Session& session, const QString& caseId, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    // The lines of the ticked materials, in list order.
    QStringList pickedLines() const;
    // How a material is named in the list: its description, else its type and file name.
    static QString lineFor(const QString& type, const QString& description, const QString& fileName);

private:
    QListWidget* m_list;
};

// The button under a step's fields ("从案件材料选取…", record-filing: 第十一条) that adds the
// picked materials to the step's `materials` list, after what is typed there already.
class MaterialPicker : public QWidget
{
    Q_OBJECT
public:
    MaterialPicker(Session& session, const QString& caseId, StepFieldsEditor* editor,
                   QWidget* parent = nullptr);

    MaterialPickerDialog* openPicker();
    // Appends `lines` to the editor's materials, skipping lines already there.
    void addLines(const QStringList& lines);

private:
    Session& m_session;
    QString m_caseId;
    StepFieldsEditor* m_editor;
};

} // namespace casetrack
