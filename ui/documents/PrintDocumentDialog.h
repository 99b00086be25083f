#pragma once

#include "documents/Documents.h"
#include "procedure/CaseState.h"
#include "services/OutputRequests.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;

namespace casetrack {

class Session;

// Prints or saves one document of the current case (issue 5). Only documents the case has
// reached can be chosen; the others show the core's refusal with its article. The purpose and
// the recipient are required before anything leaves the program (data-sharing rules 第二十五条、
// 第二十九条), and each print or save is audited like the CLI's `print`.
class PrintDocumentDialog : public QDialog
{
    Q_OBJECT
public:
    // Asks for a file to write: (suggested path, name filter) → chosen path, empty to cancel.
    using FileChooser = std::function<QString(const QString& suggested, const QString& filter)>;

    PrintDocumentDialog(Session& session, const CaseState& state, QWidget* parent = nullptr);

    // Tests replace the native save dialog, which an offscreen test cannot answer.
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    bool selectDocument(DocumentKind kind);
    DocumentKind currentKind() const { return m_kind; }
    // Empty when the case has reached the document; otherwise the refusal with its article.
    QString refusalText(DocumentKind kind) const { return m_refusals.value(int(kind)); }
    bool canOutput() const;

    // Writes the current document and audits it; false (with the reason shown) on failure.
    bool saveAs(OutputFormat format, const QString& path);
    // Records the print, then paints the current document on `printer` (full page, A4): the
    // record comes before the paper (Session::documentForPrinter).
    bool printTo(QPrinter& printer);
    // Paints the current document for the preview on screen: nothing leaves, nothing is recorded.
    bool paintPreview(QPrinter& printer);
    QString statusText() const;

signals:
    void documentWritten(const QString& path);

private:
    void buildDocumentChoices(QWidget* box);
    void updateButtons();
    void chooseAndSave(OutputFormat format);
    void preview();
    void print();
    // What the service is asked for `kind` as of the state shown, with the stated use.
    DocumentRequest request(DocumentKind kind) const;
    bool paint(QPrinter& printer, const LaidOutDocument& laid);
    QString suggestedPath(const QString& suffix) const;
    void showError(const Error& error);

    Session& m_session;
    CaseState m_state;
    DocumentKind m_kind = DocumentKind::Summary;
    bool m_hasChoice = false;
    QHash<int, QString> m_refusals;
    QButtonGroup* m_choices;
    QLineEdit* m_purpose = nullptr; // built after the choices, which ask the service too
    QLineEdit* m_recipient = nullptr;
    QLabel* m_fonts;
    QLabel* m_status;
    QPushButton* m_preview;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_odt;
    QPushButton* m_docx;
    FileChooser m_chooser;
};

} // namespace casetrack
