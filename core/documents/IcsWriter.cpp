#include "documents/IcsWriter.h"

#include "documents/SafeText.h"

#include <QCoreApplication>

namespace casetrack {

namespace {

QByteArray icsDate(const QDate& date)
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

QByteArray icsEscape(const QString& text)
{
    QByteArray out;
    const QByteArray utf8 = withoutControlCharacters(text).replace(u'\t', u' ').toUtf8();
    out.reserve(utf8.size() + 8);
    for (int i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case ';':
            out += "\\;";
            break;
        case ',':
            out += "\\,";
            break;
        case '\r':
            if (i + 1 < utf8.size() && utf8.at(i + 1) == '\n')
                ++i;
            out += "\\n";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray icsFold(const QByteArray& line)
{
    // 75 octets per line, excluding CRLF; continuation lines start with one space, which counts.
    QByteArray out;
    int start = 0;
    int limit = 75;
    while (line.size() - start > limit) {
        int cut = start + limit;
        while (cut > start && isContinuationByte(line.at(cut)))
            --cut;
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74;
    }
    out += line.mid(start);
    out += "\r\n";
    return out;
}

QByteArray deadlinesToIcs(const QList<DeadlineRow>& rows, const QDateTime& stamp, bool includeNames)
{
    QByteArray out;
    out += "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CaseTrack//Documents " CASETRACK_VERSION "//ZH\r\n"
           "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n";
    out += icsFold("X-WR-CALNAME:" + icsEscape(QCoreApplication::translate("Documents", "党纪处分程序期限")));
    const QByteArray dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    for (const DeadlineRow& r : rows) {
        if (!r.due.isValid())
            continue;
        const QString article = r.article.isEmpty() ? QString() : QStringLiteral("（%1）").arg(r.article);
        const QString summary = includeNames ? QCoreApplication::translate("Documents", "案件%1 %2：%3期限%4")
                                                   .arg(r.caseId, r.subjectName, r.label, article)
                                             : QCoreApplication::translate("Documents", "案件%1：%2期限%3")
                                                   .arg(r.caseId, r.label, article);
        QString description = QCoreApplication::translate("Documents", "起算日：%1；届满日：%2；状态：%3")
                                  .arg(r.from.toString(Qt::ISODate), r.due.toString(Qt::ISODate), r.status);
        if (!r.explain.isEmpty())
            description += QLatin1Char('\n') + r.explain;
        out += "BEGIN:VEVENT\r\n";
        out += icsFold("UID:" + icsEscape(r.caseId + QLatin1Char('-') + r.kind) + "@casetrack");
        out += "DTSTAMP:" + dtstamp + "\r\n";
        out += "DTSTART;VALUE=DATE:" + icsDate(r.due) + "\r\n";
        out += "DTEND;VALUE=DATE:" + icsDate(r.due.addDays(1)) + "\r\n";
        out += icsFold("SUMMARY:" + icsEscape(summary));
        out += icsFold("DESCRIPTION:" + icsEscape(description));
        out += "TRANSP:TRANSPARENT\r\n";
        out += "END:VEVENT\r\n";
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

} // namespace casetrack
