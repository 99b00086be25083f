#include "cli/CliContext.h"

#include "crypto/SecureBytes.h"
#include "procedure/CaseState.h"
#include "procedure/ProcedureEngine.h"
#include "procedure/StepTable.h"
#include "util/DateText.h"
#include "util/ListText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casetrack {

namespace {} // namespace

CliContext::~CliContext()
{
    wipe(unlockPassword);
}

QString CliContext::databasePath() const
{
    return args.db.isEmpty() ? Session::defaultPath() : args.db;
}

std::unique_ptr<Session> CliContext::checkAndUnlock(int minWords, int maxWords,
                                                    const QStringList& allowedOptions, Session::Access access,
                                                    int* exitCode)
{
    if (!checkShape(minWords, maxWords, allowedOptions, exitCode))
        return nullptr;
    Result<std::unique_ptr<Session>> opened = unlock(access);
    if (!opened.ok()) {
        *exitCode = fail(opened.error());
        return nullptr;
    }
    return opened.take();
}

Result<std::unique_ptr<Session>> CliContext::unlock(Session::Access access)
{
    const QString path = databasePath();
    QString user = args.user;
    if (user.isEmpty()) {
        const QStringList names = Session::accountNames(path);
        if (names.size() > 1)
            return Error::make(
                ErrorCode::Usage,
                QCoreApplication::translate("Cli", "数据库有多个账户（%1），请用 --user 指明以哪个账户解锁。")
                    .arg(joinList(names)));
        if (names.size() == 1)
            user = names.first();
    }
    if (user.isEmpty()) {
        // No key file: let open() say whether the file is missing or foreign.
        return Session::open(path, QString(), QString(), access);
    }
    unlockPassword = passwords.current(QCoreApplication::translate("Cli", "%1 的密码：").arg(user));
    Result<std::unique_ptr<Session>> opened = Session::open(path, user, unlockPassword, access);
    if (opened.ok()) {
        session = opened.value().get();
        testKdfDatabase = session->usesTestKdf();
        // On stderr in text mode. With --json stderr carries only the contract's error object
        // (cli.md), so the warning is left out there (docs/security.md).
        if (testKdfDatabase && !args.json)
            io.err->write(testKdfWarning().toUtf8() + '\n');
    }
    return opened;
}

QString CliContext::testKdfWarning() const
{
    return QCoreApplication::translate("Cli", "警告：此数据库使用仅供测试的 fast 密钥派生创建，密码保护很弱，"
                                              "不得存放真实案件。");
}

void CliContext::print(const QJsonValue& json, const QString& text)
{
    // Damage is an error, never data: nothing read after a failed read is shown.
    if (session && session->readFailure().isError()) {
        forcedExit = fail(session->readFailure());
        return;
    }
    if (args.json) {
        const QJsonDocument doc =
            json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        io.out->write(doc.toJson(QJsonDocument::Indented));
    } else {
        io.out->write(text.toUtf8());
        if (!text.endsWith(QLatin1Char('\n')))
            io.out->write("\n");
    }
}

int CliContext::fail(const Error& error)
{
    if (args.json) {
        QJsonObject body{{QStringLiteral("code"), errorCodeName(error.code)},
                         {QStringLiteral("message"), error.message}};
        if (!error.article.isEmpty())
            body.insert(QStringLiteral("article"), error.article);
        io.err->write(
            QJsonDocument(QJsonObject{{QStringLiteral("error"), body}}).toJson(QJsonDocument::Compact));
        io.err->write("\n");
    } else {
        QString text = QCoreApplication::translate("Cli", "错误：%1").arg(error.message);
        if (!error.article.isEmpty())
            text += QCoreApplication::translate("Cli", "（依据：%1）").arg(error.article);
        io.err->write(text.toUtf8() + '\n');
    }
    return static_cast<int>(error.code);
}

int CliContext::usage(const QString& message)
{
    return fail(Error::make(ErrorCode::Usage, message + QCoreApplication::translate(
                                                            "Cli", " 用 casetrack-cli --help 查看用法。")));
}

Result<QDate> CliContext::asOf() const
{
    if (!args.options.contains(QStringLiteral("as-of")))
        return QDate::currentDate();
    const QDate date = parseIsoDate(args.option(QStringLiteral("as-of")));
    if (!date.isValid())
        return Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("Cli", "--as-of 的日期 %1 无效，请写成 YYYY-MM-DD，如 2025-01-31。")
                .arg(args.option(QStringLiteral("as-of"))));
    return date;
}

Result<QJsonObject> CliContext::jsonObjectArgument(const QString& value)
{
    if (value == QLatin1String("-"))
        passwords.takeFirstLineIfNeeded();
    const QByteArray text = value == QLatin1String("-") ? io.in->readAll() : value.toUtf8();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate(
                               "Cli", "JSON 格式错误（第 %1 个字符处：%2）。请检查引号、逗号和括号。")
                               .arg(parseError.offset)
                               .arg(parseError.errorString()));
    if (!doc.isObject())
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate(
                               "Cli", "这里需要一个 JSON 对象，如 {\"subject\": {\"name\": \"张三\"}}。"));
    return doc.object();
}

bool CliContext::checkShape(int minWords, int maxWords, const QStringList& allowedOptions, int* exitCode)
{
    const QString unknown = args.unknownOption(allowedOptions);
    if (!unknown.isEmpty()) {
        *exitCode = usage(QCoreApplication::translate("Cli", "此命令没有选项 --%1。").arg(unknown));
        return false;
    }
    if (args.words.size() < minWords) {
        *exitCode = usage(QCoreApplication::translate("Cli", "缺少参数。"));
        return false;
    }
    if (args.words.size() > maxWords) {
        *exitCode = usage(QCoreApplication::translate("Cli", "多余的参数：%1。")
                              .arg(args.words.mid(maxWords).join(QLatin1Char(' '))));
        return false;
    }
    return true;
}

QJsonObject CliContext::stateJson(const CaseState& state) const
{
    return caseStateToJson(state);
}

QString CliContext::stateText(const CaseState& state) const
{
    QString text = QCoreApplication::translate("Cli", "案件 %1：%2（%3）\n")
                       .arg(state.id, state.facts.subject.name, state.facts.subject.unit);
    text += QCoreApplication::translate("Cli", "程序：%1；阶段：%2%3\n")
                .arg(trackDisplayName(state.track), stageDisplayName(state.stage),
                     state.closed ? QCoreApplication::translate("Cli", "（已结案）") : QString());
    if (state.decision)
        text +=
            QCoreApplication::translate("Cli", "处分：%1，%2 生效\n")
                .arg(sanctionDisplayName(state.decision->sanction), chineseDate(state.decision->effectiveOn));
    for (const Event& event : state.events) {
        const StepDefinition* step = findStep(event.step);
        text += QStringLiteral("  %1  %2  %3\n")
                    .arg(chineseDate(event.date), step ? step->name() : event.step,
                         step ? step->article : QString());
    }
    for (const NextStep& next : state.next) {
        const QString name = stepDefinition(next.step).name();
        if (next.allowed)
            text += QCoreApplication::translate("Cli", "  下一步：%1（%2）%3\n")
                        .arg(name, next.article,
                             next.required ? QCoreApplication::translate("Cli", "必经")
                                           : QCoreApplication::translate("Cli", "可选"));
        else if (next.required)
            text += QCoreApplication::translate("Cli", "  待办：%1（%2）——%3\n")
                        .arg(name, next.article, next.reason.toString());
    }
    for (const CaseDeadline& deadline : state.deadlines)
        text += QCoreApplication::translate("Cli", "  期限：%1 至 %2（%3）%4\n")
                    .arg(deadline.label.toString(), chineseDate(deadline.due),
                         deadlineStatusId(deadline.status), deadline.explain.toString());
    return text;
}

} // namespace casetrack
