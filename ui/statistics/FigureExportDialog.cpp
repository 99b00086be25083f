#include "statistics/FigureExportDialog.h"

#include "common/ErrorText.h"
#include "common/ExportFolder.h"
#include "common/RecentValues.h"
#include "services/Session.h"
#include "util/DateText.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>


namespace casetrack {

namespace {

QString extension(FigureExportDialog::Format format)
{
    return format == FigureExportDialog::Format::Png ? QStringLiteral("png") : QStringLiteral("xlsx");
}

} // namespace

FigureExportDialog::FigureExportDialog(Session& session, Format format, const QString& fileStem,
                                       const QJsonObject& use, Writer writer, QWidget* parent)
    : QDialog(parent), m_session(session), m_format(format), m_use(use), m_writer(std::move(writer))
{
    setObjectName(QStringLiteral("figureExportDialog"));
    setWindowTitle(format == Format::Png ? tr("导出统计图片") : tr("导出统计表格"));

    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("figureExportPath"));
    m_path->setAccessibleName(tr("保存到"));
    m_path->setText(QDir::toNativeSeparators(
        QDir(defaultExportFolder()).filePath(defaultFileName(fileStem, format, QDate::currentDate()))));
    auto* browse = new QPushButton(tr("浏览…"));
    browse->setObjectName(QStringLiteral("figureExportBrowse"));
    browse->setAutoDefault(false);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_purpose = new QLineEdit;
    m_purpose->setObjectName(QStringLiteral("figureExportPurpose"));
    m_purpose->setAccessibleName(tr("用途"));
    m_purpose->setPlaceholderText(tr("必填，如：年度工作总结"));
    m_recipient = new QLineEdit;
    m_recipient->setObjectName(QStringLiteral("figureExportRecipient"));
    m_recipient->setAccessibleName(tr("接收方"));
    m_recipient->setPlaceholderText(tr("必填，如：派驻机构综合室"));
    // What this user gave before is offered again (issue 11); both fields stay required.
    const RecentUses recent = m_session.recentUses();
    offerRecentValues(m_purpose, recent.purposes);
    offerRecentValues(m_recipient, recent.recipients);
    auto* rule = new QLabel(tr("依照数据共享规定第二十五条、第二十九条，导出统计数据须写明用途和接收方，"
                               "导出的内容和文件记入审计日志。"));
    rule->setObjectName(QStringLiteral("figureExportRule"));
    rule->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("保存到："), pathRow);
    form->addRow(rule);
    form->addRow(tr("用途："), m_purpose);
    form->addRow(tr("接收方："), m_recipient);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("figureExportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox;
    m_export = buttons->addButton(tr("导出"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("figureExportStart"));
    m_export->setDefault(true);
    buttons->addButton(tr("关闭"), QDialogButtonBox::RejectRole)
        ->setObjectName(QStringLiteral("figureExportClose"));

    connect(browse, &QPushButton::clicked, this, &FigureExportDialog::browse);
    for (QLineEdit* edit : {m_path, m_purpose, m_recipient})
        connect(edit, &QLineEdit::textChanged, this, &FigureExportDialog::updateButtons);
    connect(m_export, &QPushButton::clicked, this, &FigureExportDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(600, sizeHint().height());
    updateButtons();
    m_purpose->setFocus();
}

QString FigureExportDialog::defaultFileName(const QString& stem, Format format, const QDate& date)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString name = tr("%1-%2").arg(stem, chineseDate(date));
    name.replace(unsafe, QStringLiteral("-"));
    return name + QLatin1Char('.') + extension(format);
}

bool FigureExportDialog::canExport() const
{
    return !m_path->text().trimmed().isEmpty() && !m_purpose->text().trimmed().isEmpty() &&
           !m_recipient->text().trimmed().isEmpty();
}

void FigureExportDialog::updateButtons()
{
    m_export->setEnabled(canExport());
}

QString FigureExportDialog::statusText() const
{
    return m_status->text();
}

void FigureExportDialog::browse()
{
    const QString id = extension(m_format);
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(),
                                                        tr("%1 文件 (*.%2)").arg(id.toUpper(), id));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void FigureExportDialog::fail(const QString& message)
{
    m_status->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_status->setText(message);
}

void FigureExportDialog::startExport()
{
    if (!canExport())
        return;
    QString path = QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).absoluteFilePath();
    if (QFileInfo(path).suffix().compare(extension(m_format), Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + extension(m_format);
    if (const Error folder = makeFolderFor(path); folder.isError())
        return fail(errorText(folder));
    // A hidden 0600 name in the target folder (StagedOutput): nothing readable by others, nothing
    // in /tmp, and the file the user asked for appears only once its use is on the record.
    Result<StagedOutput> staged = StagedOutput::beside(path);
    if (!staged.ok())
        return fail(errorText(staged.error()));
    if (const Error written = m_writer(staged->path()); written.isError())
        return fail(errorText(written)); // `staged` removes what was written
    QJsonObject use = m_use;
    use.insert(QStringLiteral("format"), extension(m_format));
    if (const Error released = m_session.releaseOutput(staged.value(), QStringLiteral("export"), use,
                                                       {m_purpose->text(), m_recipient->text()});
        released.isError())
        return fail(errorText(released));
    m_status->setStyleSheet(QString());
    m_status->setText(tr("已导出到 %1。").arg(QDir::toNativeSeparators(path)));
    emit exported(path);
}

} // namespace casetrack
