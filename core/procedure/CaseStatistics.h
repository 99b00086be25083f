#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace casetrack {

struct CaseRecord;
struct CaseState;
struct EngineSettings;
class HolidayCalendar;

// Deadlines of one kind by how they ended, as of the date the states were derived for.
struct DeadlineCompliance
{
    int metOnTime = 0;
    int metLate = 0;
    int overdue = 0; // not met, due date passed
    int open = 0;    // not met, not yet due (still running: neither kept nor missed)

    int total() const { return metOnTime + metLate + overdue + open; }
    bool operator==(const DeadlineCompliance& other) const
    {
        return metOnTime == other.metOnTime && metLate == other.metLate && overdue == other.overdue &&
               open == other.open;
    }
};

// The figures of one year (or of all years together). Ids, not names: the front end names them.
struct YearFigures
{
    int cases = 0;
    QMap<QString, int> byStage;    // stage id -> cases
    QMap<QString, int> byTrack;    // track id -> cases
    QMap<QString, int> bySanction; // sanction id of the decision in force; "" before a decision
    QMap<QString, int> byUnit;     // the subject's unit as recorded ("" when none)
    QMap<QString, DeadlineCompliance> complianceByKind; // deadline kind -> compliance
    // Calendar days, one entry per case that has both ends.
    QList<int> filingToDecision;       // case_filed date -> decision's effective date
    QList<int> decisionToAnnouncement; // decision's effective date -> first announcement
    QList<int> decisionToRecordFiling; // decision's effective date -> record filing (第十一条)
};

// Statistics over case states (issue 12, the 统计 page): counts by stage, track, sanction and
// unit; deadline compliance by kind; days between the procedure's milestones. Each figure is kept
// per year and for all years (year 0). Which year a case counts in (docs/desktop.md "Statistics"):
//   - counts: the year the case was filed (its first effective event); a case with no event yet
//     counts only under all years;
//   - a deadline: the year it is (or was) due;
//   - durations: the year the decision took effect.
// Fed one state at a time so that 100,000 cases need not be held at once.
class CaseStatistics
{
public:
    void add(const CaseState& state);

    // The years anything counts in, ascending (0, all years, not included).
    QList<int> years() const;
    // The figures of `year`; 0 gives all years. Empty figures for a year nothing counts in.
    YearFigures figures(int year) const;
    int caseCount() const { return figures(0).cases; }

    // The median of `days`: the middle value, or the mean of the two middle values; none when empty.
    static std::optional<double> median(QList<int> days);

private:
    YearFigures& at(int year) { return m_years[year]; }
    QMap<int, YearFigures> m_years; // 0: all years
};

// Derives every record as of `asOf` and counts it, one state at a time. `progress(done, total)` is
// called every few hundred cases (from the calling thread: the statistics page runs this on a
// pool thread); when it returns false the count stops and nothing is returned.
std::optional<CaseStatistics> countCases(const QList<CaseRecord>& records, const HolidayCalendar& calendar,
                                         const EngineSettings& settings, const QDate& asOf,
                                         const std::function<bool(int, int)>& progress = {});

} // namespace casetrack
