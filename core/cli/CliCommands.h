#pragma once

namespace casetrack {

class CliContext;

// One function per command of cli.md; each returns the exit code.
int cliInit(CliContext& cli);
int cliCaseAdd(CliContext& cli);
int cliCaseShow(CliContext& cli);
int cliCaseList(CliContext& cli);
int cliCaseCorrect(CliContext& cli);
int cliEventAdd(CliContext& cli);
int cliDeadlines(CliContext& cli);
int cliCalendarImport(CliContext& cli);
int cliAuditVerify(CliContext& cli);
int cliUserAdd(CliContext& cli);
int cliUserList(CliContext& cli);
int cliUserPasswd(CliContext& cli);
int cliUserReset(CliContext& cli);
int cliPrint(CliContext& cli);
int cliExport(CliContext& cli);

} // namespace casetrack
