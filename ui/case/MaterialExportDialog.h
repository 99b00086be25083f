#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace casetrack {

class Session;

// Exports one case material to a file for a named recipient and purpose (both required,
// data-sharing rules 第二十五条、第二十九条); Session::exportMaterial records the export before
// the file is written, 0600.
class MaterialExportDialog : public QDialog
{
    Q_OBJECT
public:
    MaterialExportDialog(Session& session, qint64 materialId, QWidget* parent = nullptr);

    bool canExport() const;
    void exportMaterial();
    QString statusText() const;

signals:
    void exported(const QString& path);

private:
    void browse();
    void update();

    Session& m_session;
    qint64 m_id;
    QLineEdit* m_path;
    QLineEdit* m_purpose;
    QLineEdit* m_recipient;
    QLabel* m_status;
    QPushButton* m_export;
};

} // namespace casetrack
