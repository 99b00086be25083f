#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace casetrack {

class DateField;
class Session;

// Attaches one or more files (chosen here, or dropped onto the case view) to a case, all with
// the type, date and description typed once. The size limit is stated before anything is read;
// a file above it, an empty one or an unreadable one is named and nothing of it is stored.
class AttachMaterialDialog : public QDialog
{
    Q_OBJECT
public:
    AttachMaterialDialog(Session& session, const QString& caseId, const QStringList& files,
                         QWidget* parent = nullptr);

    QStringList files() const { return m_files; }
    void setFiles(const QStringList& files);
    // Attaches every file through the session; stays open with the reasons when any fails
    // (those attached are not attached again).
    void attach();
    QString statusText() const;

signals:
    void attached(const QString& caseId);

private:
    void chooseFiles();
    void update();

    Session& m_session;
    QString m_caseId;
    QStringList m_files;
    QLabel* m_fileList;
    QComboBox* m_type;
    DateField* m_date;
    QLineEdit* m_description;
    QLabel* m_status;
    QPushButton* m_attach;
};

} // namespace casetrack
