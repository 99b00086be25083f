#include "documents/DocumentTemplate.h"

#include "util/DateText.h"
#include "util/ListText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace casetrack {

namespace {

Error invalid(int line, const QString& what)
{
    return Error::make(ErrorCode::Invalid,
                       QCoreApplication::translate("Documents", "文书模板第 %1 行：%2").arg(line).arg(what));
}

// Fills {{key}}; unknown keys are collected in `unknown`.
QString fill(const QString& text, const TemplateValues& values, QStringList* unknown)
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_.\\-]+)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        auto found = values.text.constFind(key);
        if (found == values.text.constEnd())
            unknown->append(key);
        else
            out += *found;
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

QDate parseDate(const QString& text)
{
    QDate d = parseIsoDate(text);
    if (!d.isValid())
        d = QDate::fromString(text, QStringLiteral("yyyy年M月d日"));
    return d;
}

} // namespace

Result<QString> loadTemplate(DocumentKind kind, const DocumentSettings& settings)
{
    const QString name = documentKindId(kind) + QStringLiteral(".tpl");
    QString path = QStringLiteral(":/templates/") + name;
    if (!settings.templateDirectory.isEmpty()) {
        const QString own = QDir(settings.templateDirectory).filePath(name);
        if (QFile::exists(own))
            path = own;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Unavailable,
                           QCoreApplication::translate("Documents", "无法读取文书模板 %1：%2")
                               .arg(path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

Result<Document> instantiateTemplate(const QString& source, const TemplateValues& values)
{
    Document doc;
    DocumentBlock table;
    bool inTable = false;
    const QStringList lines = source.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const int lineNo = n + 1;
        QString line = lines.at(n);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        QString directive = QStringLiteral("@p");
        QString arg = trimmed;
        if (trimmed.startsWith(QLatin1Char('@'))) {
            const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
            directive = space < 0 ? trimmed : trimmed.left(space);
            arg = space < 0 ? QString() : trimmed.mid(space + 1).trimmed();
        } else if (trimmed.startsWith(QLatin1Char('|'))) {
            directive = QStringLiteral("|");
        }
        QStringList unknown;
        auto filled = [&](const QString& text) { return fill(text, values, &unknown); };

        if (inTable) {
            if (directive == QLatin1String("|")) {
                QStringList cells = trimmed.split(QLatin1Char('|'));
                cells.removeFirst();
                if (!cells.isEmpty() && cells.last().trimmed().isEmpty())
                    cells.removeLast();
                for (QString& c : cells)
                    c = filled(c.trimmed());
                table.table.rows << cells;
            } else if (directive == QLatin1String("@rows")) {
                table.table.rows << values.lists.value(arg);
                if (!values.lists.contains(arg))
                    unknown << arg;
            } else if (directive == QLatin1String("@end")) {
                doc.body << table;
                inTable = false;
            } else {
                return invalid(lineNo,
                               QCoreApplication::translate("Documents", "表格中只能有“|”行、@rows 和 @end"));
            }
            if (!unknown.isEmpty())
                return invalid(
                    lineNo,
                    QCoreApplication::translate("Documents", "未知的占位符 %1").arg(joinList(unknown)));
            continue;
        }

        if (directive == QLatin1String("@table")) {
            table = DocumentBlock{DocumentBlock::Kind::Table, {}, {}};
            for (const QString& part : arg.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (part.startsWith(QLatin1String("header="))) {
                    table.table.headerRows = part.mid(7).toInt();
                    continue;
                }
                for (const QString& w : part.split(QLatin1Char(','))) {
                    bool ok = false;
                    const int weight = w.toInt(&ok);
                    if (!ok || weight <= 0)
                        return invalid(lineNo,
                                       QCoreApplication::translate("Documents", "列宽应为正整数：%1").arg(w));
                    table.table.columnWeights << weight;
                }
            }
            if (table.table.columnWeights.isEmpty())
                return invalid(lineNo,
                               QCoreApplication::translate("Documents", "@table 需要列宽，如 @table 2,3"));
            inTable = true;
            continue;
        }
        if (directive == QLatin1String("@paragraphs")) {
            if (!values.lists.contains(arg))
                return invalid(lineNo, QCoreApplication::translate("Documents", "未知的列表 %1").arg(arg));
            for (const QStringList& row : values.lists.value(arg)) {
                if (!row.isEmpty() && !row.first().trimmed().isEmpty())
                    doc.body << DocumentBlock{DocumentBlock::Kind::Paragraph, row.first().trimmed(), {}};
            }
            continue;
        }
        if (directive == QLatin1String("@blank")) {
            doc.body << DocumentBlock{DocumentBlock::Kind::Blank, {}, {}};
            continue;
        }
        const QString text = filled(arg);
        if (!unknown.isEmpty())
            return invalid(
                lineNo, QCoreApplication::translate("Documents", "未知的占位符 %1").arg(joinList(unknown)));
        if (directive == QLatin1String("@masthead"))
            doc.masthead = text;
        else if (directive == QLatin1String("@number"))
            doc.number = text;
        else if (directive == QLatin1String("@title")) {
            if (!text.isEmpty())
                doc.titleLines << text;
        } else if (directive == QLatin1String("@to"))
            doc.mainRecipient = text;
        else if (directive == QLatin1String("@signature"))
            doc.signature = text;
        else if (directive == QLatin1String("@date"))
            doc.date = parseDate(text);
        else if (directive == QLatin1String("@cc"))
            doc.copyTo = text;
        else if (directive == QLatin1String("@issuer"))
            doc.printingOffice = text;
        else if (directive == QLatin1String("@printed"))
            doc.printingDate = parseDate(text);
        else if (directive == QLatin1String("@p") || directive == QLatin1String("@plain") ||
                 directive == QLatin1String("@h1") || directive == QLatin1String("@h2")) {
            if (text.isEmpty())
                continue;
            DocumentBlock::Kind kind = DocumentBlock::Kind::Paragraph;
            if (directive == QLatin1String("@plain"))
                kind = DocumentBlock::Kind::Plain;
            else if (directive == QLatin1String("@h1"))
                kind = DocumentBlock::Kind::Heading1;
            else if (directive == QLatin1String("@h2"))
                kind = DocumentBlock::Kind::Heading2;
            doc.body << DocumentBlock{kind, text, {}};
        } else {
            return invalid(lineNo, QCoreApplication::translate("Documents", "未知的指令 %1").arg(directive));
        }
    }
    if (inTable)
        return invalid(lines.size(), QCoreApplication::translate("Documents", "表格缺少 @end"));
    return doc;
}

} // namespace casetrack
