#include "cli/Cli.h"

#include "cli/CliCommands.h"
#include "cli/CliContext.h"

#include <QCoreApplication>

namespace casetrack {

namespace {

QString helpText()
{
    return QCoreApplication::translate(
               "Cli",
               "用法：casetrack-cli [--db PATH] [--user NAME] [--json] 命令 [参数...]\n"
               "\n"
               "命令：\n"
               "  init --admin NAME [--kdf standard|fast]   新建加密数据库（fast 仅供测试）\n"
               "  case add --data JSON|-                    新建案件（案件事实，键名见 procedure.md）\n"
               "  case show ID [--as-of DATE]               显示案件状态\n"
               "  case list [--stage STAGE] [--overdue] [--as-of DATE]\n"
               "  event add ID --step STEP --date DATE [--data JSON|-] [--as-of DATE]\n"
               "  deadlines [--as-of DATE] [--within DAYS]  "
               "所有期限（--within：该天数内到期或已逾期的未完成期限）\n"
               "  calendar import FILE                      导入 holiday-cn 格式的节假日安排\n"
               "  audit verify                              核验审计记录（完整退出码 0，被改动 7）\n"
               "  audit list [--kind access|change] [--since DATE]  "
               "列出审计记录（access：查看、打印、导出）\n"
               "  audit export --out FILE [--kind ...] [--since DATE]  将审计记录导出为 "
               "JSON（本身也记入审计）\n"
               "  check [--repair]                          检查数据库文件是否完好（完好 0，损坏 "
               "6）；--repair 从事件记录重建列表摘要\n"
               "  backup --out FILE                         加密备份（连同密钥文件），写完后核验副本\n"
               "  restore --from FILE                       核验备份后替换数据库（原库保留为 "
               ".before-restore）\n"
               "  user add NAME --role ROLE | user list | user passwd | user reset NAME\n"
               "  print KIND CASE_ID --out FILE.pdf|FILE.odt [--inputs JSON|-] [--purpose 用途] [--recipient "
               "接收方]\n"
               "      KIND：decision filing summary announcement notice-principal notice-proposal "
               "notice-suggestion\n"
               "            notice-transfer notice-stationed notice-org-department notice-local-party-org\n"
               "            notice-competent-party-group\n"
               "  export cases|deadlines --format xlsx|csv|ics|pdf --out FILE [--purpose 用途] [--recipient "
               "接收方]\n"
               "      打印和导出都记入审计记录（用途和接收方，依据政务数据共享条例第二十五条、第二十九条）\n"
               "\n"
               "密码：取自环境变量 CASETRACK_PASSWORD；否则在终端中不回显地询问；否则读取标准输入的第一行。\n"
               "新密码（user "
               "add/passwd/reset）：CASETRACK_NEW_PASSWORD，或终端询问两次，或标准输入的下一行。\n"
               "数据库默认位置：%1（可用 --db 或环境变量 CASETRACK_DB 指定）。\n"
               "日期一律写成 YYYY-MM-DD。\n"
               "\n"
               "退出码：0 成功，2 用法错误，3 密码或用户错误，4 程序规定不允许，5 输入无效，6 "
               "数据库不可用，7 "
               "审计记录被改动。\n")
               .arg(Session::defaultPath()) +
           QCoreApplication::translate(
               "Cli",
               "\n密钥：\n"
               "  rekey                                     "
               "重新加密数据库（管理员）：新的数据库密钥和恢复密钥，\n"
               "                                            旧的密钥文件和恢复密钥随即失效\n"
               "  user deactivate NAME [--no-rekey]         停用账户，并重新加密（除非 --no-rekey）\n") +
           // Procedure revision 2 (a string of its own, so other additions to the help merge).
           QCoreApplication::translate(
               "Cli", "\n更正案件信息：\n"
                      "  case correct ID --data JSON|- --reason 理由 [--as-of DATE]\n"
                      "                                            "
                      "只改给出的键；按更正后的信息重新检验历史记录，会使已记录的步骤不符合程序的，"
                      "拒绝并列出这些步骤（退出码 4）\n") +
           // Case materials (issue 12), a string of its own for the same reason.
           QCoreApplication::translate(
               "Cli",
               "\n案件材料（每份不超过 50 MiB，加密存于数据库内）：\n"
               "  case material add CASE_ID --file FILE --type TYPE --date DATE [--description 说明]\n"
               "      TYPE：decision review_report meeting_minutes investigation statement notification\n"
               "            filing other\n"
               "  case material list CASE_ID [--all]         列出材料（--all 含已移除的）\n"
               "  case material export ID --out FILE --purpose 用途 --recipient 接收方\n"
               "  case material remove ID --reason 理由      记录移除（案件承办人员、管理员）\n");
}

using Command = int (*)(CliContext&);

struct CommandEntry
{
    const char* word;
    const char* sub; // nullptr for single-word commands
    Command run;
};

const CommandEntry kCommands[] = {
    {"init", nullptr, cliInit},
    {"case", "add", cliCaseAdd},
    {"case", "show", cliCaseShow},
    {"case", "list", cliCaseList},
    {"case", "correct", cliCaseCorrect},
    {"event", "add", cliEventAdd},
    {"deadlines", nullptr, cliDeadlines},
    {"calendar", "import", cliCalendarImport},
    {"audit", "verify", cliAuditVerify},
    {"audit", "list", cliAuditList},
    {"audit", "export", cliAuditExport},
    {"check", nullptr, cliCheck},
    {"backup", nullptr, cliBackup},
    {"restore", nullptr, cliRestore},
    {"user", "add", cliUserAdd},
    {"user", "list", cliUserList},
    {"user", "passwd", cliUserPasswd},
    {"user", "reset", cliUserReset},
    {"user", "deactivate", cliUserDeactivate},
    {"rekey", nullptr, cliRekey},
    {"print", nullptr, cliPrint},
    {"export", nullptr, cliExport},
    {"org", "add", cliOrgAdd},
    {"org", "list", cliOrgList},
    {"case", "material", cliCaseMaterial},
};

} // namespace

int runCli(const QStringList& arguments, CliIo& io)
{
    CliContext cli(CliArgs::parse(arguments), io);
    if (cli.args.version) {
        io.out->write("casetrack-cli " CASETRACK_VERSION "\n");
        return 0;
    }
    if (cli.args.help || cli.args.words.isEmpty()) {
        io.out->write(helpText().toUtf8());
        return cli.args.help ? 0 : static_cast<int>(ErrorCode::Usage);
    }
    if (!cli.args.error.isEmpty())
        return cli.usage(cli.args.error);
    const QString word = cli.args.words.at(0);
    const QString sub = cli.args.words.value(1);
    for (const CommandEntry& entry : kCommands) {
        if (word != QLatin1String(entry.word))
            continue;
        if (!entry.sub || sub == QLatin1String(entry.sub)) {
            const int code = entry.run(cli);
            return cli.forcedExit ? cli.forcedExit : code;
        }
    }
    return cli.usage(QCoreApplication::translate("Cli", "未知命令：%1。")
                         .arg(cli.args.words.mid(0, 2).join(QLatin1Char(' '))));
}

} // namespace casetrack
