// case add|show|list, event add, deadlines.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "procedure/ProcedureEngine.h"
#include "procedure/StepTable.h"
#include "util/DateText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace casetrack {

namespace {

CaseState stateOf(Session& session, const CaseRecord& record, const QDate& asOf)
{
    return deriveState(record, session.calendar(), session.engineSettings(), asOf);
}

bool isOverdue(const CaseState& state)
{
    for (const CaseDeadline& deadline : state.deadlines) {
        if (deadline.status == DeadlineStatus::Overdue)
            return true;
    }
    return false;
}

} // namespace

int cliCaseAdd(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(2, 2, {QStringLiteral("data"), QStringLiteral("as-of")}, &code))
        return code;
    if (!cli.args.options.contains(QStringLiteral("data")))
        return cli.usage(QCoreApplication::translate(
            "Cli", "case add 需要 --data JSON（案件事实，键名见 procedure.md）。"));
    Result<QDate> asOf = cli.asOf();
    if (!asOf.ok())
        return cli.fail(asOf.error());
    Result<QJsonObject> json = cli.jsonObjectArgument(cli.args.option(QStringLiteral("data")));
    if (!json.ok())
        return cli.fail(json.error());
    Result<CaseFacts> facts = CaseFacts::fromJson(json.value());
    if (!facts.ok())
        return cli.fail(facts.error());
    auto session = cli.unlock(Session::Access::ReadWrite);
    if (!session.ok())
        return cli.fail(session.error());
    Result<QString> id = session.value()->addCase(facts.value());
    if (!id.ok())
        return cli.fail(id.error());
    const CaseState state =
        stateOf(*session.value(), session.value()->loadCase(id.value()).value(), asOf.value());
    cli.print(cli.stateJson(state), cli.stateText(state));
    return 0;
}

int cliCaseShow(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(3, 3, {QStringLiteral("as-of")}, &code))
        return code;
    Result<QDate> asOf = cli.asOf();
    if (!asOf.ok())
        return cli.fail(asOf.error());
    auto session = cli.unlock(Session::Access::ReadOnly);
    if (!session.ok())
        return cli.fail(session.error());
    Result<CaseRecord> record = session.value()->loadCase(cli.args.words.at(2));
    if (!record.ok())
        return cli.fail(record.error());
    const CaseState state = stateOf(*session.value(), record.value(), asOf.value());
    // Recorded before it is shown; not shown when it cannot be recorded.
    if (Error error = session.value()->recordAccess(QStringLiteral("view.case"), record->id); error.isError())
        return cli.fail(error);
    cli.print(cli.stateJson(state), cli.stateText(state));
    return 0;
}

int cliCaseList(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(2, 2, {QStringLiteral("stage"), QStringLiteral("overdue"), QStringLiteral("as-of")},
                        &code))
        return code;
    Result<QDate> asOf = cli.asOf();
    if (!asOf.ok())
        return cli.fail(asOf.error());
    const QString stage = cli.args.option(QStringLiteral("stage"));
    if (cli.args.options.contains(QStringLiteral("stage")) && !allStageIds().contains(stage))
        return cli.fail(Error::make(ErrorCode::Invalid,
                                    QCoreApplication::translate("Cli", "没有阶段 %1。可用的阶段：%2。")
                                        .arg(stage, allStageIds().join(QStringLiteral(", ")))));
    auto session = cli.unlock(Session::Access::ReadOnly);
    if (!session.ok())
        return cli.fail(session.error());
    const HolidayCalendar calendar = session.value()->calendar();
    const EngineSettings settings = session.value()->engineSettings();
    QJsonArray array;
    QString text;
    for (const CaseRecord& record : session.value()->loadAllCases()) {
        const CaseState state = deriveState(record, calendar, settings, asOf.value());
        if (!stage.isEmpty() && stageId(state.stage) != stage)
            continue;
        if (cli.args.has(QStringLiteral("overdue")) && !isOverdue(state))
            continue;
        array.append(cli.stateJson(state));
        text +=
            QStringLiteral("%1\t%2\t%3\t%4%5\n")
                .arg(state.id, state.facts.subject.name, trackId(state.track), stageDisplayName(state.stage),
                     isOverdue(state) ? QCoreApplication::translate("Cli", "\t逾期") : QString());
    }
    const QJsonObject listed{{QStringLiteral("stage"), stage},
                             {QStringLiteral("overdue"), cli.args.has(QStringLiteral("overdue"))},
                             {QStringLiteral("as_of"), isoDate(asOf.value())},
                             {QStringLiteral("count"), array.size()}};
    if (Error error =
            session.value()->recordAccess(QStringLiteral("view.list"), QStringLiteral("cases"), listed);
        error.isError())
        return cli.fail(error);
    cli.print(array, text.isEmpty() ? QCoreApplication::translate("Cli", "（没有符合条件的案件）") : text);
    return 0;
}

int cliEventAdd(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(
            3, 3,
            {QStringLiteral("step"), QStringLiteral("date"), QStringLiteral("data"), QStringLiteral("as-of")},
            &code))
        return code;
    if (!cli.args.options.contains(QStringLiteral("step")) ||
        !cli.args.options.contains(QStringLiteral("date")))
        return cli.usage(
            QCoreApplication::translate("Cli", "event add 需要 --step STEP 和 --date YYYY-MM-DD。"));
    Result<QDate> asOf = cli.asOf();
    if (!asOf.ok())
        return cli.fail(asOf.error());
    Event event;
    event.step = cli.args.option(QStringLiteral("step"));
    event.date = parseIsoDate(cli.args.option(QStringLiteral("date")));
    if (!event.date.isValid())
        return cli.fail(
            Error::make(ErrorCode::Invalid,
                        QCoreApplication::translate("Cli", "日期 %1 无效，请写成 YYYY-MM-DD，如 2025-01-31。")
                            .arg(cli.args.option(QStringLiteral("date")))));
    // procedure.md "Order by date": no step is dated after the --as-of date (today by default).
    if (event.date > asOf.value())
        return cli.fail(Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("Cli", "日期 %1 晚于 %2（--as-of，默认今天），步骤只能在发生后登记。")
                .arg(isoDate(event.date), isoDate(asOf.value()))));
    if (cli.args.options.contains(QStringLiteral("data"))) {
        Result<QJsonObject> data = cli.jsonObjectArgument(cli.args.option(QStringLiteral("data")));
        if (!data.ok())
            return cli.fail(data.error());
        event.data = data.value();
    }
    auto session = cli.unlock(Session::Access::ReadWrite);
    if (!session.ok())
        return cli.fail(session.error());
    const QString caseId = cli.args.words.at(2);
    Result<Event> recorded = session.value()->recordEvent(caseId, event);
    if (!recorded.ok())
        return cli.fail(recorded.error());
    const CaseState state =
        stateOf(*session.value(), session.value()->loadCase(caseId).value(), asOf.value());
    cli.print(cli.stateJson(state), cli.stateText(state));
    return 0;
}

int cliCaseCorrect(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(3, 3, {QStringLiteral("data"), QStringLiteral("reason"), QStringLiteral("as-of")},
                        &code))
        return code;
    if (!cli.args.options.contains(QStringLiteral("data")))
        return cli.usage(QCoreApplication::translate(
            "Cli", "case correct 需要 --data JSON（要更正的案件信息，只写要改的键）。"));
    if (!cli.args.options.contains(QStringLiteral("reason")) ||
        cli.args.option(QStringLiteral("reason")).trimmed().isEmpty())
        return cli.usage(QCoreApplication::translate(
            "Cli", "case correct 需要 --reason 理由（更正案件信息须写明理由）。"));
    Result<QDate> asOf = cli.asOf();
    if (!asOf.ok())
        return cli.fail(asOf.error());
    Result<QJsonObject> json = cli.jsonObjectArgument(cli.args.option(QStringLiteral("data")));
    if (!json.ok())
        return cli.fail(json.error());
    auto session = cli.unlock(Session::Access::ReadWrite);
    if (!session.ok())
        return cli.fail(session.error());
    const QString caseId = cli.args.words.at(2);
    if (Error error =
            session.value()->correctFacts(caseId, json.value(), cli.args.option(QStringLiteral("reason")));
        error.isError())
        return cli.fail(error);
    const CaseState state =
        stateOf(*session.value(), session.value()->loadCase(caseId).value(), asOf.value());
    cli.print(cli.stateJson(state), cli.stateText(state));
    return 0;
}

int cliDeadlines(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(1, 1, {QStringLiteral("as-of"), QStringLiteral("within")}, &code))
        return code;
    Result<QDate> asOf = cli.asOf();
    if (!asOf.ok())
        return cli.fail(asOf.error());
    int within = -1;
    if (cli.args.options.contains(QStringLiteral("within"))) {
        bool ok = false;
        within = cli.args.option(QStringLiteral("within")).toInt(&ok);
        if (!ok || within < 0)
            return cli.fail(
                Error::make(ErrorCode::Invalid,
                            QCoreApplication::translate("Cli", "--within 需要一个非负整数（天数）。")));
    }
    auto session = cli.unlock(Session::Access::ReadOnly);
    if (!session.ok())
        return cli.fail(session.error());
    const HolidayCalendar calendar = session.value()->calendar();
    const EngineSettings settings = session.value()->engineSettings();
    QJsonArray array;
    QString text;
    for (const CaseRecord& record : session.value()->loadAllCases()) {
        const CaseState state = deriveState(record, calendar, settings, asOf.value());
        for (const CaseDeadline& deadline : state.deadlines) {
            // --within: what is still open and due by then, overdue ones included.
            if (within >= 0) {
                const bool done =
                    deadline.status == DeadlineStatus::Met || deadline.status == DeadlineStatus::MetLate;
                if (done || deadline.due > asOf.value().addDays(within))
                    continue;
            }
            QJsonObject json = caseDeadlineToJson(deadline);
            json.insert(QStringLiteral("case_id"), state.id);
            array.append(json);
            text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                        .arg(state.id, deadline.label.toString(), isoDate(deadline.due),
                             deadlineStatusId(deadline.status), deadline.article);
        }
    }
    const QJsonObject listed{{QStringLiteral("within"), within},
                             {QStringLiteral("as_of"), isoDate(asOf.value())},
                             {QStringLiteral("count"), array.size()}};
    if (Error error = session.value()->recordAccess(QStringLiteral("view.deadlines"),
                                                    QStringLiteral("deadlines"), listed);
        error.isError())
        return cli.fail(error);
    cli.print(array, text.isEmpty() ? QCoreApplication::translate("Cli", "（没有期限）") : text);
    return 0;
}

} // namespace casetrack
