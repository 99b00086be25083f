#pragma once

#include "procedure/StepTable.h"

#include <QCoreApplication>

namespace casetrack::stepfields {

// Internal to the step table: the building blocks of its rows (StepTable.cpp,
// StepTableRevision2.cpp).

constexpr TrackMask S = trackBit(Track::Standard);
constexpr TrackMask T = trackBit(Track::Transfer);
constexpr TrackMask G = trackBit(Track::Grassroots);
constexpr TrackMask L = trackBit(Track::Local);
constexpr TrackMask X = trackBit(Track::GrassrootsTransfer);
constexpr TrackMask PartyGroupTracks = S | T;
constexpr TrackMask GrassrootsTracks = G | X;
constexpr TrackMask TransferTracks = T | X;

inline StepField text(const char* name, const char* label, bool required = false)
{
    return StepField{QLatin1String(name), FieldType::Text, required, {}, label};
}

inline StepField integer(const char* name, const char* label)
{
    return StepField{QLatin1String(name), FieldType::Integer, true, {}, label};
}

inline StepField note()
{
    return text("note", QT_TRANSLATE_NOOP("StepFields", "备注"));
}

// A sanction and its probation years (required only with probation; checked by the engine).
inline QList<StepField> sanctionFields(bool required)
{
    return {StepField{QStringLiteral("sanction"),
                      FieldType::Sanction,
                      required,
                      {},
                      QT_TRANSLATE_NOOP("StepFields", "处分种类")},
            StepField{QStringLiteral("probation_years"),
                      FieldType::ProbationYears,
                      false,
                      {},
                      QT_TRANSLATE_NOOP("StepFields", "留党察看期限（年）")},
            note()};
}

// 第九条: the collective decision's figures.
inline QList<StepField> countFields(bool votes)
{
    QList<StepField> f{integer("members_total", QT_TRANSLATE_NOOP("StepFields", "应到人数")),
                       integer("members_present", QT_TRANSLATE_NOOP("StepFields", "实到人数"))};
    if (votes)
        f.append(integer("votes_for", QT_TRANSLATE_NOOP("StepFields", "同意人数")));
    return f;
}

inline StepField recusedField()
{
    return StepField{QStringLiteral("recused"),
                     FieldType::RecusalList,
                     false,
                     {},
                     QT_TRANSLATE_NOOP("StepFields", "回避人员（姓名、理由）")};
}

inline QList<StepField> meetingFields()
{
    return countFields(true) +
           QList<StepField>{text("meeting", QT_TRANSLATE_NOOP("StepFields", "会议名称/纪要号")),
                            recusedField()};
}

} // namespace casetrack::stepfields
