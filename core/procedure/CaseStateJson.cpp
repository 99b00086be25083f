#include "procedure/ProcedureEngine.h"

#include "procedure/StepTable.h"
#include "util/DateText.h"

#include <QJsonArray>

namespace casetrack {

namespace {

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue(QJsonValue::Null);
}

QJsonArray eventsToJson(const QList<Event>& events)
{
    QJsonArray array;
    for (const Event& e : events) {
        array.append(QJsonObject{
            {QStringLiteral("seq"), e.seq},
            {QStringLiteral("step"), e.step},
            {QStringLiteral("date"), dateOrNull(e.date)},
            {QStringLiteral("data"), e.data},
            {QStringLiteral("recorded_by"), e.recordedBy},
            {QStringLiteral("recorded_at"), e.recordedAt.isValid()
                                                ? QJsonValue(e.recordedAt.toString(Qt::ISODate))
                                                : QJsonValue(QJsonValue::Null)},
        });
    }
    return array;
}

QJsonObject decisionToJson(const Decision& d)
{
    QJsonObject o{{QStringLiteral("sanction"), sanctionId(d.sanction)},
                  {QStringLiteral("sanction_name"), sanctionDisplayName(d.sanction)},
                  {QStringLiteral("decided_by"), decidingBodyId(d.decidedBy)},
                  {QStringLiteral("decided_on"), dateOrNull(d.decidedOn)},
                  {QStringLiteral("effective_on"), dateOrNull(d.effectiveOn)},
                  {QStringLiteral("seq"), d.seq},
                  {QStringLiteral("by_appeal"), d.byAppeal}};
    if (d.sanction == Sanction::Probation)
        o.insert(QStringLiteral("probation_years"), d.probationYears);
    return o;
}

} // namespace

QJsonObject caseDeadlineToJson(const CaseDeadline& d)
{
    QJsonArray unknown;
    for (int year : d.unknownYears)
        unknown.append(year);
    return {
        {QStringLiteral("kind"), d.id()},
        {QStringLiteral("label"), d.label.toString()},
        {QStringLiteral("from"), dateOrNull(d.from)},
        {QStringLiteral("due"), dateOrNull(d.due)},
        {QStringLiteral("nominal_due"), dateOrNull(d.nominalDue)},
        {QStringLiteral("status"), deadlineStatusId(d.status)},
        {QStringLiteral("nominal_status"), deadlineStatusId(d.nominalStatus)},
        {QStringLiteral("article"), d.article},
        {QStringLiteral("explain"), d.explain.toString()},
        {QStringLiteral("met_on"), dateOrNull(d.metOn)},
        {QStringLiteral("unknown_years"), unknown},
    };
}

QJsonObject caseStateToJson(const CaseState& state)
{
    const QJsonObject facts = state.facts.toJson();
    QJsonObject json{
        {QStringLiteral("id"), state.id},
        {QStringLiteral("subject"), facts.value(QLatin1String("subject"))},
        {QStringLiteral("filing_body"), state.facts.filingBody},
        {QStringLiteral("decision_route"), decisionRouteId(state.facts.decisionRoute)},
        {QStringLiteral("bodies"), facts.value(QLatin1String("bodies")).toObject()},
        {QStringLiteral("major_complex"), state.facts.majorComplex},
        {QStringLiteral("track"), trackId(state.track)},
        {QStringLiteral("track_name"), trackDisplayName(state.track)},
        {QStringLiteral("stage"), stageId(state.stage)},
        {QStringLiteral("stage_name"), stageDisplayName(state.stage)},
        {QStringLiteral("closed"), state.closed},
        {QStringLiteral("as_of"), dateOrNull(state.asOf)},
        {QStringLiteral("events"), eventsToJson(state.events)},
    };

    QJsonArray effective;
    for (const Event& e : state.effectiveEvents)
        effective.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                     {QStringLiteral("step"), e.step},
                                     {QStringLiteral("date"), dateOrNull(e.date)},
                                     {QStringLiteral("data"), e.data}});
    json.insert(QStringLiteral("effective_events"), effective);

    QJsonArray next;
    for (const NextStep& n : state.next) {
        QJsonObject o{{QStringLiteral("step"), stepDefinition(n.step).id},
                      {QStringLiteral("allowed"), n.allowed},
                      {QStringLiteral("required"), n.required},
                      {QStringLiteral("article"), n.article}};
        if (!n.allowed)
            o.insert(QStringLiteral("reason"), n.reason.toString());
        if (n.alternativeTo)
            o.insert(QStringLiteral("alternative_to"), stepDefinition(*n.alternativeTo).id);
        next.append(o);
    }
    json.insert(QStringLiteral("next"), next);

    json.insert(QStringLiteral("decision"),
                state.decision ? QJsonValue(decisionToJson(*state.decision)) : QJsonValue(QJsonValue::Null));
    QJsonArray history;
    for (const Decision& d : state.decisionHistory)
        history.append(decisionToJson(d));
    json.insert(QStringLiteral("decision_history"), history);
    QJsonArray warnings;
    for (const CaseWarning& w : state.warnings)
        warnings.append(w.text.toString());
    json.insert(QStringLiteral("warnings"), warnings);

    QJsonArray deadlines;
    for (const CaseDeadline& d : state.deadlines)
        deadlines.append(caseDeadlineToJson(d));
    json.insert(QStringLiteral("deadlines"), deadlines);

    QJsonArray periods;
    for (const SanctionPeriod& p : state.sanctionPeriods)
        periods.append(QJsonObject{{QStringLiteral("kind"), sanctionPeriodKindId(p.kind)},
                                   {QStringLiteral("label"), p.label.toString()},
                                   {QStringLiteral("from"), dateOrNull(p.from)},
                                   {QStringLiteral("until"), dateOrNull(p.until)},
                                   {QStringLiteral("article"), p.article}});
    json.insert(QStringLiteral("sanction_periods"), periods);
    return json;
}

} // namespace casetrack
