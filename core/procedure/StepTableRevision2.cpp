// The steps procedure.md revision 2 added: escalation withdrawal, hearing the subject, the Party
// group rejecting a grassroots expulsion, the life of a decision after it is made (personnel
// file, personnel changes, execution report, probation end, appeals) and fact corrections.
#include "procedure/StepFieldHelpers.h"

namespace casetrack {

using namespace stepfields;

namespace {

const QString kDisciplineRules = QStringLiteral("《中国共产党纪律处分条例》");

StepField choice(const char* name, const QStringList& choices, const char* label, bool required = true)
{
    return StepField{QLatin1String(name), FieldType::Choice, required, choices, label};
}

} // namespace

QList<StepDefinition> revisionTwoSteps()
{
    const Role CO = Role::CaseOfficer;
    const Role RV = Role::Reviewer;
    const Role PG = Role::PartyGroupOffice;
    const Role GC = Role::GrassrootsCommission;

    return {
        {StepKind::EscalationWithdrawn,
         QStringLiteral("escalation_withdrawn"),
         QT_TRANSLATE_NOOP("Steps", "撤回报请派出机关研究决定"),
         QStringLiteral("第八条"),
         PartyGroupTracks,
         0,
         {text("reason", QT_TRANSLATE_NOOP("StepFields", "撤回理由"), true), note()},
         {CO},
         false,
         true},
        {StepKind::SubjectHeard,
         QStringLiteral("subject_heard"),
         QT_TRANSLATE_NOOP("Steps", "处分所依据的事实材料同本人见面，听取本人陈述和申辩"),
         QStringLiteral("党章第四十三条"),
         AllTracks,
         AllTracks,
         {text("statement", QT_TRANSLATE_NOOP("StepFields", "本人陈述和申辩")),
          StepField{QStringLiteral("accepted_facts"),
                    FieldType::Bool,
                    false,
                    {},
                    QT_TRANSLATE_NOOP("StepFields", "本人是否认可事实")},
          note()},
         {CO, GC},
         false,
         true},
        {StepKind::PartyGroupRejectedExpulsion,
         QStringLiteral("party_group_rejected_expulsion"),
         QT_TRANSLATE_NOOP("Steps", "党组会议审议不同意开除党籍"),
         QStringLiteral("第四条第二款"),
         GrassrootsTracks,
         0,
         countFields(false) +
             QList<StepField>{text("reason", QT_TRANSLATE_NOOP("StepFields", "不同意的理由"), true),
                              text("meeting", QT_TRANSLATE_NOOP("StepFields", "会议名称/纪要号")),
                              recusedField(), note()},
         {PG},
         false,
         true},
        {StepKind::ArchivedToPersonnelFile,
         QStringLiteral("archived_to_personnel_file"),
         QT_TRANSLATE_NOOP("Steps", "处分决定材料归入受处分者档案"),
         kDisciplineRules + QStringLiteral("第四十四条"),
         AllTracks,
         AllTracks,
         {note()},
         {CO, PG, GC},
         false,
         true},
        {StepKind::PersonnelChangesExtended,
         QStringLiteral("personnel_changes_extended"),
         QT_TRANSLATE_NOOP("Steps", "经批准延长办理变更手续期限"),
         kDisciplineRules + QStringLiteral("第四十四条"),
         AllTracks,
         0,
         {StepField{
              QStringLiteral("until"), FieldType::Date, true, {}, QT_TRANSLATE_NOOP("StepFields", "延长至")},
          text("approved_by", QT_TRANSLATE_NOOP("StepFields", "批准机关"), true), note()},
         {PG, GC},
         false,
         true},
        {StepKind::PersonnelChangesCompleted,
         QStringLiteral("personnel_changes_completed"),
         QT_TRANSLATE_NOOP("Steps", "办理职务、工资、工作及其他有关待遇变更手续"),
         kDisciplineRules + QStringLiteral("第四十四条"),
         AllTracks,
         AllTracks,
         {note()},
         {PG, GC},
         false,
         true},
        {StepKind::ExecutionReported,
         QStringLiteral("execution_reported"),
         QT_TRANSLATE_NOOP("Steps", "向作出或者批准处分决定的组织报告执行情况"),
         kDisciplineRules + QStringLiteral("第四十五条"),
         AllTracks,
         AllTracks,
         {note()},
         {CO, PG, GC},
         false,
         true},
        {StepKind::ProbationConcluded,
         QStringLiteral("probation_concluded"),
         QT_TRANSLATE_NOOP("Steps", "留党察看期满处理"),
         kDisciplineRules + QStringLiteral("第十二条"),
         AllTracks,
         AllTracks,
         {choice("outcome",
                 {QStringLiteral("restored"), QStringLiteral("extended"), QStringLiteral("expelled")},
                 QT_TRANSLATE_NOOP("StepFields", "处理结果")),
          note()},
         {PG, GC},
         true,
         true},
        {StepKind::AppealFiled,
         QStringLiteral("appeal_filed"),
         QT_TRANSLATE_NOOP("Steps", "受处分党员提出申诉"),
         QStringLiteral("党章第四条"),
         AllTracks,
         0,
         {text("text", QT_TRANSLATE_NOOP("StepFields", "申诉内容")), note()},
         {CO, PG, GC},
         true,
         true},
        {StepKind::AppealDecided,
         QStringLiteral("appeal_decided"),
         QT_TRANSLATE_NOOP("Steps", "申诉处理决定"),
         QStringLiteral("党章第四条"),
         AllTracks,
         0,
         QList<StepField>{choice(
             "outcome", {QStringLiteral("upheld"), QStringLiteral("changed"), QStringLiteral("revoked")},
             QT_TRANSLATE_NOOP("StepFields", "申诉处理结果"))} +
             sanctionFields(false),
         {CO, RV, PG, GC},
         true,
         true},
        {StepKind::FactsCorrected,
         QStringLiteral("facts_corrected"),
         QT_TRANSLATE_NOOP("Steps", "更正案件信息"),
         QString(),
         AllTracks,
         0,
         {StepField{QStringLiteral("facts"),
                    FieldType::Object,
                    true,
                    {},
                    QT_TRANSLATE_NOOP("StepFields", "更正的案件信息")},
          text("reason", QT_TRANSLATE_NOOP("StepFields", "更正理由"), true)},
         {},
         true,
         true},
    };
}

} // namespace casetrack
