#pragma once

#include "documents/Document.h"
#include "documents/FontSet.h"

#include <QList>
#include <QString>

class QPainter;

namespace casetrack {

// Text placed on a page: pieces (one full-width character or one half-width run each) at their
// own x, all on one baseline. Millimetres from the page's top-left corner.
struct PlacedText
{
    QStringList pieces;
    QList<qreal> xMm;
    qreal baselineMm = 0;
    FontRole role = FontRole::Body;
    qreal pointSize = 16;
    bool red = false;
};

struct PlacedRule
{
    qreal x1 = 0, y1 = 0, x2 = 0, y2 = 0; // mm
    qreal thicknessMm = 0.25;
    bool red = false;
};

struct LaidOutPage
{
    QList<PlacedText> texts;
    QList<PlacedRule> rules;
    int bodyLines = 0; // grid lines used by the 主体, for the geometry tests and the preview
};

struct LaidOutDocument
{
    QList<LaidOutPage> pages;
    FontSet fonts;
    QString title;
};

// Lays a document out in the GB/T 9704-2012 format: A4, the 156 × 225 mm text block at 37 mm
// from the top and 28 mm from the binding edge, 22 lines of 28 characters of 仿宋 三号.
LaidOutDocument layoutDocument(const Document& document, const FontSet& fonts);

// The title lines as the PDF breaks them (between words, balanced), so that the ODT and DOCX
// break the title at the same places instead of wherever the word processor would.
QStringList titleLinesAsLaidOut(const Document& document);

// Paints one page with `painter` on a device that maps the whole sheet (no printer margins:
// QPdfWriter with zero margins, or QPrinter with setFullPage(true)). `dotsPerMm` is the device's
// resolution. The UI's print preview calls this for each page.
void paintLaidOutPage(QPainter& painter, const LaidOutDocument& document, int pageIndex, qreal dotsPerMm);

} // namespace casetrack
