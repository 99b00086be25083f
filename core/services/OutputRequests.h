#pragma once

// What a front end asks of the one print and export path (Session, SessionDocuments.cpp and
// SessionExports.cpp). The desktop's dialogs and the CLI fill these in and present the outcome;
// the loading, the checks, the writing and the record of use are the service's.

#include "documents/DocumentKind.h"
#include "documents/DocumentSettings.h"
#include "documents/Documents.h"
#include "documents/ListExport.h"
#include "procedure/CaseState.h"
#include "services/StagedOutput.h"
#include "storage/DocumentNumberStore.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace casetrack {

// Why the data leaves and for whom (data-sharing rules 第二十五条, 第二十九条). The desktop
// requires both; the CLI may leave them out, and the record then says they were not stated.
struct StatedUse
{
    QString purpose;
    QString recipient;
};

// One case document.
struct DocumentRequest
{
    DocumentKind kind = DocumentKind::Decision;
    QString caseId;
    QDate asOf; // the state the document shows; today when invalid
    // Key by key over the document inputs stored with the case (the CLI's --inputs).
    QJsonObject inputOverrides;
    StatedUse use;
};

// What a document is made from, once every check has passed.
struct PreparedDocument
{
    CaseState state;
    DocumentInputs inputs;
    DocumentSettings settings; // the organs resolved for this kind and case
    // The 发文字号 it carries (also in inputs.sequence): given to the case's document when it is
    // released, in the transaction of its record. None for a kind without one or an organ
    // without a prefix.
    std::optional<DocumentNumber> number;
};

// The case list or the deadline list.
struct ListExportRequest
{
    enum class List
    {
        Cases,
        Deadlines
    };
    List list = List::Cases;
    ExportFormat format = ExportFormat::Xlsx;
    QDate asOf; // today when invalid
    // Only these cases, in this order (the desktop's filtered list); every case when unset.
    std::optional<QStringList> cases;
    // Deadlines not met yet only (what the deadline page lists), instead of every deadline.
    bool openDeadlinesOnly = false;
    // The ICS names the subjects only when the user asked for it (IcsWriter.h).
    bool includeNames = false;
    StatedUse use;
};

// A list export written but not released (Session::stageListExport, then releaseListExport).
struct StagedListExport
{
    StagedOutput file;
    QJsonObject record; // the record of use, without file, purpose and recipient
    QStringList caseIds;
    StatedUse use;
};

} // namespace casetrack
