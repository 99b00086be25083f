// Documents true to the case (issue 11): which kinds each procedure offers, refusals with the
// reason, date sources, and no decision printed without findings or basis.
#include "TrackFixtures.h"

#include "documents/Documents.h"

#include <QJsonArray>
#include <QTest>

using namespace casetrack;
using namespace casetrack::test;

namespace {

QString bodyText(const Document& document)
{
    QString all = document.joinedTitle();
    for (const DocumentBlock& b : document.body)
        all += b.text;
    return all;
}

DocumentInputs complete()
{
    DocumentInputs in;
    in.violationFacts << QStringLiteral("2025年，违规收受礼品。");
    in.basis = QStringLiteral("《中国共产党纪律处分条例》第一百零一条");
    return in;
}

QStringList latin(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* w : words)
        out << QLatin1String(w);
    return out;
}

QStringList ids(const QList<DocumentKind>& kinds)
{
    QStringList out;
    for (DocumentKind k : kinds)
        out << documentKindId(k);
    return out;
}

} // namespace

class TestDocumentApplicability : public QObject
{
    Q_OBJECT

private slots:
    void eachProcedureOffersItsOwnKinds()
    {
        const QStringList standard = ids(documentKindsForCase(standardTrackCase()));
        QCOMPARE(standard, (latin({"decision", "filing", "announcement", "summary", "notice-principal",
                                   "notice-suggestion", "notice-stationed", "notice-org-department",
                                   "hearing-record", "service-receipt", "filing-checklist", "execution-report"})));
        const QStringList transfer = ids(documentKindsForCase(transferTrackCase()));
        QCOMPARE(transfer, (latin({"decision", "filing", "announcement", "summary", "notice-principal",
                                   "notice-proposal", "notice-suggestion", "notice-transfer",
                                   "notice-stationed", "notice-org-department", "notice-local-party-org",
                                   "hearing-record", "service-receipt", "filing-checklist",
                                   "execution-report"})));
        // A grassroots expulsion approved by the Party group is record-filed (第十一条); no 第十条
        // notice to the stationed body, no 第八条 suggestion.
        const QStringList grassroots = ids(documentKindsForCase(grassrootsExpulsionCase()));
        QCOMPARE(grassroots, (latin({"decision", "filing", "announcement", "summary", "notice-principal",
                                     "hearing-record", "service-receipt", "filing-checklist",
                                     "execution-report"})));
        // The local commission decided: only 第十二条's notice to the competent Party group.
        const QStringList local = ids(documentKindsForCase(localTrackCase()));
        QCOMPARE(local, (latin({"decision", "announcement", "summary", "notice-competent-party-group",
                                "hearing-record", "service-receipt", "execution-report"})));
    }

    void aKindThatDoesNotApplyIsRefusedWithTheReason()
    {
        const DocumentSettings settings = DocumentSettings::defaults();
        // A stationed-body case never gets the local commission's 第十二条 notice.
        Result<Document> r = buildCaseDocument(DocumentKind::NoticeCompetentPartyGroup, standardTrackCase(),
                                               complete(), settings);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Refused);
        QVERIFY(r.error().message.contains(QStringLiteral("地方纪委")));
        QCOMPARE(r.error().article, QStringLiteral("第十二条"));
        // The 第十二条第一款 notice only when the Party relation is local.
        r = buildCaseDocument(DocumentKind::NoticeLocalPartyOrg, standardTrackCase(), complete(), settings);
        QCOMPARE(r.error().code, ErrorCode::Refused);
        // Grassroots and local decisions get no 第十条 notice; the local one no 备案表.
        r = buildCaseDocument(DocumentKind::NoticeStationedBody, grassrootsExpulsionCase(), complete(),
                              settings);
        QCOMPARE(r.error().code, ErrorCode::Refused);
        r = buildCaseDocument(DocumentKind::FilingForm, localTrackCase(), complete(), settings);
        QCOMPARE(r.error().code, ErrorCode::Refused);
        r = buildCaseDocument(DocumentKind::NoticePrincipal, localTrackCase(), complete(), settings);
        QCOMPARE(r.error().code, ErrorCode::Refused);
        QVERIFY(r.error().message.contains(QStringLiteral("第五条")));
    }

    void eachDocumentIsDatedByTheEventItReports()
    {
        const CaseState s = standardTrackCase();
        QCOMPARE(documentDate(DocumentKind::NoticePrincipal, s), QDate(2026, 3, 4));
        QCOMPARE(documentDate(DocumentKind::NoticeSuggestion, s), QDate(2026, 6, 25));
        QCOMPARE(documentDate(DocumentKind::Decision, s), QDate(2026, 7, 3));
        QCOMPARE(documentDate(DocumentKind::NoticeStationedBody, s), QDate(2026, 7, 6));
        QCOMPARE(documentDate(DocumentKind::FilingForm, s), QDate(2026, 8, 20));
        const CaseState t = transferTrackCase();
        QCOMPARE(documentDate(DocumentKind::TransferLetter, t), QDate(2026, 5, 25));
        QCOMPARE(documentDate(DocumentKind::NoticeProposal, t), QDate(2026, 5, 22));
        // Not recorded yet: the as-of date (the day it is issued), never the decision's.
        QCOMPARE(documentDate(DocumentKind::NoticeOrgDepartment, t), t.asOf);
        const Result<Document> letter =
            buildCaseDocument(DocumentKind::TransferLetter, t, complete(), DocumentSettings::defaults());
        QVERIFY(letter.ok());
        QCOMPARE(letter->date, QDate(2026, 5, 25));
    }

    void aDecisionWithoutFindingsOrBasisIsRefused()
    {
        const DocumentSettings settings = DocumentSettings::defaults();
        Result<Document> r = buildCaseDocument(DocumentKind::Decision, standardTrackCase(), {}, settings);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Refused);
        QVERIFY(r.error().message.contains(QStringLiteral("违纪事实")));
        QVERIFY(r.error().message.contains(QStringLiteral("处分依据")));
        DocumentInputs onlyFacts;
        onlyFacts.violationFacts << QStringLiteral("事实。");
        r = buildCaseDocument(DocumentKind::FilingForm, standardTrackCase(), onlyFacts, settings);
        QCOMPARE(r.error().code, ErrorCode::Refused);
        QVERIFY(!r.error().message.contains(QStringLiteral("违纪事实（")));
        QVERIFY(buildCaseDocument(DocumentKind::Decision, standardTrackCase(), complete(), settings).ok());
        // A basis that names no article is refused.
        DocumentInputs vague = complete();
        vague.basis = QStringLiteral("《中国共产党纪律处分条例》有关规定");
        r = buildCaseDocument(DocumentKind::Decision, standardTrackCase(), vague, settings);
        QCOMPARE(r.error().code, ErrorCode::Refused);
        QVERIFY(r.error().message.contains(QStringLiteral("条款")));
    }

    void findingsAndBasisComeFromTheLatestStepThatHasThem()
    {
        CaseState s = standardTrackCase();
        for (Event& e : s.effectiveEvents) {
            if (e.step == QLatin1String("proposal_made")) {
                e.data.insert(QStringLiteral("findings"), QStringLiteral("建议时认定的事实。"));
                e.data.insert(QStringLiteral("basis"), QStringLiteral("第一百条"));
            }
            if (e.step == QLatin1String("party_group_decided"))
                e.data.insert(QStringLiteral("findings"), QJsonArray{QStringLiteral("党组认定的事实。")});
        }
        const Result<Document> r =
            buildCaseDocument(DocumentKind::Decision, s, {}, DocumentSettings::defaults());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QString all;
        for (const DocumentBlock& b : r->body)
            all += b.text;
        QVERIFY(all.contains(QStringLiteral("党组认定的事实。")));
        QVERIFY(!all.contains(QStringLiteral("建议时认定的事实。")));
        QVERIFY(all.contains(QStringLiteral("依据第一百条")));
    }

    // Issue 11: the special paths (第八条, 第十二条第二款) and the decision's later life
    // (execution report, end of probation, appeal) each have their document, offered only to the
    // cases they concern, refused until their step is recorded, stating what the steps recorded.
    void theEscalationRequestStatesBothViews()
    {
        QVERIFY(!ids(documentKindsForCase(standardTrackCase())).contains(QStringLiteral("escalation-request")));
        const CaseState s = escalatedCase();
        QVERIFY(ids(documentKindsForCase(s)).contains(QStringLiteral("escalation-request")));
        QCOMPARE(documentDate(DocumentKind::EscalationRequest, s), QDate(2026, 7, 2));
        const Result<Document> r =
            buildCaseDocument(DocumentKind::EscalationRequest, s, complete(), DocumentSettings::defaults());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const QString all = bodyText(r.value());
        QVERIFY2(all.contains(QStringLiteral("关于孙七同志党纪处分问题的请示")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("提出给予孙七同志撤销党内职务处分的建议")));
        QVERIFY(all.contains(QStringLiteral("于2026年6月30日提出不同意见，认为应给予严重警告处分")));
        QVERIFY(all.contains(QStringLiteral("第八条")));
        QCOMPARE(r->date, QDate(2026, 7, 2));
    }

    void theConsultationLetterNamesTheProposalAndChannel()
    {
        QVERIFY(!ids(documentKindsForCase(localTrackCase())).contains(QStringLiteral("consultation-letter")));
        const CaseState s = consultedLocalCase();
        QVERIFY(ids(documentKindsForCase(s)).contains(QStringLiteral("consultation-letter")));
        const Result<Document> r =
            buildCaseDocument(DocumentKind::ConsultationLetter, s, complete(), DocumentSettings::defaults());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const QString all = bodyText(r.value());
        QVERIFY2(all.contains(QStringLiteral("拟给予周八同志警告处分")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("第十二条第二款")));
        QVERIFY(all.contains(QStringLiteral("经") + DocumentSettings::defaults().bodyName(QStringLiteral("stationed_body"))));
        QCOMPARE(r->date, QDate(2026, 5, 15));
    }

    void theExecutionReportStatesOnlyWhatIsRecorded()
    {
        const CaseState s = probationEndedCase();
        const Result<Document> r =
            buildCaseDocument(DocumentKind::ExecutionReport, s, complete(), DocumentSettings::defaults());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const QString all = bodyText(r.value());
        QVERIFY2(all.contains(QStringLiteral("处分决定已于2025年5月26日向吴九同志宣布")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("已于2025年6月3日归入吴九同志档案")));
        QVERIFY(all.contains(QStringLiteral("已于2025年6月20日办理完毕")));
        QCOMPARE(r->date, QDate(2025, 11, 5));
        // Nothing archived, no personnel change done yet: said so, never claimed.
        const Result<Document> early = buildCaseDocument(DocumentKind::ExecutionReport, standardTrackCase(),
                                                         complete(), DocumentSettings::defaults());
        QVERIFY(early.ok());
        const QString earlyText = bodyText(early.value());
        QVERIFY2(earlyText.contains(QStringLiteral("尚未归入本人档案")), qPrintable(earlyText));
        QVERIFY(earlyText.contains(QStringLiteral("尚未办理完毕")));
        // Not announced: refused.
        Result<Document> refused = buildCaseDocument(DocumentKind::ExecutionReport, escalatedCase(), complete(),
                                                     DocumentSettings::defaults());
        QCOMPARE(refused.error().code, ErrorCode::Refused);
    }

    void theEndOfProbationDecisionStatesTheOutcome()
    {
        QVERIFY(!ids(documentKindsForCase(standardTrackCase())).contains(QStringLiteral("probation-end-decision")));
        const CaseState s = probationEndedCase();
        QVERIFY(ids(documentKindsForCase(s)).contains(QStringLiteral("probation-end-decision")));
        const Result<Document> r =
            buildCaseDocument(DocumentKind::ProbationEndDecision, s, complete(), DocumentSettings::defaults());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const QString all = bodyText(r.value());
        QVERIFY2(all.contains(QStringLiteral("关于恢复吴九同志党员权利的决定")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("留党察看一年")));
        QVERIFY(all.contains(QStringLiteral("决定恢复吴九同志党员权利")));
        QCOMPARE(r->date, QDate(2026, 5, 25));
    }

    void theAppealDecisionStatesOldAndNewSanction()
    {
        QVERIFY(!ids(documentKindsForCase(standardTrackCase())).contains(QStringLiteral("appeal-decision")));
        const CaseState s = appealChangedCase();
        QVERIFY(ids(documentKindsForCase(s)).contains(QStringLiteral("appeal-decision")));
        const Result<Document> r =
            buildCaseDocument(DocumentKind::AppealDecision, s, complete(), DocumentSettings::defaults());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const QString all = bodyText(r.value());
        QVERIFY2(all.contains(QStringLiteral("关于郑十同志申诉的处理决定")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("于2026年7月3日给予郑十同志撤销党内职务处分")));
        QVERIFY(all.contains(QStringLiteral("于2026年7月20日提出申诉")));
        QVERIFY(all.contains(QStringLiteral("决定将原撤销党内职务处分变更为严重警告处分，自2026年9月15日起生效")));
        QCOMPARE(r->date, QDate(2026, 9, 15));
    }

    void theApprovedExpulsionStatesTheApproval()
    {
        const Result<Document> r = buildCaseDocument(DocumentKind::Decision, grassrootsExpulsionCase(),
                                                     complete(), DocumentSettings::defaults());
        QVERIFY(r.ok());
        QString all;
        for (const DocumentBlock& b : r->body)
            all += b.text;
        QVERIFY2(all.contains(QStringLiteral("并经中共某某部党组2026年4月28日会议审议批准")),
                 qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("本决定自2026年4月28日起生效")));
    }

    void organsComeFromTheRegistryAndNeverFromPlaceholders()
    {
        const DocumentSettings stored = DocumentSettings::defaults();
        DocumentInputs in = complete();
        in.sequence = 4;
        // Nothing registered: the decision would name 某某 organs.
        Result<DocumentSettings> s =
            documentSettingsFor(DocumentKind::Decision, standardTrackCase(), in, stored, {}, {});
        QCOMPARE(s.error().code, ErrorCode::Refused);
        QVERIFY(s.error().message.contains(QStringLiteral("party_group")));
        QVERIFY(s.error().message.contains(QStringLiteral("doc_prefix")));
        Organization group;
        group.id = QStringLiteral("org-1");
        group.kind = QStringLiteral("party_group");
        group.name = QStringLiteral("中共某某市财政局党组");
        group.shortName = QStringLiteral("市财政局党组");
        group.docPrefix = QStringLiteral("财党");
        group.isDefault = true;
        Organization other = group;
        other.id = QStringLiteral("org-2");
        other.name = QStringLiteral("中共某某市发改委党组");
        other.docPrefix = QStringLiteral("发改党");
        other.isDefault = false;
        s = documentSettingsFor(DocumentKind::Decision, standardTrackCase(), in, stored, {group, other}, {});
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        Result<Document> doc = buildCaseDocument(DocumentKind::Decision, standardTrackCase(), in, s.value());
        QVERIFY(doc.ok());
        QCOMPARE(doc->number, QStringLiteral("财党〔2026〕4号"));
        QCOMPARE(doc->masthead, QStringLiteral("市财政局党组文件"));
        QCOMPARE(doc->signature, QStringLiteral("中共某某市财政局党组"));
        // The case's bodies name another organ: it issues, with its own prefix.
        s = documentSettingsFor(DocumentKind::Decision, standardTrackCase(), in, stored, {group, other},
                                {{QStringLiteral("party_group"), QStringLiteral("org-2")}});
        doc = buildCaseDocument(DocumentKind::Decision, standardTrackCase(), in, s.value());
        QCOMPARE(doc->number, QStringLiteral("发改党〔2026〕4号"));
        QVERIFY(doc->joinedTitle().startsWith(QStringLiteral("中共某某市发改委党组")));
        // An unknown organ in bodies is refused, not replaced by the default.
        s = documentSettingsFor(DocumentKind::Decision, standardTrackCase(), in, stored, {group},
                                {{QStringLiteral("party_group"), QStringLiteral("org-9")}});
        QCOMPARE(s.error().code, ErrorCode::Refused);
        // A grassroots decision never issues under the Party group's typed masthead or number.
        DocumentSettings typed = stored;
        typed.masthead = QStringLiteral("中共某某部党组文件");
        typed.grassrootsCommittee = QStringLiteral("中共某某市财政局机关委员会");
        typed.partyGroup = QStringLiteral("中共某某市财政局党组");
        in.sequence = 0;
        s = documentSettingsFor(DocumentKind::Decision, grassrootsExpulsionCase(), in, typed, {}, {});
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QVERIFY(s->masthead.isEmpty());
    }

    void theOrgDepartmentNoticeGoesWhereTheCadreIsFiledAndIsSignedByTheDecider()
    {
        DocumentSettings settings = DocumentSettings::defaults();
        Result<Document> central =
            buildCaseDocument(DocumentKind::NoticeOrgDepartment, standardTrackCase(), complete(), settings);
        QVERIFY(central.ok());
        QCOMPARE(central->mainRecipient, QStringLiteral("中央组织部"));
        QCOMPARE(central->signature, settings.partyGroup);
        // Filed with the local committee: its organization department, which must be named.
        Result<Document> local =
            buildCaseDocument(DocumentKind::NoticeOrgDepartment, transferTrackCase(), complete(), settings);
        QCOMPARE(local.error().code, ErrorCode::Refused);
        QVERIFY(local.error().message.contains(QStringLiteral("组织部门")));
        settings.orgDepartment = QStringLiteral("中共某某市委组织部");
        local =
            buildCaseDocument(DocumentKind::NoticeOrgDepartment, transferTrackCase(), complete(), settings);
        QVERIFY(local.ok());
        QCOMPARE(local->mainRecipient, QStringLiteral("中共某某市委组织部"));
    }
};

QTEST_MAIN(TestDocumentApplicability)
#include "test_document_applicability.moc"
