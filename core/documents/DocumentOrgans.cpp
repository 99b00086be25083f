#include "documents/DocumentOrgans.h"

#include "documents/DocumentApplicability.h"
#include "documents/DocumentTemplate.h"
#include "util/ListText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace casetrack {

namespace {

QString decider(const CaseState& state)
{
    if (state.decision)
        return decidingBodyId(state.decision->decidedBy);
    return decidingBodyId(state.track == Track::Local ? DecidingBody::LocalCommission
                                                      : DecidingBody::PartyGroup);
}

// The bodies a template names for this case, from its placeholders.
QSet<QString> bodiesNamed(const QString& source, DocumentKind kind, const CaseState& state)
{
    QSet<QString> bodies;
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_.\\-]+)\\s*\\}\\}"));
    for (auto it = re.globalMatch(source); it.hasNext();) {
        const QString key = it.next().captured(1);
        const QString tail = key.section(QLatin1Char('.'), 1);
        if ((key.startsWith(QLatin1String("unit.")) || key.startsWith(QLatin1String("signature."))) &&
            (Organization::kinds().contains(tail) || tail == QLatin1String("local_party_org")))
            bodies << tail;
        else if (key == QLatin1String("doc.signature"))
            bodies << issuingBody(kind, state);
        else if (key == QLatin1String("decision.decided_by") || key == QLatin1String("decision.procedure") ||
                 key == QLatin1String("decision.summary")) {
            if (state.decision)
                bodies << decidingBodyId(state.decision->decidedBy);
            if (key != QLatin1String("decision.decided_by") && partyGroupApproval(state))
                bodies << QStringLiteral("party_group");
        } else if (key == QLatin1String("case.filing_body"))
            bodies << (state.facts.filingBody == QLatin1String("organ_commission")
                           ? QStringLiteral("grassroots_commission")
                           : state.facts.filingBody);
        else if ((key == QLatin1String("review.sentence") && latestEvent(state, "review_feedback")) ||
                 (key == QLatin1String("transfer.sentence") && state.track == Track::Transfer &&
                  !latestEvent(state, "transfer_exemption_approved")))
            bodies << QStringLiteral("dispatched_body");
        else if (key == QLatin1String("consensus.sentence") && latestEvent(state, "consensus_reached"))
            bodies << QStringLiteral("dispatching_organ");
        else if (key == QLatin1String("org_department.recipient") &&
                 state.facts.subject.filedWith == QLatin1String("local"))
            bodies << QStringLiteral("org_department");
    }
    bodies.remove(QString());
    return bodies;
}

QString& field(DocumentSettings& s, const QString& body)
{
    if (body == QLatin1String("party_group"))
        return s.partyGroup;
    if (body == QLatin1String("stationed_body"))
        return s.stationedBody;
    if (body == QLatin1String("dispatched_body"))
        return s.dispatchedBody;
    if (body == QLatin1String("dispatching_organ"))
        return s.dispatchingOrgan;
    if (body == QLatin1String("grassroots_commission"))
        return s.grassrootsCommission;
    if (body == QLatin1String("grassroots_committee"))
        return s.grassrootsCommittee;
    if (body == QLatin1String("local_commission"))
        return s.localCommission;
    if (body == QLatin1String("org_department"))
        return s.orgDepartment;
    return s.localPartyOrg;
}

QString bodyLabel(const QString& body)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("party_group"), QT_TRANSLATE_NOOP("Documents", "党组")},
        {QStringLiteral("stationed_body"), QT_TRANSLATE_NOOP("Documents", "派驻机构")},
        {QStringLiteral("dispatched_body"), QT_TRANSLATE_NOOP("Documents", "派出机构")},
        {QStringLiteral("dispatching_organ"), QT_TRANSLATE_NOOP("Documents", "派出机关")},
        {QStringLiteral("grassroots_commission"), QT_TRANSLATE_NOOP("Documents", "基层纪委")},
        {QStringLiteral("grassroots_committee"), QT_TRANSLATE_NOOP("Documents", "基层党委")},
        {QStringLiteral("local_commission"), QT_TRANSLATE_NOOP("Documents", "地方纪委")},
        {QStringLiteral("org_department"), QT_TRANSLATE_NOOP("Documents", "本级党委组织部门")},
        {QStringLiteral("local_party_org"), QT_TRANSLATE_NOOP("Documents", "地方党组织")}};
    return QCoreApplication::translate("Documents", names.value(body, "")) + QStringLiteral("（") + body +
           QStringLiteral("）");
}

Error refuse(DocumentKind kind, const QString& message)
{
    return Error::make(ErrorCode::Refused, message, documentKindArticle(kind));
}

} // namespace

QString issuingBody(DocumentKind kind, const CaseState& state)
{
    switch (kind) {
    case DocumentKind::Decision:
    case DocumentKind::NoticeOrgDepartment:
    case DocumentKind::ProbationEndDecision:
    case DocumentKind::AppealDecision:
        return decider(state);
    case DocumentKind::EscalationRequest:
        return QStringLiteral("stationed_body");
    case DocumentKind::ConsultationLetter:
        return QStringLiteral("local_commission");
    case DocumentKind::NoticePrincipal:
    case DocumentKind::NoticeProposal:
    case DocumentKind::NoticeSuggestion:
    case DocumentKind::TransferLetter:
        return QStringLiteral("stationed_body");
    case DocumentKind::NoticeStationedBody:
    case DocumentKind::NoticeLocalPartyOrg:
        return QStringLiteral("party_group");
    case DocumentKind::NoticeCompetentPartyGroup:
        return QStringLiteral("local_commission");
    case DocumentKind::FilingForm:
    case DocumentKind::FilingChecklist:
        return QStringLiteral("grassroots_commission");
    case DocumentKind::HearingRecord:
    case DocumentKind::ServiceReceipt:
    case DocumentKind::Announcement:
    case DocumentKind::Summary:
    case DocumentKind::ExecutionReport: // the unit reports to the decider: no 发文字号 of an organ
        break;
    }
    return {};
}

Result<DocumentSettings> documentSettingsFor(DocumentKind kind, const CaseState& state,
                                             const DocumentInputs& inputs, const DocumentSettings& stored,
                                             const QList<Organization>& registry,
                                             const QHash<QString, QString>& caseBodies)
{
    Result<QString> source = loadTemplate(kind, stored);
    if (!source.ok())
        return source.error();
    DocumentSettings placeholders = DocumentSettings::defaults();
    DocumentSettings s = stored;
    QHash<QString, Organization> chosen;
    for (const QString& body : Organization::kinds()) {
        const QString wanted = caseBodies.value(body);
        for (const Organization& org : registry) {
            if (wanted.isEmpty() ? (org.kind == body && org.isDefault) : org.id == wanted)
                chosen.insert(body, org);
        }
        if (!wanted.isEmpty() && (!chosen.contains(body) || chosen.value(body).kind != body))
            return refuse(kind, QCoreApplication::translate("Documents",
                                                            "案件的 bodies.%1 指向 %2，但没有这个%3机构。"
                                                            "请先登记（org add），或更正案件事实。")
                                    .arg(body, wanted, bodyLabel(body)));
        if (chosen.contains(body)) {
            field(s, body) = chosen.value(body).name;
            s.signatures.insert(body, chosen.value(body).name);
        }
    }
    QStringList missing;
    for (const QString& body : bodiesNamed(source.value(), kind, state)) {
        const QString name = field(s, body).trimmed();
        if (!chosen.contains(body) && (name.isEmpty() || name == field(placeholders, body)))
            missing << bodyLabel(body);
    }
    // The issuing organ: 发文机关标志, 发文字号 and 印发机关 of its own.
    const QString issuer = issuingBody(kind, state);
    if (chosen.contains(issuer)) {
        const Organization& org = chosen.value(issuer);
        QString mark = org.shortName;
        if (!mark.isEmpty() && !mark.endsWith(QStringLiteral("文件")))
            mark += QCoreApplication::translate("Documents", "文件");
        s.masthead = mark;
        s.numberPattern =
            org.docPrefix.isEmpty() ? QString() : org.docPrefix + QStringLiteral("〔{year}〕{seq}号");
        s.printingOffice = org.printingOffice;
    } else {
        if (s.printingOffice == placeholders.printingOffice)
            s.printingOffice.clear(); // a stand-in 印发机关 is left out, never printed
        if (issuer != QLatin1String("party_group")) {
            // The typed masthead and number pattern are the office's own (its Party group's): a
            // grassroots or local body never issues under them.
            s.masthead.clear();
            s.numberPattern.clear();
        }
    }
    if (inputs.sequence > 0 && !issuer.isEmpty() &&
        (s.numberPattern.trimmed().isEmpty() || s.numberPattern == placeholders.numberPattern))
        missing << QCoreApplication::translate("Documents", "%1的发文字号前缀（doc_prefix）")
                       .arg(bodyLabel(issuer));
    if (!missing.isEmpty()) {
        std::sort(missing.begin(), missing.end());
        return refuse(
            kind, QCoreApplication::translate(
                      "Documents",
                      "%1不能以占位机构印发。请先登记：%2（casetrack-cli org add --data "
                      "'{\"kind\": \"…\", \"name\": \"…\", \"doc_prefix\": \"…\"}'，或在文书设置中填写）。")
                      .arg(documentKindName(kind), joinList(missing)));
    }
    return s;
}

} // namespace casetrack
