#pragma once

#include "common/UnsavedChanges.h"

#include <QDialog>
#include <QJsonObject>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace casetrack {

class DateField;

class Session;

// The texts a user writes for a case's documents (issue 5): the 违纪事实 paragraphs, 处分依据,
// the number's sequence, 主送 and 抄送, and the announcement record's fields. Stored with the
// case (Session::setCaseDocumentInputs, encrypted and audited); keys the dialog does not show
// (materials, issue and printing dates set through the CLI) are kept as they were.
class DocumentInputsDialog : public QDialog
{
    Q_OBJECT
public:
    DocumentInputsDialog(Session& session, const QString& caseId, QWidget* parent = nullptr);

    // Splits the text into paragraphs at blank lines; single line breaks inside a paragraph
    // are joined (a paragraph is one flowing block in the GB/T 9704 layout).
    static QStringList paragraphsOf(const QString& text);

    bool save();

    // Escape, the close button, Alt+F4 and 取消 ask before typed input is discarded.
    void reject() override;

signals:
    void saved(const QString& caseId);

private:
    void load();

    Session& m_session;
    QString m_caseId;
    QJsonObject m_stored;
    QPlainTextEdit* m_facts;
    QLineEdit* m_basis;
    QSpinBox* m_sequence;
    QLineEdit* m_mainRecipient;
    QLineEdit* m_copyTo;
    QCheckBox* m_announcedSet;
    DateField* m_announcedOn;
    QLineEdit* m_place;
    QLineEdit* m_announcer;
    QLineEdit* m_attendees;
    QLineEdit* m_recorder;
    QPlainTextEdit* m_statement;
    QLabel* m_status;
    QPushButton* m_save;
    std::optional<UnsavedChanges> m_unsaved;
};

} // namespace casetrack
