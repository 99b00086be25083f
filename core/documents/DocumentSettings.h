#pragma once

#include "util/Error.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace casetrack {

// What an office sets once for its documents: the names of the bodies (they appear in titles,
// recipients and signatures), the document-number pattern, signatures, and where its own
// templates live. Stored by the caller (JSON); never read from QSettings here.
struct DocumentSettings
{
    QString partyGroup;           // 党组, e.g. 中共某某部党组
    QString unit;                 // 驻在单位, e.g. 某某部
    QString stationedBody;        // 派驻机构, e.g. 中央纪委国家监委驻某某部纪检监察组
    QString dispatchedBody;       // 派出机构, e.g. 中央和国家机关纪检监察工委
    QString dispatchingOrgan;     // 派出机关, e.g. 中央纪委国家监委
    QString grassrootsCommission; // 基层纪委, e.g. 某某部机关纪委
    QString grassrootsCommittee;  // 基层党委, e.g. 某某部机关党委
    QString localCommission;      // 地方纪委
    QString localPartyOrg;        // 地方党组织 (第十二条)
    QString orgDepartment;        // 中央组织部 / 本级党委组织部门
    QString printingOffice;       // 印发机关, e.g. 中共某某部党组办公室
    QString masthead;             // 发文机关标志 of the decision; empty: no masthead
    // 发文字号: {year} and {seq} are replaced, e.g. "某党组〔{year}〕{seq}号" → 某党组〔2025〕3号.
    QString numberPattern;
    // Signature (发文机关署名) per body id of the spec (party_group, stationed_body, ...);
    // a body without one signs with its name.
    QHash<QString, QString> signatures;
    QString templateDirectory; // "<id>.tpl" files here replace the built-in templates

    static DocumentSettings defaults(); // placeholder names (某某) so a first print works
    QJsonObject toJson() const;
    // Unknown keys and wrong types are Invalid errors naming the key.
    static Result<DocumentSettings> fromJson(const QJsonObject& json);

    QString bodyName(const QString& bodyId) const;
    QString signatureFor(const QString& bodyId) const;
    QString formatNumber(int year, int seq) const;
};

// What the user types for one document.
struct DocumentInputs
{
    QStringList violationFacts; // 违纪事实, one paragraph each (decision, filing form, summary)
    QString basis;         // 处分依据, e.g. 《中国共产党纪律处分条例》第一百零一条
    int sequence = 0;      // the number's {seq}; 0 prints none (the service fills in the organ's next)
    QDate issueDate;       // 成文日期; default: the date of the event the document reports (documentDate)
    QDate printingDate;    // 印发日期; default: the issue date
    QString mainRecipient; // 主送, replaces the template's
    QString copyTo;        // 抄送
    QStringList materials; // 备案材料 when the case records none
    // 宣布记录 (第十条)
    QDate announcedOn;
    QString announcePlace, announcer, attendees, recorder, subjectStatement;
    // Any further {{key}} a user's own template uses.
    QHash<QString, QString> extra;
};

} // namespace casetrack
