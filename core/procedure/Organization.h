#pragma once

#include "util/Error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace casetrack {

// An organ that issues or receives documents (issue 11; cli.md `org add`): one of the bodies of
// procedure.md, with its full name, 发文机关标志 (short_name), 发文字号 prefix and optional 印发机关.
// The default organ of a kind is the one a case uses unless its `bodies` name another.
struct Organization
{
    QString id;             // "org-1", given by the database
    QString kind;           // a body id: party_group, stationed_body, ...
    QString name;           // 中共某某市财政局党组
    QString shortName;      // 发文机关标志, e.g. 市财政局党组
    QString docPrefix;      // 财党 → 财党〔2026〕3号
    QString printingOffice; // 印发机关, optional
    bool isDefault = false;

    // The spec's body ids (procedure.md "Bodies").
    static QStringList kinds();
    // Strict: kind and name required, kind a body id, text without control characters, unknown
    // keys refused; all Invalid errors naming the field. `id` is not accepted (the database
    // gives it).
    static Result<Organization> fromJson(const QJsonObject& json);
    QJsonObject toJson() const; // with "id"

    // Ids are "org-<row>", the row of the organizations table: the one place that spells them,
    // for the store and for the audit replay that re-derives the table. rowOf() is 0 for text
    // that is no organ id.
    static QString idOf(qint64 row);
    static qint64 rowOf(const QString& id);
};

} // namespace casetrack
