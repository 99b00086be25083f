// case material add|list|export|remove (issue 12): files attached to a case, inside the
// encrypted database. A command of its own word so that cli.md's commands keep their behaviour.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "util/DateText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace casetrack {

namespace {

QJsonObject materialJson(const CaseMaterial& m)
{
    QJsonObject json{{QStringLiteral("id"), m.id},
                     {QStringLiteral("case_id"), m.caseId},
                     {QStringLiteral("type"), m.type},
                     {QStringLiteral("date"), isoDate(m.date)},
                     {QStringLiteral("description"), m.description},
                     {QStringLiteral("file_name"), m.fileName},
                     {QStringLiteral("size"), m.size},
                     {QStringLiteral("sha256"), QString::fromLatin1(m.sha256.toHex())},
                     {QStringLiteral("added_by"), m.addedBy},
                     {QStringLiteral("added_at"), m.addedAt.toString(Qt::ISODate)},
                     {QStringLiteral("removed"), m.removed}};
    if (m.removed) {
        json.insert(QStringLiteral("removed_by"), m.removedBy);
        json.insert(QStringLiteral("removed_at"), m.removedAt.toString(Qt::ISODate));
        json.insert(QStringLiteral("removal_reason"), m.removalReason);
    }
    return json;
}

QString materialLine(const CaseMaterial& m)
{
    return QCoreApplication::translate("Cli", "%1  %2  %3  %4  %5 字节  %6%7")
        .arg(QString::number(m.id), isoDate(m.date), materialTypeName(m.type), m.fileName,
             QString::number(m.size), m.description,
             m.removed ? QCoreApplication::translate("Cli", "  （已移除：%1）").arg(m.removalReason)
                       : QString());
}

Result<qint64> materialId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("Cli", "材料编号 %1 无效：应为正整数。请用 case material list 查看。")
                .arg(text));
    return id;
}

int add(CliContext& cli)
{
    int code = 0;
    const QStringList options{QStringLiteral("file"), QStringLiteral("type"), QStringLiteral("date"),
                              QStringLiteral("description")};
    if (!cli.checkShape(4, 4, options, &code))
        return code;
    for (const char* required : {"file", "type", "date"}) {
        if (!cli.args.options.contains(QLatin1String(required)))
            return cli.usage(QCoreApplication::translate(
                                 "Cli", "case material add 需要 --file FILE --type TYPE --date YYYY-MM-DD"
                                        "（类型：%1）。")
                                 .arg(materialTypeIds().join(QStringLiteral(" "))));
    }
    const QDate date = parseIsoDate(cli.args.option(QStringLiteral("date")));
    if (!date.isValid())
        return cli.fail(Error::make(ErrorCode::Invalid,
                                    QCoreApplication::translate("Cli", "日期 %1 无效：请写成 YYYY-MM-DD。")
                                        .arg(cli.args.option(QStringLiteral("date")))));
    const QString path = cli.args.option(QStringLiteral("file"));
    QFile file(path);
    // The size is checked before the file is read, so a huge file is refused at once.
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return cli.fail(
            Error::make(ErrorCode::Invalid,
                        QCoreApplication::translate("Cli", "无法读取文件 %1。请检查路径和权限。").arg(path)));
    if (file.size() > kMaxMaterialBytes)
        return cli.fail(Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate(
                "Cli", "文件 %1 有 %2 字节（约 %3 MiB），超过每份材料 %4 MiB（%5 字节）的上限，没有添加。"
                       "请压缩、降低扫描分辨率或拆分后再添加。")
                .arg(path)
                .arg(file.size())
                .arg(QString::number(file.size() / (1024.0 * 1024.0), 'f', 1))
                .arg(kMaxMaterialBytes / (1024 * 1024))
                .arg(kMaxMaterialBytes)));
    Session::MaterialInput input{cli.args.option(QStringLiteral("type")), date,
                                 cli.args.option(QStringLiteral("description")), QFileInfo(path).fileName(),
                                 file.readAll()};
    auto session = cli.unlock(Session::Access::ReadWrite);
    if (!session.ok())
        return cli.fail(session.error());
    Result<CaseMaterial> added = session.value()->attachMaterial(cli.args.words.at(3), input);
    if (!added.ok())
        return cli.fail(added.error());
    cli.print(materialJson(added.value()), materialLine(added.value()));
    return 0;
}

int list(CliContext& cli)
{
    int code = 0;
    std::unique_ptr<Session> session =
        cli.checkAndUnlock(4, 4, {QStringLiteral("all")}, Session::Access::ReadOnly, &code);
    if (!session)
        return code;
    const QString caseId = cli.args.words.at(3);
    Result<QList<CaseMaterial>> materials =
        session->caseMaterials(caseId, cli.args.has(QStringLiteral("all")));
    if (!materials.ok())
        return cli.fail(materials.error());
    // Recorded before it is shown, like case show.
    if (Error error = session->recordAccess(QStringLiteral("view.materials"), caseId); error.isError())
        return cli.fail(error);
    QJsonArray array;
    QStringList lines;
    for (const CaseMaterial& m : materials.value()) {
        array.append(materialJson(m));
        lines << materialLine(m);
    }
    cli.print(array, lines.isEmpty() ? QCoreApplication::translate("Cli", "（案件 %1 没有材料）").arg(caseId)
                                     : lines.join(QLatin1Char('\n')));
    return 0;
}

int exportMaterial(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(4, 4, {QStringLiteral("out"), QStringLiteral("purpose"), QStringLiteral("recipient")},
                        &code))
        return code;
    for (const char* required : {"out", "purpose", "recipient"}) {
        if (!cli.args.options.contains(QLatin1String(required)))
            return cli.usage(QCoreApplication::translate(
                "Cli", "case material export 需要 --out FILE --purpose 用途 --recipient 接收方"
                       "（记入审计记录）。"));
    }
    Result<qint64> id = materialId(cli.args.words.at(3));
    if (!id.ok())
        return cli.fail(id.error());
    auto session = cli.unlock(Session::Access::ReadOnly);
    if (!session.ok())
        return cli.fail(session.error());
    const QString out = QFileInfo(cli.args.option(QStringLiteral("out"))).absoluteFilePath();
    if (Error error =
            session.value()->exportMaterial(id.value(), out, cli.args.option(QStringLiteral("purpose")),
                                            cli.args.option(QStringLiteral("recipient")));
        error.isError())
        return cli.fail(error);
    cli.print(QJsonObject{{QStringLiteral("path"), out}, {QStringLiteral("material"), id.value()}},
              QCoreApplication::translate("Cli", "已导出案件材料 %1 到 %2。").arg(id.value()).arg(out));
    return 0;
}

int remove(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(4, 4, {QStringLiteral("reason")}, &code))
        return code;
    if (!cli.args.options.contains(QStringLiteral("reason")))
        return cli.usage(
            QCoreApplication::translate("Cli", "case material remove 需要 --reason 理由（记入审计记录）。"));
    Result<qint64> id = materialId(cli.args.words.at(3));
    if (!id.ok())
        return cli.fail(id.error());
    auto session = cli.unlock(Session::Access::ReadWrite);
    if (!session.ok())
        return cli.fail(session.error());
    if (Error error = session.value()->removeMaterial(id.value(), cli.args.option(QStringLiteral("reason")));
        error.isError())
        return cli.fail(error);
    Result<CaseMaterial> removed = session.value()->material(id.value());
    if (!removed.ok())
        return cli.fail(removed.error());
    cli.print(materialJson(removed.value()), materialLine(removed.value()));
    return 0;
}

} // namespace

int cliCaseMaterial(CliContext& cli)
{
    const QString verb = cli.args.words.value(2);
    if (verb == QLatin1String("add"))
        return add(cli);
    if (verb == QLatin1String("list"))
        return list(cli);
    if (verb == QLatin1String("export"))
        return exportMaterial(cli);
    if (verb == QLatin1String("remove"))
        return remove(cli);
    return cli.usage(
        QCoreApplication::translate("Cli", "case material 后应为 add、list、export 或 remove。"));
}

} // namespace casetrack
