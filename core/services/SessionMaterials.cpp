// Case materials (issue 12): files attached to a case, kept inside the encrypted database.
#include "audit/AuditTrail.h"
#include "procedure/InputLimits.h"
#include "services/Session.h"
#include "services/SessionPrivate.h"
#include "storage/CaseStore.h"
#include "storage/MaterialStore.h"
#include "util/DateText.h"
#include "util/FileProblem.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

namespace casetrack {

namespace {

QString mebibytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

Error noSuchMaterial(qint64 id)
{
    return Error::make(ErrorCode::Invalid,
                       QCoreApplication::translate(
                           "Session", "没有编号为 %1 的案件材料。请用 case material list 查看案件的材料。")
                           .arg(id));
}

Error checkInput(const Session::MaterialInput& input)
{
    if (!isMaterialType(input.type))
        return Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("Session", "材料类型 %1 不在可选类型中（%2）。请选择其中之一。")
                .arg(input.type, materialTypeIds().join(QStringLiteral(", "))));
    if (!input.date.isValid())
        return Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("Session", "请填写材料的日期（形成、签发或收到的日期）。"));
    if (input.date > QDate::currentDate())
        return Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("Session", "材料日期 %1 晚于今天。请填写材料形成、签发或收到的日期。")
                .arg(isoDate(input.date)));
    // Single-line, at most kMaxLineLength characters, no control characters.
    if (Error error = checkCaseFactsInput({{QStringLiteral("description"), input.description}});
        error.isError())
        return error;
    if (input.content.isEmpty())
        return Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("Session", "文件 %1 是空的（0 字节），没有添加。请选择有内容的文件。")
                .arg(input.fileName));
    if (input.content.size() > kMaxMaterialBytes)
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate(
                               "Session",
                               "文件 %1 有 %2 字节（约 %3 MiB），超过每份材料 %4 MiB（%5 字节）的上限，"
                               "没有添加。请压缩、降低扫描分辨率或拆分后再添加。")
                               .arg(input.fileName)
                               .arg(input.content.size())
                               .arg(mebibytes(input.content.size()))
                               .arg(kMaxMaterialBytes / (1024 * 1024))
                               .arg(kMaxMaterialBytes));
    return Error::ok();
}

// The audit record of an attachment: everything the row holds but the content, and its hash.
QJsonObject attachmentRecord(const CaseMaterial& m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("type"), m.type},
            {QStringLiteral("date"), isoDate(m.date)},
            {QStringLiteral("description"), m.description},
            {QStringLiteral("file_name"), m.fileName},
            {QStringLiteral("size"), m.size},
            {QStringLiteral("sha256"), QString::fromLatin1(m.sha256.toHex())}};
}

} // namespace

Result<CaseMaterial> Session::attachMaterial(const QString& caseId, const MaterialInput& input)
{
    if (Error error = d->refuseUnless(Action::AttachMaterial); error.isError())
        return error;
    if (Error error = checkInput(input); error.isError())
        return error;
    if (Result<CaseRecord> record = loadCase(caseId); !record.ok())
        return record.error();
    CaseMaterial m;
    m.caseId = caseId;
    m.type = input.type;
    m.date = input.date;
    m.description = input.description.trimmed();
    m.fileName = sanitizedMaterialFileName(input.fileName);
    m.size = input.content.size();
    m.sha256 = QCryptographicHash::hash(input.content, QCryptographicHash::Sha256);
    m.addedBy = d->account.name;
    m.addedAt = QDateTime::currentDateTime();
    m.addedAt = m.addedAt.addMSecs(-m.addedAt.time().msec());
    MaterialStore store(*d->db);
    // As addCase: the id is taken before the transaction; another writer taking it first makes
    // the insert fail (primary key), never a wrong record.
    m.id = store.nextId();
    Error error = d->change(QStringLiteral("material.add"), caseId, {}, attachmentRecord(m), [&]() {
        return store.insert(m, input.content) ? Error::ok()
                                              : Error::make(ErrorCode::Unavailable, d->db->lastError());
    });
    if (error.isError())
        return error;
    return m;
}

Result<QList<CaseMaterial>> Session::caseMaterials(const QString& caseId, bool includeRemoved) const
{
    if (Result<CaseRecord> record = loadCase(caseId); !record.ok())
        return record.error();
    QList<CaseMaterial> list = MaterialStore(*d->db).list(caseId, includeRemoved);
    if (const Error& failure = d->db->readFailure(); failure.isError())
        return failure;
    return list;
}

Result<CaseMaterial> Session::material(qint64 id) const
{
    std::optional<CaseMaterial> found = MaterialStore(*d->db).find(id);
    if (const Error& failure = d->db->readFailure(); failure.isError())
        return failure;
    if (!found)
        return noSuchMaterial(id);
    return *found;
}

namespace {

// The content of a material that may still be used: not removed, and matching its hash.
Result<QByteArray> usableContent(Database& db, const CaseMaterial& m)
{
    if (m.removed)
        return Error::make(ErrorCode::Refused,
                           QCoreApplication::translate(
                               "Session", "案件材料 %1（%2）已于 %3 由 %4 移除（%5），不能再打开或导出。")
                               .arg(m.id)
                               .arg(m.fileName, isoDate(m.removedAt.date()), m.removedBy, m.removalReason));
    std::optional<QByteArray> content = MaterialStore(db).content(m.id);
    if (Error failure = db.readFailure(); failure.isError())
        return failure;
    if (!content)
        return noSuchMaterial(m.id);
    if (QCryptographicHash::hash(*content, QCryptographicHash::Sha256) != m.sha256)
        return Error::make(ErrorCode::Tampered,
                           QCoreApplication::translate(
                               "Session",
                               "案件材料 %1（%2）的内容与添加时记录的哈希不符：文件在程序之外被改动。"
                               "请运行 audit verify，并用备份核对。")
                               .arg(m.id)
                               .arg(m.fileName));
    return std::move(*content);
}

} // namespace

Result<QByteArray> Session::openMaterial(qint64 id)
{
    Result<CaseMaterial> m = material(id);
    if (!m.ok())
        return m.error();
    Result<QByteArray> content = usableContent(*d->db, m.value());
    if (!content.ok())
        return content.error();
    if (Error error = recordAccess(QStringLiteral("view.material"), m->caseId,
                                   {{QStringLiteral("material"), m->id},
                                    {QStringLiteral("file_name"), m->fileName},
                                    {QStringLiteral("sha256"), QString::fromLatin1(m->sha256.toHex())}});
        error.isError())
        return error;
    return content;
}

Error Session::exportMaterial(qint64 id, const QString& path, const QString& purpose,
                              const QString& recipient)
{
    if (purpose.trimmed().isEmpty() || recipient.trimmed().isEmpty())
        return Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("Session",
                                        "导出案件材料须写明用途和接收人（记入审计记录）。请填写后再导出。"));
    if (Error error = checkCaseFactsInput(
            {{QStringLiteral("purpose"), purpose}, {QStringLiteral("recipient"), recipient}});
        error.isError())
        return error;
    Result<CaseMaterial> m = material(id);
    if (!m.ok())
        return m.error();
    Result<QByteArray> content = usableContent(*d->db, m.value());
    if (!content.ok())
        return content.error();
    const QString file = QFileInfo(path).absoluteFilePath();
    // Recorded before the file is released: a file nobody can account for never leaves.
    if (Error error = recordUse(QStringLiteral("export"),
                                {{QStringLiteral("target"), m->caseId},
                                 {QStringLiteral("what"), QStringLiteral("material")},
                                 {QStringLiteral("material"), m->id},
                                 {QStringLiteral("file_name"), m->fileName},
                                 {QStringLiteral("sha256"), QString::fromLatin1(m->sha256.toHex())},
                                 {QStringLiteral("file"), file},
                                 {QStringLiteral("purpose"), purpose.trimmed()},
                                 {QStringLiteral("recipient"), recipient.trimmed()}});
        error.isError())
        return error;
    QSaveFile save(file);
    // 0600 before a byte is written, whatever the umask.
    const bool written = save.open(QIODevice::WriteOnly) && ::fchmod(save.handle(), S_IRUSR | S_IWUSR) == 0 &&
                         save.write(content.value()) == content->size() && save.commit();
    if (!written)
        return Error::make(
            ErrorCode::Unavailable,
            QCoreApplication::translate("Session", "无法写入文件 %1：%2").arg(file, fileWriteProblem(file)));
    return Error::ok();
}

Error Session::removeMaterial(qint64 id, const QString& reason)
{
    if (Error error = d->refuseUnless(Action::RemoveMaterial); error.isError())
        return error;
    if (reason.trimmed().isEmpty())
        return Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("Session", "移除案件材料须写明理由（记入审计记录）。请填写理由。"));
    if (Error error = checkCaseFactsInput({{QStringLiteral("reason"), reason}}); error.isError())
        return error;
    Result<CaseMaterial> m = material(id);
    if (!m.ok())
        return m.error();
    if (m->removed)
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("Session", "案件材料 %1 已经移除。").arg(id));
    QDateTime at = QDateTime::currentDateTime();
    at = at.addMSecs(-at.time().msec());
    const QString trimmed = reason.trimmed();
    return d->change(QStringLiteral("material.remove"), m->caseId, attachmentRecord(m.value()),
                     QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("reason"), trimmed}}, [&]() {
                         return MaterialStore(*d->db).recordRemoval(id, d->account.name, at, trimmed)
                                    ? Error::ok()
                                    : Error::make(ErrorCode::Unavailable, d->db->lastError());
                     });
}

} // namespace casetrack
