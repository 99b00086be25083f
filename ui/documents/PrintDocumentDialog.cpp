#include "documents/PrintDocumentDialog.h"

#include "common/ArticleText.h"
#include "common/ErrorText.h"
#include "common/ExportFolder.h"
#include "common/RecentValues.h"
#include "documents/DocumentInputsDialog.h"
#include "documents/DocumentPreviewDialog.h"
#include "services/Session.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace casetrack {

namespace {

// The sheet is the page: paintLaidOutPage places everything in millimetres from the paper's
// corner, so the printer must not add its own margins.
void prepareA4(QPrinter& printer)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

} // namespace

PrintDocumentDialog::PrintDocumentDialog(Session& session, const CaseState& state, QWidget* parent)
    : QDialog(parent), m_session(session), m_state(state)
{
    setObjectName(QStringLiteral("printDocumentDialog"));
    setWindowTitle(tr("打印文书 — %1").arg(state.facts.subject.name));

    auto* choicesBox = new QWidget;
    m_choices = new QButtonGroup(this);
    buildDocumentChoices(choicesBox);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("documentChoices"));
    scroll->setWidget(choicesBox);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* documents = new QGroupBox(tr("文书"));
    (new QVBoxLayout(documents))->addWidget(scroll);

    m_purpose = new QLineEdit;
    m_purpose->setObjectName(QStringLiteral("printPurpose"));
    m_purpose->setAccessibleName(tr("用途"));
    m_purpose->setPlaceholderText(tr("必填，如：报送备案"));
    m_recipient = new QLineEdit;
    m_recipient->setObjectName(QStringLiteral("printRecipient"));
    m_recipient->setAccessibleName(tr("接收方"));
    m_recipient->setPlaceholderText(tr("必填，如：中央组织部干部监督局"));
    // What this user gave before is offered again (issue 11); both fields stay required.
    const RecentUses recent = m_session.recentUses();
    offerRecentValues(m_purpose, recent.purposes);
    offerRecentValues(m_recipient, recent.recipients);
    auto* use = new QGroupBox(tr("用途和接收方"));
    auto* useForm = new QFormLayout(use);
    auto* rule =
        new QLabel(tr("依照数据共享规定第二十五条、第二十九条，打印或导出案件信息须写明用途和接收方，"
                      "并记入审计日志。"));
    rule->setObjectName(QStringLiteral("printRule"));
    rule->setWordWrap(true);
    useForm->addRow(rule);
    useForm->addRow(tr("用途："), m_purpose);
    useForm->addRow(tr("接收方："), m_recipient);

    // Said up front, so a user is not surprised by a substitute face on paper.
    const FontReport fonts = FontSet::resolve().report();
    m_fonts = new QLabel;
    m_fonts->setObjectName(QStringLiteral("fontReport"));
    m_fonts->setWordWrap(true);
    // One wrapped line: the list of five roles would crowd out the documents.
    m_fonts->setText(tr("本机未安装国家标准规定的部分字体，将以替代字体排版。%1")
                         .arg(fonts.summary().replace(QLatin1Char('\n'), tr("；"))));
    m_fonts->setVisible(!fonts.allStandard());
    m_fonts->setStyleSheet(QStringLiteral("color: #8d6e63"));

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("printStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* inputs = new QPushButton(tr("文书信息…"));
    inputs->setObjectName(QStringLiteral("printEditInputs"));
    inputs->setToolTip(tr("违纪事实、处分依据、发文序号、主送、抄送和宣布记录"));
    m_preview = new QPushButton(tr("打印预览…"));
    m_preview->setObjectName(QStringLiteral("printPreview"));
    m_print = new QPushButton(tr("打印…"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_pdf = new QPushButton(tr("另存为 PDF…"));
    m_pdf->setObjectName(QStringLiteral("savePdf"));
    m_odt = new QPushButton(tr("另存为 ODT…"));
    m_odt->setObjectName(QStringLiteral("saveOdt"));
    m_odt->setToolTip(tr("可在 WPS 或 LibreOffice 中编辑；仅用于决定、通报和函。"));
    m_docx = new QPushButton(tr("另存为 DOCX…"));
    m_docx->setObjectName(QStringLiteral("saveDocx"));
    m_docx->setToolTip(tr("可在 Word 或 WPS 中编辑；仅用于决定、通报和函。"));
    auto* close = new QPushButton(tr("关闭"));
    close->setObjectName(QStringLiteral("printClose"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(inputs);
    buttons->addStretch();
    for (QPushButton* b : {m_preview, m_print, m_pdf, m_odt, m_docx, close}) {
        b->setAutoDefault(false);
        b->setAccessibleName(b->text());
        buttons->addWidget(b);
    }

    connect(m_choices, &QButtonGroup::idClicked, this, [this](int id) {
        m_kind = DocumentKind(id);
        m_hasChoice = true;
        m_status->clear();
        updateButtons();
    });
    connect(m_purpose, &QLineEdit::textChanged, this, &PrintDocumentDialog::updateButtons);
    connect(m_recipient, &QLineEdit::textChanged, this, &PrintDocumentDialog::updateButtons);
    connect(inputs, &QPushButton::clicked, this, [this] {
        auto* dialog = new DocumentInputsDialog(m_session, m_state.id, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_preview, &QPushButton::clicked, this, &PrintDocumentDialog::preview);
    connect(m_print, &QPushButton::clicked, this, &PrintDocumentDialog::print);
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseAndSave(OutputFormat::Pdf); });
    connect(m_odt, &QPushButton::clicked, this, [this] { chooseAndSave(OutputFormat::Odt); });
    connect(m_docx, &QPushButton::clicked, this, [this] { chooseAndSave(OutputFormat::Docx); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(documents, 1);
    layout->addWidget(use);
    layout->addWidget(m_fonts);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(860, 740);

    m_chooser = [this](const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(this, tr("保存文书"), suggested, filter);
    };
    // The decision when the case has one, else the first document it has reached.
    if (!selectDocument(DocumentKind::Decision))
        for (DocumentKind kind : documentKindsForCase(m_state))
            if (selectDocument(kind))
                break;
    updateButtons();
}

void PrintDocumentDialog::buildDocumentChoices(QWidget* box)
{
    auto* grid = new QGridLayout(box);
    grid->setColumnStretch(2, 1);
    int row = 0;
    // Only the kinds true of this case's track and facts are offered (documentKindsForCase).
    for (DocumentKind kind : documentKindsForCase(m_state)) {
        const QString id = documentKindId(kind);
        // Building the model is cheap (no layout, no fonts); its refusal names the article. A
        // document the case has reached but whose content is missing stays selectable and says
        // what to fill in ("文书信息…"); printing it is refused until then.
        const Result<PreparedDocument> prepared = m_session.prepareDocument(request(kind));
        Result<Document> built =
            prepared.ok() ? buildCaseDocument(kind, prepared->state, prepared->inputs, prepared->settings)
                          : Result<Document>(prepared.error());
        const bool reached = !checkDocumentApplies(kind, m_state).isError();
        auto* radio = new QRadioButton(documentKindName(kind));
        radio->setObjectName(QStringLiteral("document_") + id);
        radio->setAccessibleName(documentKindName(kind));
        auto* article = new QLabel(localizeArticles(documentKindArticle(kind)));
        article->setObjectName(QStringLiteral("documentArticle_") + id);
        auto* note = new QLabel;
        note->setObjectName(QStringLiteral("documentNote_") + id);
        note->setWordWrap(true);
        if (built.ok()) {
            note->setText(isLetterDocument(kind) ? tr("可打印，可另存为 PDF 或 ODT")
                                                 : tr("可打印，可另存为 PDF"));
            note->setStyleSheet(QStringLiteral("color: palette(placeholder-text)"));
        } else if (reached) {
            note->setText(errorText(built.error()));
            note->setStyleSheet(QStringLiteral("color: #b71c1c"));
        } else {
            radio->setEnabled(false);
            const QString refusal = errorText(built.error());
            m_refusals.insert(int(kind), refusal);
            note->setText(refusal);
            note->setStyleSheet(QStringLiteral("color: #8d6e63"));
        }
        m_choices->addButton(radio, int(kind));
        grid->addWidget(radio, row, 0, Qt::AlignTop);
        grid->addWidget(article, row, 1, Qt::AlignTop);
        grid->addWidget(note, row, 2, Qt::AlignTop);
        ++row;
    }
    grid->setRowStretch(row, 1);
}

bool PrintDocumentDialog::selectDocument(DocumentKind kind)
{
    QAbstractButton* radio = m_choices->button(int(kind));
    if (!radio || !radio->isEnabled())
        return false;
    radio->setChecked(true);
    m_kind = kind;
    m_hasChoice = true;
    updateButtons();
    return true;
}

bool PrintDocumentDialog::canOutput() const
{
    return m_hasChoice && !m_refusals.contains(int(m_kind)) && !m_purpose->text().trimmed().isEmpty() &&
           !m_recipient->text().trimmed().isEmpty();
}

void PrintDocumentDialog::updateButtons()
{
    const bool ok = canOutput();
    m_preview->setEnabled(ok);
    m_print->setEnabled(ok);
    m_pdf->setEnabled(ok);
    m_odt->setEnabled(ok && isLetterDocument(m_kind));
    m_docx->setEnabled(ok && isLetterDocument(m_kind));
}

QString PrintDocumentDialog::statusText() const
{
    return m_status->text();
}

DocumentRequest PrintDocumentDialog::request(DocumentKind kind) const
{
    // The texts are read by the service each time: the user may have edited them since.
    StatedUse use;
    if (m_purpose && m_recipient)
        use = {m_purpose->text(), m_recipient->text()};
    return {kind, m_state.id, m_state.asOf, {}, use};
}

QString PrintDocumentDialog::suggestedPath(const QString& suffix) const
{
    const QString dir = defaultExportFolder();
    QString name = tr("%1-%2").arg(documentKindName(m_kind), m_state.facts.subject.name);
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QDir(dir).filePath(name + QLatin1Char('.') + suffix);
}

void PrintDocumentDialog::showError(const Error& error)
{
    m_status->setText(errorText(error));
    m_status->setStyleSheet(QStringLiteral("color: #b71c1c"));
}

bool PrintDocumentDialog::saveAs(OutputFormat format, const QString& path)
{
    if (!canOutput() || path.isEmpty())
        return false;
    if (const Error folder = makeFolderFor(path); folder.isError()) {
        showError(folder);
        return false;
    }
    Result<RenderedDocument> r = m_session.saveDocument(request(m_kind), format, path);
    if (!r.ok()) {
        showError(r.error());
        return false;
    }
    const QString file = r->path;
    m_status->setStyleSheet(QString());
    QString text = format == OutputFormat::Pdf
                       ? tr("已保存 %1（%2 页）。").arg(QDir::toNativeSeparators(file)).arg(r->pages)
                       : tr("已保存 %1。").arg(QDir::toNativeSeparators(file));
    if (format == OutputFormat::Pdf && !r->fonts.allStandard())
        text += QLatin1Char('\n') +
                tr("替代字体：%1").arg(r->fonts.summary().replace(QLatin1Char('\n'), tr("；")));
    m_status->setText(text);
    emit documentWritten(file);
    return true;
}

void PrintDocumentDialog::chooseAndSave(OutputFormat format)
{
    const bool pdf = format == OutputFormat::Pdf;
    const bool docx = format == OutputFormat::Docx;
    const QString path = m_chooser(suggestedPath(pdf    ? QStringLiteral("pdf")
                                                 : docx ? QStringLiteral("docx")
                                                        : QStringLiteral("odt")),
                                   pdf    ? tr("PDF 文件 (*.pdf)")
                                   : docx ? tr("Word 文档 (*.docx)")
                                          : tr("ODT 文档 (*.odt)"));
    if (!path.isEmpty())
        saveAs(format, path);
}

bool PrintDocumentDialog::paint(QPrinter& printer, const LaidOutDocument& laid)
{
    prepareA4(printer);
    QPainter painter;
    if (!painter.begin(&printer)) {
        showError(Error::make(ErrorCode::Unavailable, tr("无法开始打印。")));
        return false;
    }
    const qreal dotsPerMm = printer.resolution() / 25.4;
    for (int page = 0; page < laid.pages.size(); ++page) {
        if (page > 0)
            printer.newPage();
        paintLaidOutPage(painter, laid, page, dotsPerMm);
    }
    return painter.end();
}

bool PrintDocumentDialog::paintPreview(QPrinter& printer)
{
    if (!canOutput())
        return false;
    Result<LaidOutDocument> laid = m_session.previewDocument(request(m_kind));
    if (!laid.ok()) {
        showError(laid.error());
        return false;
    }
    return paint(printer, laid.value());
}

bool PrintDocumentDialog::printTo(QPrinter& printer)
{
    if (!canOutput())
        return false;
    const QString target = printer.outputFileName().isEmpty()
                               ? printer.printerName()
                               : QFileInfo(printer.outputFileName()).absoluteFilePath();
    Result<LaidOutDocument> laid = m_session.documentForPrinter(request(m_kind), target);
    if (!laid.ok()) {
        showError(laid.error());
        return false;
    }
    if (!paint(printer, laid.value())) {
        // Recorded already: the record says it was sent, the user sees that it failed.
        showError(Error::make(ErrorCode::Unavailable, tr("打印未能完成：%1。请检查打印机后重试。").arg(target)));
        return false;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("已送打印：%1，共 %2 页。").arg(target).arg(laid->pages.size()));
    return true;
}

void PrintDocumentDialog::preview()
{
    // Our own preview window: its print button goes through print(), so the record comes first
    // (Qt's preview dialog prints first and would leave the record to after the paper).
    DocumentPreviewDialog dialog(documentKindName(m_kind), this);
    connect(&dialog, &DocumentPreviewDialog::paintRequested, this,
            [this](QPrinter* printer) { paintPreview(*printer); });
    if (dialog.exec() == DocumentPreviewDialog::PrintRequested)
        print();
}

void PrintDocumentDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    prepareA4(printer);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("打印 %1").arg(documentKindName(m_kind)));
    if (dialog.exec() == QDialog::Accepted)
        printTo(printer);
}

} // namespace casetrack
