#include "documents/SafeText.h"

#include "documents/Document.h"

namespace casetrack {

namespace {

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' || c == 0x2028 || c == 0x2029 || c == 0x85;
}

bool isDropped(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
}

} // namespace

QString withoutControlCharacters(const QString& text, LineBreaks breaks)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < n && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
                out += text.at(i);
                out += text.at(++i);
            }
            continue; // a lone high surrogate is not a character
        }
        if (QChar::isLowSurrogate(c))
            continue;
        if (isLineBreak(c)) {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i; // CR LF is one break
            out += breaks == LineBreaks::Keep ? u'\n' : u' ';
            continue;
        }
        if (c == u'\t') {
            out += breaks == LineBreaks::Keep ? u'\t' : u' ';
            continue;
        }
        if (isDropped(c))
            continue;
        out += QChar(c);
    }
    return out;
}

QString neutralizedCell(const QString& text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.at(0);
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return QLatin1Char('\'') + text;
    return text;
}

void cleanDocumentText(Document& document)
{
    const auto line = [](QString& s) { s = withoutControlCharacters(s, LineBreaks::ToSpace); };
    line(document.masthead);
    line(document.number);
    for (QString& t : document.titleLines)
        line(t);
    line(document.mainRecipient);
    line(document.signature);
    line(document.copyTo);
    line(document.printingOffice);
    line(document.metadataTitle);
    // A line break inside a paragraph or a cell would start a line without its indent (or draw
    // a box): a space keeps the grid; the template makes separate paragraphs where it wants them.
    for (DocumentBlock& block : document.body) {
        line(block.text);
        for (QStringList& row : block.table.rows)
            for (QString& cell : row)
                line(cell);
    }
}

} // namespace casetrack
