#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace casetrack {

class Session;

// Records a material's removal with a reason (Session::removeMaterial): it leaves the list; its
// record, and the file, stay in the database and the audit trail.
class RemoveMaterialDialog : public QDialog
{
    Q_OBJECT
public:
    RemoveMaterialDialog(Session& session, qint64 materialId, QWidget* parent = nullptr);

    void remove();
    QString statusText() const;

signals:
    void removed(qint64 materialId);

private:
    Session& m_session;
    qint64 m_id;
    QLineEdit* m_reason;
    QLabel* m_status;
    QPushButton* m_remove;
};

} // namespace casetrack
