#include "documents/GridText.h"

#include <QFontMetricsF>
#include <QHash>

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
    qreal width = 1; // cells
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
                tokens.append({run, width});
            } else { // longer than a line: let it break anywhere
                for (QChar rc : run)
                    tokens.append({QString(rc), cellsFor(font, cellEm, QString(rc))});
            }
            i = j;
        } else {
            int len = (c.isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
            tokens.append({text.mid(i, len), 1.0});
            i += len;
        }
    }
    return tokens;
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

QList<GridLine> breakIntoGridLines(const QString& text, const QFont& font, qreal cellEm, qreal capacity,
                                   qreal firstIndent, qreal restIndent)
{
    constexpr qreal slack = 0.001; // rounding of measured widths must not push a full line over
    QList<GridLine> lines;
    const QList<Token> tokens = tokenize(text, font, cellEm, capacity - restIndent);
    GridLine line;
    qreal pos = firstIndent;
    line.used = pos;
    auto flush = [&]() {
        lines.append(line);
        line = GridLine();
        pos = restIndent;
        line.used = pos;
    };
    for (int i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens.at(i);
        if (pos + t.width > capacity + slack && !line.pieces.isEmpty()) {
            // 避头: pull the last character down with the closing mark; 避尾: an opening mark
            // at the end of the line moves down with what it opens.
            QList<GridPiece> carry;
            if ((forbiddenAtLineStart(t.text) || forbiddenAtLineEnd(line.pieces.last().text)) &&
                line.pieces.size() > 1) {
                carry.append(line.pieces.takeLast());
            }
            line.used = line.pieces.last().start + line.pieces.last().width;
            flush();
            for (GridPiece p : carry) {
                p.start = pos;
                pos += p.width;
                line.pieces.append(p);
            }
        }
        line.pieces.append({t.text, pos, t.width});
        pos += t.width;
        line.used = pos;
    }
    if (!line.pieces.isEmpty() || lines.isEmpty())
        lines.append(line);
    return lines;
}

} // namespace casetrack
