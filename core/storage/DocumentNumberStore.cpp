#include "storage/DocumentNumberStore.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace casetrack {

namespace {

Error dbError(Database& db)
{
    return Error::make(ErrorCode::Unavailable, db.lastError());
}

} // namespace

Result<std::optional<int>> DocumentNumberStore::givenTo(Database& db, const QString& pattern, int year,
                                                        const QString& caseId, const QString& kind)
{
    Statement stmt = db.prepare("SELECT seq FROM document_numbers WHERE pattern = ? AND year = ? "
                                "AND case_id = ? AND kind = ? ORDER BY rowid DESC LIMIT 1");
    stmt.bind(1, pattern).bind(2, year).bind(3, caseId).bind(4, kind);
    if (stmt.next())
        return std::optional<int>(int(stmt.integer(0)));
    if (stmt.failed() || !stmt.isValid())
        return dbError(db);
    return std::optional<int>();
}

Result<int> DocumentNumberStore::next(Database& db, const QString& pattern, int year)
{
    Statement stmt =
        db.prepare("SELECT COALESCE(MAX(seq), 0) + 1 FROM document_numbers WHERE pattern = ? AND year = ?");
    stmt.bind(1, pattern).bind(2, year);
    if (!stmt.next())
        return dbError(db);
    return int(stmt.integer(0));
}

Result<std::optional<DocumentNumber>> DocumentNumberStore::holder(Database& db, const QString& pattern,
                                                                  int year, int seq)
{
    Statement stmt =
        db.prepare("SELECT case_id, kind FROM document_numbers WHERE pattern = ? AND year = ? AND seq = ?");
    stmt.bind(1, pattern).bind(2, year).bind(3, seq);
    if (stmt.next())
        return std::optional<DocumentNumber>(DocumentNumber{pattern, year, seq, stmt.text(0), stmt.text(1)});
    if (stmt.failed() || !stmt.isValid())
        return dbError(db);
    return std::optional<DocumentNumber>();
}

Error DocumentNumberStore::give(Database& db, const DocumentNumber& number)
{
    Result<std::optional<DocumentNumber>> held = holder(db, number.pattern, number.year, number.seq);
    if (!held.ok())
        return held.error();
    if (held.value()) {
        if (held.value()->caseId == number.caseId && held.value()->kind == number.kind)
            return Error::ok(); // a reprint: the number is already this document's
        return Error::make(ErrorCode::Refused,
                           QCoreApplication::translate("DocumentNumbers",
                                                       "发文序号 %1 在 %2 年已用于案件 %3 的文书（%4）。"
                                                       "请换一个序号，或留空由本机构的年度编号自动取号。")
                               .arg(number.seq)
                               .arg(number.year)
                               .arg(held.value()->caseId, held.value()->kind));
    }
    Statement insert =
        db.prepare("INSERT INTO document_numbers(pattern, year, seq, case_id, kind) VALUES(?, ?, ?, ?, ?)");
    insert.bind(1, number.pattern)
        .bind(2, number.year)
        .bind(3, number.seq)
        .bind(4, number.caseId)
        .bind(5, number.kind);
    if (!insert.run())
        return dbError(db);
    return Error::ok();
}

} // namespace casetrack
