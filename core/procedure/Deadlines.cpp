#include "procedure/Deadlines.h"

#include "util/DateText.h"

#include <algorithm>

namespace casetrack {

namespace {

// Names and explanations are messages: translated where they are shown (util/Message.h).
Message text(const char* source)
{
    return Message("Deadlines", source);
}

CaseDeadline makeDeadline(DeadlineKind kind, const Message& label, const QString& article, const QDate& from,
                          const Period& period, const QDate& metOn, const HolidayCalendar& calendar,
                          const EngineSettings& settings, const QDate& asOf)
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
    d.nominalStatus = deadlineStatus(d.nominalDue, metOn, asOf, settings.warningDays);
    return d;
}

QDate dateOf(const CaseAnalysis& a, int index)
{
    return index < 0 ? QDate() : a.events()[index].date;
}

// Articles as literals: every deadline then shares the static text instead of allocating its own.
const QString kArticle44 = QStringLiteral("《中国共产党纪律处分条例》第四十四条");
const QString kArticle45 = QStringLiteral("《中国共产党纪律处分条例》第四十五条");
const QString kArticle12 = QStringLiteral("《中国共产党纪律处分条例》第十二条");

// The deadlines of the sanction in force during one segment (procedure.md "Deadlines"; an appeal
// outcome that changes the sanction starts them again from its own date).
class SegmentDeadlines
{
public:
    SegmentDeadlines(const CaseAnalysis& a, const HolidayCalendar& calendar, const EngineSettings& settings,
                     const QDate& asOf, QList<CaseDeadline>& out)
        : m_a(a), m_calendar(calendar), m_settings(settings), m_asOf(asOf), m_out(out)
    {}

    // Drops the deadlines of `kind` not met yet: a later outcome replaced them (the met ones
    // stay met).
    void supersede(DeadlineKind kind)
    {
        m_out.erase(
            std::remove_if(m_out.begin(), m_out.end(),
                           [&](const CaseDeadline& d) { return d.kind == kind && !d.metOn.isValid(); }),
            m_out.end());
    }

    void add(const SanctionSegment& seg, bool original)
    {
        const int s = seg.startIndex;
        if (!original) {
            for (DeadlineKind kind : {DeadlineKind::Announce, DeadlineKind::PersonnelChanges,
                                      DeadlineKind::ExecutionReport, DeadlineKind::ProbationEnd})
                supersede(kind);
        }
        m_out.append(makeDeadline(
            DeadlineKind::Announce, text(QT_TRANSLATE_NOOP("Deadlines", "宣布党纪处分决定")),
            QStringLiteral("第十条"), seg.from, Period{1, PeriodUnit::Months},
            dateOf(m_a, m_a.firstAfter(StepKind::DecisionAnnounced, s)), m_calendar, m_settings, m_asOf));
        if (seg.revoked)
            return;
        if (sanctionSeverity(seg.choice.sanction) >= RemovalFromPostSeverity)
            addPersonnelChanges(seg);
        m_out.append(makeDeadline(
            DeadlineKind::ExecutionReport, text(QT_TRANSLATE_NOOP("Deadlines", "报告处分决定执行情况")),
            kArticle45, seg.from, Period{6, PeriodUnit::Months},
            dateOf(m_a, m_a.firstAfter(StepKind::ExecutionReported, s)), m_calendar, m_settings, m_asOf));
        if (seg.choice.sanction == Sanction::Probation)
            addProbationEnd(seg);
    }

private:
    void addPersonnelChanges(const SanctionSegment& seg)
    {
        const int s = seg.startIndex;
        const int done = m_a.firstAfter(StepKind::PersonnelChangesCompleted, s);
        CaseDeadline d = makeDeadline(DeadlineKind::PersonnelChanges,
                                      text(QT_TRANSLATE_NOOP("Deadlines", "办理职务、工资等待遇变更手续")),
                                      kArticle44, seg.from, Period{1, PeriodUnit::Months}, dateOf(m_a, done),
                                      m_calendar, m_settings, m_asOf);
        // An approved extension (recorded before the changes were done) sets the date itself:
        // an approved date is not moved.
        const int ext = m_a.last(StepKind::PersonnelChangesExtended);
        if (ext > s && (done < 0 || ext < done)) {
            const QDate until = parseIsoDate(m_a.events()[ext].data.value(QLatin1String("until")).toString());
            if (until.isValid()) {
                d.due = until;
                d.nominalDue = until;
                d.explain = text(QT_TRANSLATE_NOOP("Deadlines", "经批准延长至 %1（第%2项）"))
                                .arg(isoDate(until))
                                .arg(m_a.events()[ext].seq);
                d.unknownYears.clear();
                d.status = deadlineStatus(d.due, d.metOn, m_asOf, m_settings.warningDays);
                d.nominalStatus = d.status;
            }
        }
        m_out.append(d);
    }

    void addProbationEnd(const SanctionSegment& seg)
    {
        const int years = seg.choice.probationYears == 2 ? 2 : 1;
        const Message label = text(QT_TRANSLATE_NOOP("Deadlines", "留党察看期满处理"));
        const QString article = kArticle12;
        // The first probation_concluded after the decision meets the first period; `extended`
        // starts a second one-year period from the first period's last day.
        const QString& id = stepDefinition(StepKind::ProbationConcluded).id;
        int first = -1, second = -1;
        bool extended = false;
        for (int i = seg.startIndex + 1; i < m_a.events().size(); ++i) {
            if (m_a.events()[i].step != id)
                continue;
            if (first < 0) {
                first = i;
                extended = m_a.events()[i].data.value(QLatin1String("outcome")).toString() ==
                           QLatin1String("extended");
                if (!extended)
                    break;
            } else {
                second = i;
                break;
            }
        }
        m_out.append(makeDeadline(DeadlineKind::ProbationEnd, label, article, seg.from,
                                  Period{12 * years, PeriodUnit::Months}, dateOf(m_a, first), m_calendar,
                                  m_settings, m_asOf));
        if (extended)
            m_out.append(makeDeadline(DeadlineKind::ProbationEnd, label, article,
                                      seg.from.addMonths(12 * years), Period{12, PeriodUnit::Months},
                                      dateOf(m_a, second), m_calendar, m_settings, m_asOf));
    }

    const CaseAnalysis& m_a;
    const HolidayCalendar& m_calendar;
    const EngineSettings& m_settings;
    const QDate& m_asOf;
    QList<CaseDeadline>& m_out;
};

} // namespace

QList<CaseDeadline> deadlinesOf(const CaseAnalysis& a, const HolidayCalendar& calendar,
                                const EngineSettings& settings, const QDate& asOf)
{
    QList<CaseDeadline> result;
    if (const auto& decision = a.decision()) {
        result.reserve(6 + settings.deadlineRules.size());
        SegmentDeadlines segments(a, calendar, settings, asOf, result);
        const QList<SanctionSegment>& all = a.segments();
        for (int i = 0; i < all.size(); ++i) {
            segments.add(all[i], i == 0);
            // record_filing follows announce (index 1), as it always has.
            if (i == 0 && (decision->decidedBy == DecidingBody::PartyGroup ||
                           (isGrassrootsTrack(a.track()) && decision->sanction == Sanction::Expulsion))) {
                // 第十一条: record filing within 90 days of the effective date of a Party-group
                // decision, or of a grassroots expulsion the Party group approved.
                result.insert(
                    1, makeDeadline(
                           DeadlineKind::RecordFiling, text(QT_TRANSLATE_NOOP("Deadlines", "报派出机构备案")),
                           QStringLiteral("第十一条"), decision->effectiveOn, Period{90, PeriodUnit::Days},
                           dateOf(a, a.firstAfter(StepKind::RecordFiled, all[0].startIndex)), calendar,
                           settings, asOf));
            }
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
        CaseDeadline d = makeDeadline(DeadlineKind::Rule, Message::verbatim(rule.label), QString(), t->date,
                                      rule.period, metOn, calendar, settings, asOf);
        d.ruleId = rule.id;
        result.append(std::move(d));
    }
    return result;
}

QList<SanctionPeriod> sanctionPeriodsOf(const CaseAnalysis& a)
{
    const std::optional<Decision> d = a.decisionInForce();
    if (!d || !d->sanction)
        return {};
    SanctionPeriod p;
    p.from = d->effectiveOn;
    int months = 0;
    switch (*d->sanction) {
    case Sanction::Warning:
    case Sanction::SeriousWarning: {
        const bool serious = *d->sanction == Sanction::SeriousWarning;
        p.kind = SanctionPeriodKind::NoPromotion;
        p.label = serious ? text(QT_TRANSLATE_NOOP("Deadlines", "一年半内不得提拔"))
                          : text(QT_TRANSLATE_NOOP("Deadlines", "一年内不得提拔"));
        p.article = QStringLiteral("《中国共产党纪律处分条例》第十条");
        months = serious ? 18 : 12;
        break;
    }
    case Sanction::RemovalFromPost:
        p.kind = SanctionPeriodKind::NoPost;
        p.label = text(QT_TRANSLATE_NOOP("Deadlines", "二年内不得担任与原任职务相当或者高于原任职务的职务"));
        p.article = QStringLiteral("《中国共产党纪律处分条例》第十一条");
        months = 24;
        break;
    case Sanction::Probation: {
        const int years = d->probationYears == 2 ? 2 : 1;
        p.kind = SanctionPeriodKind::Probation;
        p.label = years == 2 ? text(QT_TRANSLATE_NOOP("Deadlines", "留党察看期二年"))
                             : text(QT_TRANSLATE_NOOP("Deadlines", "留党察看期一年"));
        p.article = QStringLiteral("《中国共产党纪律处分条例》第十二条");
        months = 12 * years;
        break;
    }
    case Sanction::Expulsion:
        p.kind = SanctionPeriodKind::ReadmissionBar;
        p.label = text(QT_TRANSLATE_NOOP("Deadlines", "五年内不得重新入党"));
        p.article = QStringLiteral("《中国共产党纪律处分条例》第十三条");
        months = 60;
        break;
    case Sanction::None:
        return {};
    }
    // The start day is not counted (as for deadlines): the period ends on the same-numbered day,
    // or the month's last day (QDate::addMonths clamps).
    p.until = p.from.addMonths(months);
    if (p.kind == SanctionPeriodKind::Probation && a.probation().extended)
        p.until = a.probation().periodEnd; // one more year after `extended`
    return {p};
}

} // namespace casetrack
