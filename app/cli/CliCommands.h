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
int cliCheck(CliContext& cli);
int cliAuditList(CliContext& cli);
int cliAuditExport(CliContext& cli);
int cliBackup(CliContext& cli);
int cliRestore(CliContext& cli);
int cliUserAdd(CliContext& cli);
int cliUserList(CliContext& cli);
int cliUserPasswd(CliContext& cli);
int cliUserReset(CliContext& cli);
int cliUserDeactivate(CliContext& cli);
int cliRekey(CliContext& cli);
int cliPrint(CliContext& cli);
int cliExport(CliContext& cli);
int cliOrgAdd(CliContext& cli);
int cliOrgList(CliContext& cli);
// case material add|list|export|remove (MaterialCommands.cpp)
int cliCaseMaterial(CliContext& cli);

} // namespace casetrack
