#pragma once

#include "documents/ListExport.h"
#include "services/OutputRequests.h"
#include "util/Error.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QRadioButton;

namespace casetrack {

class Session;

// Exports the case list or the deadline list as XLSX, CSV, ICS (deadlines) or PDF (issue 5):
// what the list shows now, or everything. Purpose and recipient are required (data-sharing
// rules 第二十五条、第二十九条); each export is audited like the CLI's `export`. Reading and
// writing 100,000 cases takes seconds, so it runs on a pool thread behind a busy indicator.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class List
    {
        Cases,
        Deadlines
    };

    // `shownCaseIds`: the cases the page shows now (the filtered list, or the cases with open
    // deadlines), in its order.
    ExportDialog(Session& session, List list, const QStringList& shownCaseIds, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // e.g. 案件清单-2025年1月31日.xlsx
    static QString defaultFileName(List list, ExportFormat format, const QDate& date);

    bool canExport() const;
    // From the start until the result is handled (audited), not just while the thread works.
    bool isRunning() const { return m_running; }
    void startExport();
    QString statusText() const;

signals:
    void exported(const QString& path);

private:
    // Copyable for QFuture: the staged file is shared, and removed when the last copy goes
    // unreleased (a failed record, a closed dialog).
    struct Outcome
    {
        Error error;
        std::shared_ptr<StagedListExport> staged;
    };

    ExportFormat format() const;
    void formatChanged();
    void updateButtons();
    void browse();
    void finished();

    Session& m_session;
    List m_list;
    QStringList m_shown;
    QRadioButton* m_onlyShown;
    QRadioButton* m_all;
    QComboBox* m_format;
    QLineEdit* m_path;
    QLineEdit* m_purpose;
    QLineEdit* m_recipient;
    QCheckBox* m_includeNames; // ICS only: names leave the office only when ticked
    QLabel* m_namesWarning;
    QLabel* m_status;
    QPushButton* m_export;
    QProgressDialog* m_progress = nullptr;
    QFutureWatcher<Outcome> m_watcher;
    bool m_running = false;
    QString m_runningPath;
};

} // namespace casetrack
