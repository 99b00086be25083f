#include "BenchOptions.h"

#include "util/DateText.h"

#include <QCommandLineParser>

namespace casetrack::bench {

bool parseOptions(const QStringList& arguments, BenchOptions* options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds a database of generated cases and prints the figures of docs/benchmarks.md as JSON."));
    parser.addHelpOption();
    const QCommandLineOption cases(QStringLiteral("cases"),
                                   QStringLiteral("Number of cases (default 100000)."), QStringLiteral("n"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Directory for the databases (default: a temporary one)."),
                                 QStringLiteral("dir"));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("2,000 cases, 50 steps, every case verified: seconds."));
    const QCommandLineOption steps(QStringLiteral("steps"),
                                   QStringLiteral("Single steps timed per database."), QStringLiteral("n"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Threads deriving states."),
                                     QStringLiteral("n"));
    const QCommandLineOption verify(QStringLiteral("verify-every"),
                                    QStringLiteral("Check every Nth case's events with checkEvent."),
                                    QStringLiteral("n"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QStringLiteral("Date of the deadline statuses."),
                                  QStringLiteral("date"));
    parser.addOptions({cases, out, quick, steps, threads, verify, asOf});
    parser.process(arguments);

    if (parser.isSet(quick)) {
        options->quick = true;
        options->cases = 2000;
        options->recordSteps = 50;
        options->verifyEvery = 1;
    }
    auto number = [&](const QCommandLineOption& option, int* target) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (ok && value > 0)
            *target = value;
        return ok && value > 0;
    };
    if (!number(cases, &options->cases) || !number(steps, &options->recordSteps) ||
        !number(threads, &options->threads) || !number(verify, &options->verifyEvery)) {
        qWarning("bench_casetrack: counts must be positive integers");
        return false;
    }
    if (parser.isSet(out))
        options->outputDir = parser.value(out);
    if (parser.isSet(asOf)) {
        options->asOf = parseIsoDate(parser.value(asOf));
        if (!options->asOf.isValid()) {
            qWarning("bench_casetrack: --as-of takes YYYY-MM-DD");
            return false;
        }
    }
    return true;
}

} // namespace casetrack::bench
