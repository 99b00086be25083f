#pragma once

#include "util/Error.h"

#include <QDate>
#include <QList>
#include <QString>

namespace casetrack {

enum class ExportFormat
{
    Xlsx,
    Csv,
    Ics,
    Pdf
};

// "xlsx", "csv", "ics", "pdf" (the CLI's --format) and back.
QString exportFormatId(ExportFormat format);
bool exportFormatFromId(const QString& id, ExportFormat* out);

// One line of the case list. Plain values, so the CLI, the UI and the bench can fill them from
// case states (caseRowOf in CaseRows.h) or from anything else.
struct CaseRow
{
    QString id;
    QString subjectName;
    QString unit;
    QString position;
    QString track; // display name
    QString stage; // display name
    bool closed = false;
    QDate filedOn;
    QString sanction; // display name of the decision's sanction, empty before a decision
    QDate decidedOn;
    QDate effectiveOn;
    QString nextDeadline; // label of the earliest open deadline
    QDate nextDue;
    int overdue = 0; // number of overdue deadlines
};

// One deadline of one case.
struct DeadlineRow
{
    QString caseId;
    QString subjectName;
    QString kind;    // announce, record_filing, or a user's rule id
    QString label;   // 宣布党纪处分决定, ...
    QString article; // 第十条, ...; empty for a user's rule
    QDate from;
    QDate due;
    QDate nominalDue;
    QString status;   // display text
    QString statusId; // open, due_soon, overdue, met, met_late
    QDate metOn;
    QString explain;
};

// Writes the list. XLSX: one sheet, Chinese headers, frozen header row, autofilter, dates as
// Excel dates (yyyy-mm-dd) and counts as numbers; written in libxlsxwriter's constant-memory mode
// so 100,000 rows need little memory. CSV: UTF-8 with a BOM (so Excel shows Chinese), CRLF
// records, RFC 4180 quoting. PDF: a GB/T 9704 page with a table. ICS is only for deadlines
// (RFC 5545, one all-day VEVENT per deadline); for cases it is an Invalid error.
Error exportCaseRows(const QList<CaseRow>& rows, ExportFormat format, const QString& path);
// `includeNames`: the ICS names the subjects only when the user asked for it (IcsWriter.h).
Error exportDeadlineRows(const QList<DeadlineRow>& rows, ExportFormat format, const QString& path,
                         bool includeNames = false);

} // namespace casetrack
