// org add --data JSON; org list (cli.md): the organs that issue and receive documents.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "procedure/Organization.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace casetrack {

namespace {

QString orgLine(const Organization& org)
{
    return QCoreApplication::translate("Cli", "%1  %2  %3%4%5")
        .arg(org.id, org.kind, org.name,
             org.docPrefix.isEmpty()
                 ? QString()
                 : QCoreApplication::translate("Cli", "（发文字号 %1〔年〕N号）").arg(org.docPrefix),
             org.isDefault ? QCoreApplication::translate("Cli", "  默认") : QString());
}

} // namespace

int cliOrgAdd(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(2, 2, {QStringLiteral("data")}, &code))
        return code;
    if (!cli.args.options.contains(QStringLiteral("data")))
        return cli.usage(
            QCoreApplication::translate("Cli", "org add 需要 --data JSON，如 {\"kind\": \"party_group\", "
                                               "\"name\": \"中共某某市财政局党组\"}。"));
    Result<QJsonObject> json = cli.jsonObjectArgument(cli.args.option(QStringLiteral("data")));
    if (!json.ok())
        return cli.fail(json.error());
    Result<Organization> org = Organization::fromJson(json.value());
    if (!org.ok())
        return cli.fail(org.error());
    auto session = cli.unlock(Session::Access::ReadWrite);
    if (!session.ok())
        return cli.fail(session.error());
    Result<Organization> added = session.value()->addOrganization(org.value());
    if (!added.ok())
        return cli.fail(added.error());
    cli.print(added->toJson(), orgLine(added.value()));
    return 0;
}

int cliOrgList(CliContext& cli)
{
    int code = 0;
    std::unique_ptr<Session> session = cli.checkAndUnlock(2, 2, {}, Session::Access::ReadOnly, &code);
    if (!session)
        return code;
    Result<QList<Organization>> orgs = session->organizations();
    if (!orgs.ok())
        return cli.fail(orgs.error());
    QJsonArray array;
    QStringList lines;
    for (const Organization& org : orgs.value()) {
        array.append(org.toJson());
        lines << orgLine(org);
    }
    cli.print(array, lines.isEmpty() ? QCoreApplication::translate("Cli", "（尚未登记机构）")
                                     : lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace casetrack
