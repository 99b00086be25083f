#pragma once

#include "accounts/Account.h"
#include "audit/AuditRecord.h"
#include "calendar/HolidayCalendar.h"
#include "crypto/KdfParams.h"
#include "procedure/CaseDigest.h"
#include "procedure/CaseRecord.h"
#include "procedure/EngineSettings.h"
#include "procedure/Organization.h"
#include "services/IdleLockPolicy.h"
#include "services/OutputRequests.h"
#include "storage/CaseMaterial.h"
#include "storage/RecentEvents.h"
#include "storage/RecentUses.h"
#include "util/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace casetrack {

class Database;
class DatabaseLock;
class SecureBytes;

// An unlocked CaseTrack database, used by one account. Every change goes through here, and each
// one appends its audit record in the same transaction as the change itself (the one path of
// the foundation issue). Destroying the session closes the file and wipes the key from memory.
class Session
{
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // Creates a new database with one administrator. Refuses an existing file (Unavailable).
    // `recoveryKey` receives the text of the recovery sheet's key (see docs/security.md).
    static Result<std::unique_ptr<Session>> create(const QString& path, const QString& adminName,
                                                   const QString& password, KdfProfile profile,
                                                   QString* recoveryKey);
    // Unlocks with an account's password. Auth for a wrong password or unknown user (the
    // database file is left byte-for-byte unchanged); Unavailable for a missing, foreign,
    // corrupt or (ReadWrite) locked file.
    static Result<std::unique_ptr<Session>> open(const QString& path, const QString& userName,
                                                 const QString& password, Access access = Access::ReadWrite);
    // Unlocks with the recovery key as the first active administrator, to reset a password.
    static Result<std::unique_ptr<Session>> openWithRecoveryKey(const QString& path,
                                                                const QString& recoveryKey);
    // The account names that can unlock the file (read without the key, for the unlock dialog).
    static QStringList accountNames(const QString& path);
    // The default database location: <AppDataLocation>/casetrack.db.
    static QString defaultPath();

    QString path() const;
    // Made with the tests-only `fast` key derivation: every front end warns when it opens one.
    bool usesTestKdf() const;
    const Account& account() const;
    bool mayDo(Action action) const;

    // --- Cases -----------------------------------------------------------------------------
    Result<QString> addCase(const CaseFacts& facts);
    Result<CaseRecord> loadCase(const QString& caseId) const;
    QList<CaseRecord> loadAllCases() const;
    int caseCount() const;
    // Checks the step with the procedure engine (refusals name their article), then appends it.
    // `event.seq`, recordedBy and recordedAt are filled in here.
    Result<Event> recordEvent(const QString& caseId, Event event);
    // Corrects case facts (procedure.md "Fact corrections"): `patch` holds only the keys to change
    // (a nested `subject` is merged). Invalid for bad or contradictory facts or an empty reason;
    // Refused, naming the steps, when the history replayed under the new facts would break. On
    // success the facts are updated and a `facts_corrected` event is appended, audited, in one
    // transaction.
    Error correctFacts(const QString& caseId, const QJsonObject& patch, const QString& reason);
    // The texts a user writes for a case's documents (违纪事实 paragraphs, number, ...; keys of
    // documents/DocumentInputsJson.h). Kept in the encrypted database, audited.
    QJsonObject caseDocumentInputs(const QString& caseId) const;
    Error setCaseDocumentInputs(const QString& caseId, const QJsonObject& inputs);

    // --- Case materials (issue 12; SessionMaterials.cpp) --------------------------------------
    // What a front end hands over to attach a file; the name is sanitized here.
    struct MaterialInput
    {
        QString type; // one of materialTypeIds()
        QDate date;   // the material's own date; not after today
        QString description;
        QString fileName;
        QByteArray content; // at most kMaxMaterialBytes, not empty
    };
    // Attaches a file to a case (AttachMaterial): Invalid, naming what is wrong, for an unknown
    // type, a date after today, control characters or an over-long description, an empty file or
    // one above the limit; nothing is written then. Audited as "material.add" with the content's
    // SHA-256, in the same transaction as the row.
    Result<CaseMaterial> attachMaterial(const QString& caseId, const MaterialInput& input);
    // A case's materials (metadata, no content), by id; removed ones only with `includeRemoved`.
    // Not audited here: the front end records the view of the case that shows them.
    Result<QList<CaseMaterial>> caseMaterials(const QString& caseId, bool includeRemoved = false) const;
    // One material's metadata; Invalid when there is none.
    Result<CaseMaterial> material(qint64 id) const;
    // The content, to show: checked against its hash (Tampered when it differs), then the view is
    // recorded ("view.material"); nothing is returned when the record cannot be written.
    // Refused for a removed material.
    Result<QByteArray> openMaterial(qint64 id);
    // Writes the content to `path` (0600, replacing a file the user chose to replace) for
    // `recipient` and `purpose` (both required, single-line). The export is recorded before the
    // file is written ("export", with the hash, purpose and recipient).
    Error exportMaterial(qint64 id, const QString& path, const QString& purpose, const QString& recipient);
    // Records a material's removal (RemoveMaterial) with a reason ("material.remove"): it leaves the
    // lists, and its row and content stay in the file (docs/security.md).
    Error removeMaterial(qint64 id, const QString& reason);

    // --- Case summaries (issue 13; storage/SummaryStore.h) ------------------------------------
    // Every case's summary row, ordered by id: what the lists show, without reading histories.
    // Written with every change of a case; check readFailure() before showing them.
    QList<CaseDigest> caseSummaries() const;
    // The same rows read on `threads` threads at once, for the desktop's list at 100,000 cases:
    // each thread on a read-only connection of its own, every connection in the same snapshot of
    // the file (a commit between their starts means starting again; after three tries, one
    // thread). The cases are cut into parts, ranges of case ids that the threads take in turn, so
    // that a slow thread holds up the rest by one part at most. `begin(count, parts)` runs first,
    // on the calling thread; then `each(part, position, digest)` once per case, on the thread
    // reading its part, with the case's position among all cases in id order (a part's positions
    // are consecutive, part 0's the first), and `done(part)` on that thread after the part's last
    // row. A read failure, or summaries that do not cover the cases one to one, is the error
    // returned (and nothing of what `each` received may be shown).
    Error readSummaries(int threads, const std::function<void(qsizetype count, int parts)>& begin,
                        const std::function<void(int part, qsizetype position, CaseDigest&& digest)>& each,
                        const std::function<void(int part)>& done = {}) const;
    // Called with how far it is (cases done, of all) while a change rewrites every case's summary
    // (the engine settings, the calendar, a repair: seconds at 100,000 cases), on the thread that
    // makes the change. Empty: not told.
    void setRebuildProgress(std::function<void(qsizetype done, qsizetype total)> progress);
    // One case's summary row; Invalid when there is no such case.
    Result<CaseDigest> caseSummary(const QString& caseId) const;
    // `check`: every summary row against the full derivation of its case. The ids of the cases
    // whose row is missing or differs, and of rows without a case, go to `mismatched`. With
    // `repair`, any mismatch is then repaired: every row rebuilt from the events, in one
    // audited transaction ("case_summaries.repair"; needs a read-write session). `checked`
    // receives the number of cases compared.
    Error checkSummaries(bool repair, QStringList* mismatched, int* checked = nullptr);
    // The start page's recent activity: the `limit` latest recorded steps of all cases, newest
    // first (storage/RecentEvents.h). Every role may view cases, so every role may read them.
    QList<RecentEvent> recentEvents(int limit) const;
    // The purposes and recipients this account gave its recent prints and exports, newest
    // first (storage/RecentUses.h): offered again by the desktop's dialogs. Empty on a read
    // failure (the dialogs then offer nothing; the failure shows where the data is read).
    RecentUses recentUses(int limit = 10) const;

    // --- Settings and calendar -------------------------------------------------------------
    EngineSettings engineSettings() const;
    Error setEngineSettings(const EngineSettings& settings);
    HolidayCalendar calendar() const;
    Error importCalendar(const QByteArray& holidayCnJson, int* importedYear = nullptr);
    Error setCalendarDay(const CalendarDay& day);
    Error removeCalendarDay(const QDate& date);
    // Other stored settings by key (e.g. "documents": unit names, number pattern). Audited.
    QJsonObject setting(const QString& key) const;
    Error setSetting(const QString& key, const QJsonObject& value);
    // The idle lock for every desktop (services/IdleLockPolicy.h). Setting it needs the right to
    // change settings; minutes outside [1, 240] are refused (Invalid) and change nothing.
    IdleLockPolicy idleLockPolicy() const;
    Error setIdleLockMaxMinutes(int minutes);

    // --- Organizations (issue 11; cli.md `org add` / `org list`) ----------------------------
    Result<QList<Organization>> organizations() const;
    // Adds an organ (ChangeSettings); audited as "organization.add". Returns it with its id.
    Result<Organization> addOrganization(const Organization& organization);
    // Corrects an organ's names, document-number prefix and printing office, or makes it the
    // default of its kind (ChangeSettings); audited as "organization.update" with before and
    // after. Its kind and id stay.
    Error updateOrganization(const Organization& organization);

    // --- Accounts --------------------------------------------------------------------------
    QList<Account> accounts() const;
    // Empty, or too easy to guess (zxcvbn below kMinimumPasswordScore, docs/security.md): an
    // Invalid error whose message says why. Every call below that sets a password checks it;
    // a front end may call it as the user types.
    static Error checkNewPassword(const QString& password, const QString& userName);
    Error addAccount(const QString& name, Role role, const QString& password);
    Error changeOwnPassword(const QString& oldPassword, const QString& newPassword);
    Error resetPassword(const QString& name, const QString& newPassword);
    Error setAccountActive(const QString& name, bool active);
    // Re-keys the database (administrators; docs/security.md): a new random database key,
    // `PRAGMA rekey`, the caller's slot re-wrapped under `ownPassword`, the new key sealed to
    // every other active account (taken over at its next unlock), the slots of deactivated
    // accounts removed. Returns the new recovery key, to be shown once; the old key file, the
    // old recovery key and removed accounts' passwords open nothing afterwards.
    Result<QString> rekey(const QString& ownPassword, QStringList* removedAccounts = nullptr);

    // --- Prints and exports (SessionOutput.cpp, SessionDocuments.cpp, SessionExports.cpp) ----
    // The one path of every document and list that leaves the program, for the desktop and the
    // CLI alike: check, load, derive, write under a hidden name, record the use, and only then
    // release the file (StagedOutput). A failed record means no file and no print job.

    // Loads and derives the case as of `request.asOf`, merges the stored document inputs with the
    // overrides, checks that the document applies (Refused, naming the article) and resolves the
    // organs from the registry and the document settings. Nothing is recorded or written.
    // Unreadable stored document settings or inputs are an error (Unavailable), never defaults.
    Result<PreparedDocument> prepareDocument(const DocumentRequest& request) const;
    // The document laid out on its pages, for a preview on screen (not recorded: nothing leaves).
    Result<LaidOutDocument> previewDocument(const DocumentRequest& request) const;
    // Writes the document to `path` (PDF, ODT or DOCX), recorded as "print" before it is released.
    Result<RenderedDocument> saveDocument(const DocumentRequest& request, OutputFormat format,
                                          const QString& path);
    // Records the print to `printer` (its name, or the file a print-to-file writes) and returns
    // the laid-out pages to paint: the record comes before the paper.
    Result<LaidOutDocument> documentForPrinter(const DocumentRequest& request, const QString& printer);

    // Reads and derives the cases and writes the list under a hidden name beside `path`; safe to
    // call from a worker thread (reads only). Unavailable when any record could not be read.
    Result<StagedListExport> stageListExport(const ListExportRequest& request, const QString& path) const;
    // Records the export ("export": which list, which cases, format, date, purpose, recipient) and
    // releases the file. Call on the thread that owns the session.
    Error releaseListExport(StagedListExport& staged);
    // Both, for a caller that need not keep its thread free. Returns the cases exported.
    Result<QStringList> exportList(const ListExportRequest& request, const QString& path);

    // Records `record` (plus the destination, purpose and recipient) as `action` and releases the
    // staged file; on a failed record the file is removed. Every written print and export ends here.
    // `alsoWrite` runs in the record's transaction (a print's document number).
    Error releaseOutput(StagedOutput& staged, const QString& action, QJsonObject record, const StatedUse& use,
                        const std::function<Error()>& alsoWrite = {});

    // --- Audit -----------------------------------------------------------------------------
    QList<AuditRecord> auditRecords(int offset = 0, int limit = -1) const;
    AuditVerification verifyAudit() const;
    // Records a use of the data that changes nothing (print, export): what, which cases, format,
    // purpose and recipient (data-sharing rules 第二十五条, 第二十九条). Same path as recordAccess.
    Error recordUse(const QString& action, const QJsonObject& details);
    // Appends an access record (who, what, when) before the data is shown: "view.case",
    // "view.list", "view.deadlines". Works in read-only sessions and while another program
    // holds the write lock: it waits (up to 5 s) only for SQLite's own write lock, which a
    // writer holds for the milliseconds of one transaction. When it cannot be written the data
    // is not shown (Unavailable).
    Error recordAccess(const QString& action, const QString& target, const QJsonObject& details = {});
    // The actions that recordAccess and recordUse write: `audit list --kind access`.
    static bool isAccessAction(const QString& action);
    // The desktop's sign-in and lock, on the record ("session.sign_in", "session.lock"): who,
    // when, and for a lock why (idle after how many minutes, by hand, or with the system's lock or
    // sleep). No password and no
    // case data. Failed attempts are in the key slot's counter until the next unlock, which
    // records them ("account.failed_unlocks"). A recovery-key session signs nothing and records
    // neither (docs/security.md).
    enum class LockReason
    {
        Manual,
        Idle,
        System // the desktop session locked or the computer went to sleep
    };
    Error recordSignIn();
    Error recordLock(LockReason reason, int idleMinutes = 0);

    // `check`: every page (quick_check), then every case, event, account, setting, calendar day
    // and audit record read and parsed. Ok, or Unavailable naming the file and what failed;
    // `checked` receives how many of each were read.
    Error checkFiles(QJsonObject* checked = nullptr);
    // Only the first part of checkFiles: every page of the file readable (quick_check).
    Error checkPages();

    // --- Backups (SessionBackup.cpp) ---------------------------------------------------------
    // A verified, encrypted copy: `out` (a new file, same key) and its key file beside it, both
    // 0600; then the copy is opened and checked (every page, every record, the audit chain).
    // The backup is recorded in the audit trail. Refuses to overwrite.
    Error backupTo(const QString& out, QJsonObject* report = nullptr);
    // backupTo() into `folder` as "<name>-YYYYMMDD-HHMMSS.db", then removes all but the `keep`
    // newest such backups (the desktop calls it on close).
    Error automaticBackup(const QString& folder, int keep);
    // Replaces the database at `path` by the backup `from`, opened with `user`/`password` (an
    // active administrator in the backup). The backup is checked first (every page and record:
    // Unavailable when damaged; the audit chain: Tampered) and nothing is replaced when it
    // fails. The replaced files are kept as "<path>.before-restore" (+ -wal, .keys). The
    // restore is recorded in the restored database's audit trail.
    static Result<std::unique_ptr<Session>> restore(const QString& path, const QString& from,
                                                    const QString& user, const QString& password);

    // The first read that failed since the file was opened (damage, an I/O error, a busy file):
    // what any list or value read since then is missing. Checked before showing anything; every
    // change is refused once it is set.
    Error readFailure() const;

    // The raw handle for the storage layer and the benchmark; not for the UI.
    Database& database();

private:
    // The 发文字号 of a prepared document (PreparedDocument::number): the number typed in the
    // inputs (Refused when another document holds it), else the one this case's document of
    // this kind was given before, else the next of its organ's pattern in the issue year.
    Error numberDocument(const DocumentRequest& request, PreparedDocument* prepared) const;
    // Gives the prepared document its number (nothing when it has none); inside the transaction of
    // its "print" record, so that two prints racing for one number cannot both be released.
    Error giveNumber(const PreparedDocument& prepared);

    Session();
    // Opens the file with an already unwrapped key; shared by password and recovery unlock.
    static Result<std::unique_ptr<Session>> openWithKey(const QString& path, SecureBytes&& key,
                                                        const QString& userName, Access access);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace casetrack
