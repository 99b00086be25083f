#include "documents/GridText.h"

#include <QFontMetricsF>
#include <QHash>
#include <QRegularExpression>

namespace casetrack {

namespace {

bool isHalfWidth(QChar c)
{
    return c.unicode() < 0x2000 && c.unicode() != 0x00B7; // Latin, digits, ASCII punctuation
}

bool forbiddenAtLineStart(const QString& piece)
{
    static const QString chars = QStringLiteral("，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}");
    return !piece.isEmpty() && chars.contains(piece.at(0));
}

bool forbiddenAtLineEnd(const QString& piece)
{
    static const QString chars = QStringLiteral("（《「『【〔〈“‘([{");
    return !piece.isEmpty() && chars.contains(piece.at(piece.size() - 1));
}

struct Token
{
    QString text;
    qreal width = 1;   // cells
    int begin = 0;     // index of its first character in the text
    bool glue = false; // no line break allowed before it
};

qreal cellsFor(const QFont& font, qreal cellEm, const QString& run)
{
    return advanceInEm(font, run) / cellEm;
}

QList<Token> tokenize(const QString& text, const QFont& font, qreal cellEm, qreal capacity)
{
    QList<Token> tokens;
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (isHalfWidth(c)) {
            int j = i;
            while (j < text.size() && isHalfWidth(text.at(j)))
                ++j;
            const QString run = text.mid(i, j - i);
            const qreal width = cellsFor(font, cellEm, run);
            if (width <= capacity) {
                tokens.append({run, width, i});
            } else { // longer than a line: let it break anywhere
                for (int k = i; k < j; ++k)
                    tokens.append({QString(text.at(k)), cellsFor(font, cellEm, QString(text.at(k))), k});
            }
            i = j;
        } else {
            int len = (c.isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
            tokens.append({text.mid(i, len), 1.0, i});
            i += len;
        }
    }
    return tokens;
}

// Marks where a line may not break: 避头尾 and the kept spans.
void glueTokens(QList<Token>& tokens, const QList<QPair<int, int>>& spans)
{
    for (int i = 1; i < tokens.size(); ++i) {
        Token& t = tokens[i];
        if (forbiddenAtLineStart(t.text) || forbiddenAtLineEnd(tokens.at(i - 1).text))
            t.glue = true;
        for (const auto& span : spans) {
            if (t.begin > span.first && t.begin < span.second)
                t.glue = true;
        }
    }
}

} // namespace

QString GridLine::text() const
{
    QString out;
    for (const GridPiece& p : pieces)
        out += p.text;
    return out;
}

qreal advanceInEm(const QFont& font, const QString& text)
{
    static QHash<QString, QHash<QString, qreal>> cache; // per family+weight, per text
    const QString key = font.family() + QString::number(font.weight());
    auto& perFont = cache[key];
    auto it = perFont.constFind(text);
    if (it != perFont.constEnd())
        return *it;
    QFont big(font);
    big.setPixelSize(1000);
    const qreal em = QFontMetricsF(big).horizontalAdvance(text) / 1000.0;
    if (text.size() <= 8)
        perFont.insert(text, em);
    return em;
}

QList<QPair<int, int>> keptSpans(const QString& text, const QStringList& keepTogether)
{
    QList<QPair<int, int>> spans;
    static const QRegularExpression builtIn(QStringLiteral(
        "[0-9０-９]{4}年[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?" // 2026年10月28日
        "|[一二三四五六七八九十〇零]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?"
        "|(?:第[一二三四五六七八九十百零〇0-9]+[条款项目章节])+" // 第十一条第三款
        "|\\p{Han}[A-Za-z][A-Za-z0-9]+"));                       // 京A12345
    for (auto it = builtIn.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        spans.append({int(m.capturedStart()), int(m.capturedEnd())});
    }
    for (const QString& word : keepTogether) {
        if (word.size() < 2)
            continue;
        for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.size()))
            spans.append({int(at), int(at + word.size())});
    }
    return spans;
}

QList<GridLine> breakIntoGridLines(const QString& text, const QFont& font, qreal cellEm, qreal capacity,
                                   qreal firstIndent, qreal restIndent, const BreakOptions& options)
{
    constexpr qreal slack = 0.001; // rounding of measured widths must not push a full line over
    QList<Token> tokens = tokenize(text, font, cellEm, capacity - restIndent);
    glueTokens(tokens, keptSpans(text, options.keepTogether));
    QList<GridLine> lines;
    int start = 0;
    qreal indent = firstIndent;
    while (start < tokens.size() || lines.isEmpty()) {
        // Fill the line greedily, then step back to the last place a break is allowed.
        int end = start;
        qreal pos = indent;
        while (end < tokens.size() && (end == start || pos + tokens.at(end).width <= capacity + slack)) {
            pos += tokens.at(end).width;
            ++end;
        }
        if (end < tokens.size()) {
            int cut = end;
            while (cut > start + 1 && tokens.at(cut).glue)
                --cut;
            if (cut > start + 1 || !tokens.at(cut).glue)
                end = cut; // else one glued word longer than the line: break where it overflows
        }
        GridLine line;
        qreal x = indent;
        for (int i = start; i < end; ++i) {
            line.pieces.append({tokens.at(i).text, x, tokens.at(i).width});
            x += tokens.at(i).width;
        }
        line.used = x;
        const bool last = end >= tokens.size();
        if (options.justify && !last && line.pieces.size() > 1 && x < capacity - slack) {
            // Spread the shortfall over the gaps between pieces: the line ends on the grid's edge.
            const qreal extra = (capacity - x) / (line.pieces.size() - 1);
            for (int i = 1; i < line.pieces.size(); ++i)
                line.pieces[i].start += extra * i;
            line.used = capacity;
        }
        lines.append(line);
        if (end == start)
            break; // empty text
        start = end;
        indent = restIndent;
    }
    return lines;
}

} // namespace casetrack
