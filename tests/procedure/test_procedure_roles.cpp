// Every cell of the role matrix of docs/roles.md: mayRecordStep() and checkEvent() agree with it.
#include "ProcedureTestCase.h"

#include <QSet>

using namespace casetrack;
using namespace casetrack::test;

namespace {

// The matrix as docs/roles.md states it (administrator: everything; auditor: nothing).
QSet<QString> stepsOf(Role role)
{
    auto set = [](std::initializer_list<const char*> ids) {
        QSet<QString> s;
        for (const char* id : ids)
            s.insert(QLatin1String(id));
        return s;
    };
    switch (role) {
    case Role::Administrator: {
        QSet<QString> all;
        for (const StepDefinition& d : stepTable())
            all.insert(d.id);
        return all;
    }
    case Role::Auditor:
        return {};
    case Role::CaseOfficer:
        return set({"case_filed",
                    "principal_notified",
                    "early_intervention_requested",
                    "investigation_concluded",
                    "proposal_made",
                    "party_group_informed_of_proposal",
                    "transfer_exemption_approved",
                    "transferred_for_review",
                    "consensus_reached",
                    "party_group_informed_of_suggestion",
                    "escalated_to_dispatching_organ",
                    "dispatching_organ_ruled",
                    "party_group_disagreed",
                    "party_group_decided",
                    "stationed_body_notified",
                    "decision_announced",
                    "local_party_org_notified",
                    "competent_party_group_consulted",
                    "competent_party_group_notified",
                    "local_commission_decided",
                    "org_department_notified",
                    "rectification_recorded",
                    "closed_without_sanction",
                    "correction",
                    "escalation_withdrawn",
                    "subject_heard",
                    "archived_to_personnel_file",
                    "execution_reported",
                    "appeal_filed",
                    "appeal_decided"});
    case Role::Reviewer:
        return set({"review_feedback", "filing_reviewed", "filing_problems_resolved", "quality_evaluated",
                    "correction", "dispatching_organ_ruled", "appeal_decided"});
    case Role::PartyGroupOffice:
        return set({"party_group_decided", "party_group_disagreed", "party_group_approved_expulsion",
                    "stationed_body_notified", "decision_announced", "rectification_recorded",
                    "org_department_notified", "local_party_org_notified", "competent_party_group_notified",
                    "correction", "party_group_rejected_expulsion", "archived_to_personnel_file",
                    "personnel_changes_extended", "personnel_changes_completed", "execution_reported",
                    "probation_concluded", "appeal_filed", "appeal_decided"});
    case Role::GrassrootsCommission:
        return set({"grassroots_commission_approved", "grassroots_committee_approved", "record_filed",
                    "filing_problems_resolved", "decision_announced", "rectification_recorded", "correction",
                    // 第十二条第二款: the organ's commission may be the consultation channel.
                    "competent_party_group_consulted", "subject_heard", "archived_to_personnel_file",
                    "personnel_changes_extended", "personnel_changes_completed", "execution_reported",
                    "probation_concluded", "appeal_filed", "appeal_decided"});
    }
    return {};
}

// Valid data for a step, from its fields.
QJsonObject validData(const StepDefinition& def)
{
    QJsonObject data;
    for (const StepField& f : def.fields) {
        if (!f.required)
            continue;
        switch (f.type) {
        case FieldType::Text:
            data.insert(f.name, QStringLiteral("内容"));
            break;
        case FieldType::Integer:
            data.insert(f.name, 5);
            break;
        case FieldType::Sanction:
            data.insert(f.name, QStringLiteral("warning"));
            break;
        case FieldType::Choice:
            data.insert(f.name, f.choices.first());
            break;
        case FieldType::EventSeq:
            data.insert(f.name, 1);
            break;
        case FieldType::Date:
            data.insert(f.name, QStringLiteral("2025-02-01"));
            break;
        case FieldType::Object:
            data.insert(f.name, QJsonObject{});
            break;
        default:
            break;
        }
    }
    if (def.kind == StepKind::Correction)
        data.insert(QStringLiteral("retract"), true);
    if (def.kind == StepKind::PartyGroupDisagreed)
        data.insert(QStringLiteral("sanction"), QStringLiteral("serious_warning"));
    return data;
}

} // namespace

class TestProcedureRoles : public QObject
{
    Q_OBJECT

private slots:
    void matrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("step");
        for (Role role : allRoles()) {
            for (const StepDefinition& def : stepTable())
                QTest::newRow(qPrintable(roleId(role) + QLatin1Char('/') + def.id)) << int(role) << def.id;
        }
    }

    void matrix()
    {
        QFETCH(int, role);
        QFETCH(QString, step);
        const Role r = Role(role);
        const bool expected = stepsOf(r).contains(step);
        QCOMPARE(mayRecordStep(r, step), expected);

        // checkEvent enforces the same cell, on cases at several points of the procedure.
        const StepDefinition* def = findStep(step);
        QVERIFY(def);
        QList<ProcedureCase> cases;
        const QJsonObject standard{{QStringLiteral("appointed_by_party_group"), true}};
        cases.append(ProcedureCase(facts(standard)));
        ProcedureCase filed(facts(standard));
        filed.accept(QStringLiteral("case_filed"), QStringLiteral("2025-01-02"));
        cases.append(filed);
        ProcedureCase decided = filed;
        for (const char* s : {"principal_notified", "investigation_concluded", "subject_heard"})
            decided.accept(QLatin1String(s), QStringLiteral("2025-01-05"));
        decided.accept(QStringLiteral("proposal_made"), QStringLiteral("2025-01-06"), sanction("warning"));
        decided.accept(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-01-07"));
        decided.accept(QStringLiteral("party_group_decided"), QStringLiteral("2025-01-08"),
                       meeting("warning", 7, 5, 5));
        QVERIFY(decided.state().decision.has_value());
        cases.append(decided);

        for (const ProcedureCase& c : cases) {
            const Error asRole = c.check(step, QStringLiteral("2025-02-01"), validData(*def), r);
            const Error asAdmin =
                c.check(step, QStringLiteral("2025-02-01"), validData(*def), Role::Administrator);
            // A role corrects only the steps it may record itself (docs/roles.md); the correction
            // here targets seq 1, the filing.
            const bool correctsOthers = def->kind == StepKind::Correction &&
                                        !mayRecordStep(r, StepKind::CaseFiled) && !c.record.events.isEmpty();
            if (expected && correctsOthers) {
                QCOMPARE(asRole.code, ErrorCode::Refused);
                QCOMPARE(asRole.article, QStringLiteral("第五条"));
            } else if (expected) {
                // The role changes nothing: same outcome as the administrator's.
                QCOMPARE(asRole.code, asAdmin.code);
                QCOMPARE(asRole.article, asAdmin.article);
            } else {
                QCOMPARE(asRole.code, ErrorCode::Refused);
                QVERIFY(!asRole.article.isEmpty());
                QVERIFY2(asRole.message.contains(roleDisplayName(r)), qPrintable(asRole.message));
            }
        }
    }

    void unknownStep()
    {
        for (Role role : allRoles())
            QVERIFY(!mayRecordStep(role, QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestProcedureRoles)
#include "test_procedure_roles.moc"
