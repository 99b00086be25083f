#include "documents/ExportDialog.h"

#include "common/ErrorText.h"
#include "common/ExportFolder.h"
#include "common/RecentValues.h"
#include "documents/CaseRows.h"
#include "documents/Documents.h"
#include "procedure/ProcedureEngine.h"
#include "services/Session.h"
#include "util/DateText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace casetrack {

ExportDialog::ExportDialog(Session& session, List list, const QStringList& shownCaseIds, QWidget* parent)
    : QDialog(parent), m_session(session), m_list(list), m_shown(shownCaseIds)
{
    setObjectName(QStringLiteral("exportDialog"));
    const bool cases = list == List::Cases;
    setWindowTitle(cases ? tr("导出案件清单") : tr("导出期限清单"));

    m_onlyShown = new QRadioButton(cases ? tr("当前列表显示的 %1 件案件（按筛选条件）").arg(m_shown.size())
                                         : tr("未完成的期限（%1 件案件，即期限页所列）").arg(m_shown.size()));
    m_onlyShown->setObjectName(QStringLiteral("exportShown"));
    m_all = new QRadioButton(cases ? tr("全部 %1 件案件").arg(session.caseCount())
                                   : tr("全部案件的全部期限（含已完成的）"));
    m_all->setObjectName(QStringLiteral("exportAll"));
    m_onlyShown->setChecked(true);
    auto* scope = new QGroupBox(tr("导出范围"));
    auto* scopeLayout = new QVBoxLayout(scope);
    scopeLayout->addWidget(m_onlyShown);
    scopeLayout->addWidget(m_all);

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->setAccessibleName(tr("文件格式"));
    m_format->addItem(tr("Excel 工作簿（.xlsx）"), exportFormatId(ExportFormat::Xlsx));
    m_format->addItem(tr("CSV 文本（.csv，UTF-8）"), exportFormatId(ExportFormat::Csv));
    if (!cases)
        m_format->addItem(tr("日历（.ics，可导入 Outlook、手机日历）"), exportFormatId(ExportFormat::Ics));
    m_format->addItem(tr("PDF 表格（.pdf）"), exportFormatId(ExportFormat::Pdf));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("保存到"));
    const QString dir = defaultExportFolder();
    m_path->setText(QDir::toNativeSeparators(
        QDir(dir).filePath(defaultFileName(list, ExportFormat::Xlsx, QDate::currentDate()))));
    auto* browse = new QPushButton(tr("浏览…"));
    browse->setObjectName(QStringLiteral("exportBrowse"));
    browse->setAutoDefault(false);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_purpose = new QLineEdit;
    m_purpose->setObjectName(QStringLiteral("exportPurpose"));
    m_purpose->setAccessibleName(tr("用途"));
    m_purpose->setPlaceholderText(tr("必填，如：季度案件统计"));
    m_recipient = new QLineEdit;
    m_recipient->setObjectName(QStringLiteral("exportRecipient"));
    m_recipient->setAccessibleName(tr("接收方"));
    m_recipient->setPlaceholderText(tr("必填，如：派驻机构综合室"));
    // What this user gave before is offered again (issue 11); both fields stay required.
    const RecentUses recent = m_session.recentUses();
    offerRecentValues(m_purpose, recent.purposes);
    offerRecentValues(m_recipient, recent.recipients);
    auto* rule = new QLabel(tr("依照数据共享规定第二十五条、第二十九条，导出案件信息须写明用途和接收方，"
                               "导出的内容、案件和文件记入审计日志。"));
    rule->setObjectName(QStringLiteral("exportRule"));
    rule->setWordWrap(true);

    m_includeNames = new QCheckBox(tr("日历中写入被审查调查人姓名"));
    m_includeNames->setObjectName(QStringLiteral("exportIncludeNames"));
    m_namesWarning =
        new QLabel(tr("警告：日历常同步到手机和云端账户。不勾选时，日历只含案件编号和期限种类。"));
    m_namesWarning->setObjectName(QStringLiteral("exportNamesWarning"));
    m_namesWarning->setWordWrap(true);
    m_namesWarning->setStyleSheet(QStringLiteral("color: #b71c1c"));

    auto* form = new QFormLayout;
    form->addRow(tr("格式："), m_format);
    form->addRow(m_includeNames);
    form->addRow(m_namesWarning);
    form->addRow(tr("保存到："), pathRow);
    form->addRow(rule);
    form->addRow(tr("用途："), m_purpose);
    form->addRow(tr("接收方："), m_recipient);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Own texts: the standard buttons stay English where Qt's own translations are missing.
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(tr("关闭"), QDialogButtonBox::RejectRole)
        ->setObjectName(QStringLiteral("exportClose"));
    m_export = buttons->addButton(tr("导出"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportStart"));
    m_export->setAccessibleName(tr("导出"));
    m_export->setDefault(true);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    for (QLineEdit* edit : {m_path, m_purpose, m_recipient})
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::finished);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scope);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    m_includeNames->setVisible(false); // the first format is XLSX
    m_namesWarning->setVisible(false);
    resize(640, sizeHint().height());
    updateButtons();
}

ExportDialog::~ExportDialog()
{
    // The pool thread reads through the session: it must be done before the session can go.
    m_watcher.waitForFinished();
}

QString ExportDialog::defaultFileName(List list, ExportFormat format, const QDate& date)
{
    const QString what = list == List::Cases ? tr("案件清单") : tr("期限清单");
    return tr("%1-%2").arg(what, chineseDate(date)) + QLatin1Char('.') + exportFormatId(format);
}

ExportFormat ExportDialog::format() const
{
    ExportFormat f = ExportFormat::Xlsx;
    exportFormatFromId(m_format->currentData().toString(), &f);
    return f;
}

void ExportDialog::formatChanged()
{
    // Keep the chosen folder and name; only the extension follows the format.
    const QFileInfo info(m_path->text());
    const QString base = info.completeBaseName().isEmpty()
                             ? defaultFileName(m_list, format(), QDate::currentDate())
                             : info.completeBaseName() + QLatin1Char('.') + exportFormatId(format());
    m_path->setText(QDir::toNativeSeparators(QDir(info.path()).filePath(base)));
    const bool ics = format() == ExportFormat::Ics;
    m_includeNames->setVisible(ics);
    m_namesWarning->setVisible(ics);
    if (!ics)
        m_includeNames->setChecked(false);
    updateButtons();
}

bool ExportDialog::canExport() const
{
    return !isRunning() && !m_path->text().trimmed().isEmpty() && !m_purpose->text().trimmed().isEmpty() &&
           !m_recipient->text().trimmed().isEmpty();
}

void ExportDialog::updateButtons()
{
    m_export->setEnabled(canExport());
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::browse()
{
    const QString id = exportFormatId(format());
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(),
                                                        tr("%1 文件 (*.%2)").arg(id.toUpper(), id));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void ExportDialog::startExport()
{
    if (!canExport())
        return;
    m_runningPath = QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).absoluteFilePath();
    if (const Error folder = makeFolderFor(m_runningPath); folder.isError()) {
        m_status->setStyleSheet(QStringLiteral("color: #b71c1c"));
        m_status->setText(errorText(folder));
        return;
    }
    m_running = true;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("正在导出…"));
    ListExportRequest request;
    request.list = m_list == List::Cases ? ListExportRequest::List::Cases : ListExportRequest::List::Deadlines;
    request.format = format();
    request.asOf = QDate::currentDate();
    // "Shown": the filtered list of the page, and on the deadline page only what it lists.
    if (m_onlyShown->isChecked()) {
        request.cases = m_shown;
        request.openDeadlinesOnly = m_list == List::Deadlines;
    }
    request.includeNames = request.format == ExportFormat::Ics && m_includeNames->isChecked();
    request.use = {m_purpose->text(), m_recipient->text()};
    // The service reads and writes on the pool thread (the connection is FULLMUTEX, as for the
    // case index); the record and the release come back to this thread (finished()).
    const Session* session = &m_session;
    const QString path = m_runningPath;
    m_watcher.setFuture(QtConcurrent::run([session, request, path]() -> Outcome {
        Result<StagedListExport> staged = session->stageListExport(request, path);
        if (!staged.ok())
            return {staged.error(), nullptr};
        return {Error::ok(), std::make_shared<StagedListExport>(staged.take())};
    }));
    updateButtons();
    m_progress = new QProgressDialog(tr("正在导出，请稍候…"), QString(), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(windowTitle());
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(500); // small lists finish before it would flash up
    m_progress->setAutoClose(false);
    m_progress->setValue(0);
}

void ExportDialog::finished()
{
    m_running = false;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const Outcome out = m_watcher.result();
    if (out.error.isError()) {
        m_status->setStyleSheet(QStringLiteral("color: #b71c1c"));
        m_status->setText(errorText(out.error));
        updateButtons();
        return;
    }
    if (const Error error = m_session.releaseListExport(*out.staged); error.isError()) {
        m_status->setStyleSheet(QStringLiteral("color: #b71c1c"));
        m_status->setText(errorText(error));
        updateButtons();
        return;
    }
    m_status->setText(tr("已导出 %1 件案件到 %2。")
                          .arg(out.staged->caseIds.size())
                          .arg(QDir::toNativeSeparators(m_runningPath)));
    updateButtons();
    emit exported(m_runningPath);
}

} // namespace casetrack
