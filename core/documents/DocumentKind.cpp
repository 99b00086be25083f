#include "documents/DocumentKind.h"

#include <QCoreApplication>

namespace casetrack {

namespace {

struct KindRow
{
    DocumentKind kind;
    const char* id;
    const char* name;
    const char* article;
    bool letter;
};

const KindRow rows[] = {
    {DocumentKind::Decision, "decision", QT_TRANSLATE_NOOP("Documents", "党纪处分决定"), "第九条", true},
    {DocumentKind::FilingForm, "filing", QT_TRANSLATE_NOOP("Documents", "党纪处分备案表"), "第十一条", false},
    {DocumentKind::Announcement, "announcement", QT_TRANSLATE_NOOP("Documents", "党纪处分决定宣布记录"),
     "第十条", false},
    {DocumentKind::Summary, "summary", QT_TRANSLATE_NOOP("Documents", "案件摘要"), "", false},
    {DocumentKind::NoticePrincipal, "notice-principal",
     QT_TRANSLATE_NOOP("Documents", "立案审查调查情况通报"), "第五条", true},
    {DocumentKind::NoticeProposal, "notice-proposal",
     QT_TRANSLATE_NOOP("Documents", "党纪处分建议通报（提出建议）"), "第六条", true},
    {DocumentKind::NoticeSuggestion, "notice-suggestion",
     QT_TRANSLATE_NOOP("Documents", "党纪处分建议通报（提请党组讨论决定）"), "第八条", true},
    {DocumentKind::TransferLetter, "notice-transfer", QT_TRANSLATE_NOOP("Documents", "移送审理函"), "第六条",
     true},
    {DocumentKind::NoticeStationedBody, "notice-stationed",
     QT_TRANSLATE_NOOP("Documents", "党纪处分决定通报派驻机构"), "第十条", true},
    {DocumentKind::NoticeOrgDepartment, "notice-org-department",
     QT_TRANSLATE_NOOP("Documents", "党纪处分决定通报组织部门"), "第十一条第三款", true},
    {DocumentKind::NoticeLocalPartyOrg, "notice-local-party-org",
     QT_TRANSLATE_NOOP("Documents", "处理结果通报地方党组织"), "第十二条", true},
    {DocumentKind::NoticeCompetentPartyGroup, "notice-competent-party-group",
     QT_TRANSLATE_NOOP("Documents", "处理结果通报主管部门党组"), "第十二条", true},
    {DocumentKind::HearingRecord, "hearing-record", QT_TRANSLATE_NOOP("Documents", "听取本人陈述和申辩记录"),
     "党章第四十三条", false},
    {DocumentKind::ServiceReceipt, "service-receipt", QT_TRANSLATE_NOOP("Documents", "处分决定送达回执"),
     "第十条", false},
    {DocumentKind::FilingChecklist, "filing-checklist",
     QT_TRANSLATE_NOOP("Documents", "党纪处分备案材料清单"), "第十一条", false},
    {DocumentKind::EscalationRequest, "escalation-request",
     QT_TRANSLATE_NOOP("Documents", "报请派出机关研究决定的请示"), "第八条", true},
    {DocumentKind::ConsultationLetter, "consultation-letter",
     QT_TRANSLATE_NOOP("Documents", "征求主管部门党组意见函"), "第十二条第二款", true},
    {DocumentKind::ExecutionReport, "execution-report", QT_TRANSLATE_NOOP("Documents", "处分决定执行情况报告"),
     "条例第四十五条", true},
    {DocumentKind::ProbationEndDecision, "probation-end-decision",
     QT_TRANSLATE_NOOP("Documents", "留党察看期满处理决定"), "条例第十二条", true},
    {DocumentKind::AppealDecision, "appeal-decision", QT_TRANSLATE_NOOP("Documents", "申诉处理决定"),
     "党章第四条", true},
};

const KindRow& row(DocumentKind kind)
{
    for (const KindRow& r : rows) {
        if (r.kind == kind)
            return r;
    }
    return rows[0];
}

} // namespace

QList<DocumentKind> allDocumentKinds()
{
    QList<DocumentKind> kinds;
    for (const KindRow& r : rows)
        kinds << r.kind;
    return kinds;
}

QString documentKindId(DocumentKind kind)
{
    return QLatin1String(row(kind).id);
}

bool documentKindFromId(const QString& id, DocumentKind* out)
{
    for (const KindRow& r : rows) {
        if (id == QLatin1String(r.id)) {
            *out = r.kind;
            return true;
        }
    }
    return false;
}

QString documentKindName(DocumentKind kind)
{
    return QCoreApplication::translate("Documents", row(kind).name);
}

QString documentKindArticle(DocumentKind kind)
{
    return QString::fromUtf8(row(kind).article);
}

bool isLetterDocument(DocumentKind kind)
{
    return row(kind).letter;
}

} // namespace casetrack
