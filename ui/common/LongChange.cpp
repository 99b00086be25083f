#include "common/LongChange.h"

#include "services/Session.h"

#include <QCloseEvent>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace casetrack {

namespace {

bool g_running = false;
// Below this, a rewrite of every summary takes under a fifth of a second (docs/benchmarks.md).
int g_inlineLimit = 2000;

// A progress dialog that stays until the change is done: the change cannot be stopped half way
// (it is one transaction) and the window must not take input meanwhile.
class ChangeProgress : public QProgressDialog
{
public:
    using QProgressDialog::QProgressDialog;

protected:
    void reject() override {}
    void closeEvent(QCloseEvent* event) override { event->ignore(); }
};

} // namespace

LongChange* LongChange::notifier()
{
    static LongChange* instance = new LongChange();
    return instance;
}

bool LongChange::running()
{
    return g_running;
}

int LongChange::inlineLimit()
{
    return g_inlineLimit;
}

void LongChange::setInlineLimit(int cases)
{
    g_inlineLimit = cases;
}

Error LongChange::run(Session& session, QWidget* parent, const QString& label,
                      const std::function<Error()>& change)
{
    if (g_running) // one at a time; the dialog's modality makes a second one unreachable
        return Error::make(ErrorCode::Unavailable, tr("另一项修改正在进行，请稍候再试。"));
    if (session.caseCount() < g_inlineLimit)
        return change();

    g_running = true;
    ChangeProgress dialog(label, QString(), 0, 0, parent);
    dialog.setWindowTitle(tr("正在修改"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setCancelButton(nullptr);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(0);
    // Called on the pool thread; the dialog is updated on its own (a call queued after the
    // dialog is gone is dropped).
    session.setRebuildProgress([&dialog](qsizetype done, qsizetype total) {
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog, done, total] {
                dialog.setMaximum(int(total));
                dialog.setValue(int(done));
            },
            Qt::QueuedConnection);
    });
    QEventLoop loop;
    QFutureWatcher<Error> watcher;
    connect(&watcher, &QFutureWatcher<Error>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(change));
    dialog.show();
    loop.exec();
    session.setRebuildProgress({});
    g_running = false;
    emit notifier()->finished();
    return watcher.result();
}

} // namespace casetrack
