#pragma once

#include "util/Error.h"

#include <QObject>

#include <functional>

class QWidget;

namespace casetrack {

class Session;

// A change that rewrites every case's summary (the engine settings, the calendar: about nine
// seconds at 100,000 cases) runs on a pool thread while a modal progress dialog says how far it
// is, so that the window keeps painting instead of freezing. While it runs nothing else may use
// the session's connection: the change holds its transaction there. Input goes only to the
// dialog, which cannot be closed; the idle and system locks wait for the end (DesktopApp), and
// so does the case list's reading (CaseIndex), both through running() and finished().
class LongChange : public QObject
{
    Q_OBJECT
public:
    // Runs `change` (one Session call) and returns its error. With fewer cases than
    // inlineLimit() it runs here, at once: it takes a fraction of a second.
    static Error run(Session& session, QWidget* parent, const QString& label,
                     const std::function<Error()>& change);

    static bool running();
    // The one object whose finished() says a change has ended.
    static LongChange* notifier();
    static int inlineLimit();
    static void setInlineLimit(int cases); // for tests

signals:
    void finished();

private:
    using QObject::QObject;
};

} // namespace casetrack
