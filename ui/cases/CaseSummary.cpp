#include "cases/CaseSummary.h"

#include "procedure/CaseDigest.h"

#include <QCollator>

namespace casetrack {

// Pads every run of digits to 12 places, so that plain string comparison sorts numbers by value
// (computed once per case on the pool, instead of a natural comparison per sort step).
QString naturalSortKey(const QString& text)
{
    QString key;
    key.reserve(text.size() + 16);
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text[i].isDigit()) {
            key.append(text[i++]);
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text[end].isDigit())
            ++end;
        const qsizetype length = end - i;
        if (length < 12)
            key.append(QString(12 - length, QChar(kNaturalSortPadding)));
        key.append(QStringView(text).mid(i, length));
        i = end;
    }
    return key;
}

CaseSummary summaryRow(const CaseDigest& digest, const QDate& asOf, int warningDays)
{
    CaseSummary s;
    s.id = digest.id;
    s.number = digest.number;
    s.name = digest.name;
    s.unit = digest.unit;
    s.track = digest.track;
    s.stage = digest.stage;
    s.closed = digest.closed;
    s.nextStep = digest.nextStep;
    s.sanction = digest.sanction;
    s.year = digest.year;
    for (const OpenDeadline& deadline : digest.deadlines) {
        if (!s.hasDeadline || deadline.due < s.nearestDue) {
            s.hasDeadline = true;
            s.nearestDue = deadline.due;
            s.nearestStatus = openDeadlineStatus(deadline, asOf, warningDays);
        }
    }
    s.numberKey = naturalSortKey(s.number);
    s.searchKey = QString(s.number + QLatin1Char('\n') + s.name + QLatin1Char('\n') + s.unit).toCaseFolded();
    return s;
}

QList<DeadlineEntry> deadlineEntries(const CaseDigest& digest, const QDate& asOf, int warningDays)
{
    QList<DeadlineEntry> out;
    for (const OpenDeadline& deadline : digest.deadlines)
        out.append({digest.id, digest.number, digest.name, deadline.labelCode, deadline.article,
                    deadline.explainCode, deadline.due, openDeadlineStatus(deadline, asOf, warningDays)});
    return out;
}

QString DeadlineEntry::labelText() const
{
    return decodedText(labelCode);
}

QString DeadlineEntry::explainText() const
{
    return decodedText(explainCode);
}

QCollator pinyinCollator()
{
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    return collator;
}

} // namespace casetrack
