#include "procedure/Deadlines.h"

#include "util/TextCache.h"

namespace casetrack {

namespace {

QString trCached(const char* text)
{
    return cachedTranslation("Deadlines", text);
}

CaseDeadline makeDeadline(const QString& kind, const QString& label, const QString& article,
                          const QDate& from, const Period& period, const QDate& metOn,
                          const HolidayCalendar& calendar, const EngineSettings& settings, const QDate& asOf)
{
    const DueDate due = countDeadline(from, period, calendar, settings.strictCounting);
    CaseDeadline d;
    d.kind = kind;
    d.label = label;
    d.article = article;
    d.from = from;
    d.due = due.due;
    d.nominalDue = due.nominal;
    d.explain = due.explain;
    d.unknownYears = due.unknownYears;
    d.metOn = metOn;
    d.status = deadlineStatus(d.due, metOn, asOf, settings.warningDays);
    return d;
}

// The date of the first `kind` event at or after `from`'s index (the step that meets a deadline).
QDate firstDateAfter(const CaseAnalysis& a, StepKind kind, int fromIndex)
{
    const int first = a.first(kind);
    if (first < 0)
        return {};
    if (first > fromIndex)
        return a.events()[first].date;
    const QList<Event>& events = a.events();
    const QString& id = stepDefinition(kind).id;
    for (int i = fromIndex + 1; i < events.size(); ++i) {
        if (events[i].step == id)
            return events[i].date;
    }
    return {};
}

} // namespace

QList<CaseDeadline> deadlinesOf(const CaseAnalysis& a, const HolidayCalendar& calendar,
                                const EngineSettings& settings, const QDate& asOf)
{
    QList<CaseDeadline> result;
    if (const auto& decision = a.decision()) {
        // The spec's two and the user's rules; an undecided case without rules allocates nothing.
        result.reserve(2 + settings.deadlineRules.size());
        // 第十条: announce within one month of the decision. For a grassroots expulsion the
        // decision is complete only with the Party group's approval (第四条第二款), so the month
        // runs from the effective date; for every other decision the two dates are the same.
        const int decidingIndex = a.decidingIndex();
        result.append(makeDeadline(
            QStringLiteral("announce"), trCached(QT_TRANSLATE_NOOP("Deadlines", "宣布党纪处分决定")),
            QStringLiteral("第十条"), decision->effectiveOn, Period{1, PeriodUnit::Months},
            firstDateAfter(a, StepKind::DecisionAnnounced, decidingIndex), calendar, settings, asOf));
        if (decision->decidedBy == QLatin1String("party_group")) {
            // 第十一条: record filing within 90 days of the Party-group decision's effective date.
            result.append(makeDeadline(
                QStringLiteral("record_filing"), trCached(QT_TRANSLATE_NOOP("Deadlines", "报派出机构备案")),
                QStringLiteral("第十一条"), decision->effectiveOn, Period{90, PeriodUnit::Days},
                firstDateAfter(a, StepKind::RecordFiled, decidingIndex), calendar, settings, asOf));
        }
    }
    for (const DeadlineRule& rule : settings.deadlineRules) {
        StepKind trigger, metBy;
        if (!stepKindFromId(rule.triggerStep, &trigger) || !stepKindFromId(rule.metByStep, &metBy))
            continue;
        const Event* t = a.lastEvent(trigger);
        if (!t)
            continue;
        // Met by a met-by step dated on or after the trigger (its sequence may be earlier when a
        // date was corrected).
        QDate metOn;
        if (a.has(metBy)) {
            const QString& id = stepDefinition(metBy).id;
            for (const Event& e : a.events()) {
                if (e.step == id && e.date >= t->date && (!metOn.isValid() || e.date < metOn))
                    metOn = e.date;
            }
        }
        result.append(makeDeadline(rule.id, rule.label, QString(), t->date, rule.period, metOn, calendar,
                                   settings, asOf));
    }
    return result;
}

QList<SanctionPeriod> sanctionPeriodsOf(const CaseAnalysis& a)
{
    const auto& d = a.decision();
    if (!d)
        return {};
    SanctionPeriod p;
    p.from = d->effectiveOn;
    int months = 0;
    if (d->sanction == QLatin1String("warning") || d->sanction == QLatin1String("serious_warning")) {
        const bool serious = d->sanction == QLatin1String("serious_warning");
        p.kind = QStringLiteral("no_promotion");
        p.label = serious ? trCached(QT_TRANSLATE_NOOP("Deadlines", "一年半内不得提拔"))
                          : trCached(QT_TRANSLATE_NOOP("Deadlines", "一年内不得提拔"));
        p.article = QStringLiteral("《中国共产党纪律处分条例》第十条");
        months = serious ? 18 : 12;
    } else if (d->sanction == QLatin1String("removal_from_post")) {
        p.kind = QStringLiteral("no_post");
        p.label =
            trCached(QT_TRANSLATE_NOOP("Deadlines", "二年内不得担任与原任职务相当或者高于原任职务的职务"));
        p.article = QStringLiteral("《中国共产党纪律处分条例》第十一条");
        months = 24;
    } else if (d->sanction == QLatin1String("probation")) {
        const int years = d->probationYears == 2 ? 2 : 1;
        p.kind = QStringLiteral("probation");
        p.label = years == 2 ? trCached(QT_TRANSLATE_NOOP("Deadlines", "留党察看期二年"))
                             : trCached(QT_TRANSLATE_NOOP("Deadlines", "留党察看期一年"));
        p.article = QStringLiteral("《中国共产党纪律处分条例》第十二条");
        months = 12 * years;
    } else if (d->sanction == QLatin1String("expulsion")) {
        p.kind = QStringLiteral("readmission_bar");
        p.label = trCached(QT_TRANSLATE_NOOP("Deadlines", "五年内不得重新入党"));
        p.article = QStringLiteral("《中国共产党纪律处分条例》第十三条");
        months = 60;
    } else {
        return {};
    }
    // The start day is not counted (as for deadlines): the period ends on the same-numbered day,
    // or the month's last day (QDate::addMonths clamps).
    p.until = p.from.addMonths(months);
    return {p};
}

} // namespace casetrack
