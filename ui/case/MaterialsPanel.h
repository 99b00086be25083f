#pragma once

#include "case/MaterialTempFiles.h"
#include "storage/CaseMaterial.h"

#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace casetrack {

class AttachMaterialDialog;
class MaterialExportDialog;
class RemoveMaterialDialog;
class Session;

// The case view's materials (issue 12): a list with type, date, description, file, size and
// who added it; 添加… (and files dropped anywhere on the case view), 打开 (the system viewer,
// through a 0600 copy in a private folder: MaterialTempFiles), 导出… and 移除….
class MaterialsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MaterialsPanel(Session& session, QWidget* parent = nullptr);

    void showCase(const QString& caseId);
    void reload();
    // Files dropped on `target` (the case view) open the attach dialog for them.
    void acceptDropsOn(QWidget* target);

    AttachMaterialDialog* openAttachDialog(const QStringList& files = {});
    MaterialExportDialog* openExportDialog();
    RemoveMaterialDialog* openRemoveDialog();
    // Opens the selected material in the system viewer; the error shown, and returned.
    Error openSelected();

    QTableWidget* table() const { return m_table; }
    const QList<CaseMaterial>& materials() const { return m_materials; }
    MaterialTempFiles& tempFiles() { return m_temp; }
    // Tests replace the system viewer (QDesktopServices) with their own.
    using Viewer = std::function<bool(const QString& path)>;
    void setViewer(Viewer viewer) { m_viewer = std::move(viewer); }

signals:
    void materialsChanged(const QString& caseId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    qint64 selectedId() const;
    void updateButtons();

    Session& m_session;
    QString m_caseId;
    QList<CaseMaterial> m_materials;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_export;
    QPushButton* m_remove;
    MaterialTempFiles m_temp;
    Viewer m_viewer;
};

} // namespace casetrack
