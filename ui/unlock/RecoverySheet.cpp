#include "unlock/RecoverySheet.h"

#include "util/DateText.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace casetrack {

namespace {
struct SheetTr
{
    Q_DECLARE_TR_FUNCTIONS(RecoverySheet)
};
} // namespace

RecoverySheet::RecoverySheet(QString databasePath, QString adminName, QString recoveryKey)
    : m_path(std::move(databasePath)), m_admin(std::move(adminName)), m_key(std::move(recoveryKey))
{}

QStringList RecoverySheet::keyLines(const QString& recoveryKey)
{
    QString digits;
    for (const QChar c : recoveryKey)
        if (c.isLetterOrNumber())
            digits.append(c);
    constexpr int kGroup = 8, kGroupsPerLine = 4;
    QStringList lines;
    QStringList groups;
    for (int i = 0; i < digits.size(); i += kGroup) {
        groups.append(digits.mid(i, kGroup));
        if (groups.size() == kGroupsPerLine) {
            lines.append(groups.join(QLatin1Char(' ')));
            groups.clear();
        }
    }
    if (!groups.isEmpty())
        lines.append(groups.join(QLatin1Char(' ')));
    return lines;
}

QString RecoverySheet::html() const
{
    // One translatable paragraph per idea: translators see whole sentences, never fragments.
    QString out = QStringLiteral("<html><body style=\"font-size:12pt\">");
    out += QStringLiteral("<h1>%1</h1>").arg(SheetTr::tr("CaseTrack 数据库恢复单").toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>").arg(SheetTr::tr("数据库文件：%1").arg(m_path).toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>").arg(SheetTr::tr("管理员：%1").arg(m_admin).toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>")
               .arg(SheetTr::tr("制作日期：%1").arg(chineseDate(QDate::currentDate())).toHtmlEscaped());
    out += QStringLiteral("<h2>%1</h2>").arg(SheetTr::tr("恢复密钥").toHtmlEscaped());
    // white-space:pre: a line of four groups is never broken, let alone inside a group.
    QStringList lines;
    for (const QString& line : keyLines(m_key))
        lines.append(line.toHtmlEscaped());
    out += QStringLiteral("<p style=\"font-family:monospace; font-size:16pt; white-space:pre\">%1</p>")
               .arg(lines.join(QStringLiteral("<br>")));
    out += QStringLiteral("<p>%1</p>")
               .arg(SheetTr::tr("所有密码都遗失时，可用此密钥以管理员身份打开数据库并重设密码。"
                                "持有此页的人即可读取全部案件，请像保管涉密材料一样保管："
                                "放入保密柜，不要拍照、扫描或保存在联网计算机上。")
                        .toHtmlEscaped());
    out += QStringLiteral("</body></html>");
    return out;
}

void RecoverySheet::print(QPrinter* printer) const
{
    QTextDocument doc;
    doc.setHtml(html());
    doc.print(printer);
}

bool RecoverySheet::writePdf(const QString& fileName) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(fileName);
    printer.setPageSize(QPageSize(QPageSize::A4));
    print(&printer);
    return QFileInfo(fileName).size() > 0;
}

bool RecoverySheet::printWithDialog(QWidget* parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(SheetTr::tr("打印恢复单"));
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false); // the key is never saved to a file
    if (dialog.exec() != QDialog::Accepted)
        return false;
    print(&printer);
    return true;
}

} // namespace casetrack
