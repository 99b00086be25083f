#pragma once

#include <QList>
#include <QString>

namespace casetrack {

// The documents CaseTrack prints from a case (issue 5). Each has a template resource
// ":/templates/<id>.tpl" that a user may replace (DocumentSettings::templateDirectory).
enum class DocumentKind
{
    Decision,                  // 党纪处分决定 (第九条)
    FilingForm,                // 党纪处分备案表 (第十一条)
    Announcement,              // 宣布记录 (第十条)
    Summary,                   // 案件摘要
    NoticePrincipal,           // 向党组主要负责人通报立案 (第五条)
    NoticeProposal,            // 处分建议通报党组 (第六条)
    NoticeSuggestion,          // 党纪处分建议通报驻在单位党组 (第八条)
    TransferLetter,            // 移送审理函 (第六条)
    NoticeStationedBody,       // 处分决定正式通报派驻机构 (第十条)
    NoticeOrgDepartment,       // 通报组织部门 (第十一条第三款)
    NoticeLocalPartyOrg,       // 向地方党组织通报处理结果 (第十二条第一款)
    NoticeCompetentPartyGroup, // 向（抄告）主管部门党组通报处理结果 (第十二条)
    HearingRecord,   // 听取本人陈述和申辩记录 (党章第四十三条; revision 2's subject_heard)
    ServiceReceipt,  // 处分决定送达回执
    FilingChecklist, // 备案材料清单 (第十一条)
    // Issue 11 (revision 2): the special paths and the decision's later life.
    EscalationRequest,    // 报请派出机关研究决定的请示 (第八条)
    ConsultationLetter,   // 征求主管部门党组意见函 (第十二条第二款)
    ExecutionReport,      // 处分决定执行情况报告 (条例第四十五条)
    ProbationEndDecision, // 留党察看期满处理决定 (条例第十二条)
    AppealDecision,       // 申诉处理决定 (党章第四条)
};

QList<DocumentKind> allDocumentKinds();
// "decision", "filing", "announcement", "summary", "notice-principal", "notice-proposal",
// "notice-suggestion", "notice-transfer", "notice-stationed", "notice-org-department",
// "notice-local-party-org", "notice-competent-party-group", "hearing-record", "service-receipt",
// "filing-checklist", "escalation-request", "consultation-letter", "execution-report",
// "probation-end-decision", "appeal-decision" (the CLI's `print` names).
QString documentKindId(DocumentKind kind);
bool documentKindFromId(const QString& id, DocumentKind* out);
QString documentKindName(DocumentKind kind); // translated, e.g. 党纪处分决定
QString documentKindArticle(DocumentKind kind);
// Letter-type documents (决定, 通报, 函) can also be written as ODT for editing.
bool isLetterDocument(DocumentKind kind);

} // namespace casetrack
