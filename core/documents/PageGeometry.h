#pragma once

#include <QtGlobal>

namespace casetrack::gbt9704 {

// GB/T 9704-2012 《党政机关公文格式》, 5.2 and 7: all lengths in millimetres.
constexpr qreal pageWidth = 210.0;
constexpr qreal pageHeight = 297.0;
constexpr qreal topMargin = 37.0;    // 天头
constexpr qreal leftMargin = 28.0;   // 订口
constexpr qreal blockWidth = 156.0;  // 版心宽
constexpr qreal blockHeight = 225.0; // 版心高
constexpr qreal blockBottom = topMargin + blockHeight;
constexpr qreal blockRight = leftMargin + blockWidth;

constexpr int charsPerLine = 28;
constexpr int linesPerPage = 22;
// The fixed character grid: the 三号 glyph (5.64 mm) is slightly wider than a cell, exactly as
// Word's "文档网格" does it, so that 28 characters fill the 156 mm line.
constexpr qreal cellWidth = blockWidth / charsPerLine;  // 5.571 mm
constexpr qreal linePitch = blockHeight / linesPerPage; // 10.227 mm

constexpr qreal mmPerPoint = 25.4 / 72.0;
constexpr qreal bodyPt = 16.0;     // 三号
constexpr qreal titlePt = 22.0;    // 二号
constexpr qreal smallPt = 14.0;    // 四号: page numbers, closing block, table cells
constexpr qreal mastheadPt = 36.0; // 发文机关标志 (the standard caps it at 22 mm × 15 mm per glyph)

constexpr qreal pageNumberGap = 7.0; // 一字线上距版心下边缘 7 mm
constexpr qreal mastheadTop = 35.0;  // 发文机关标志上边缘至版心上边缘 35 mm (下行文)
constexpr qreal thickRule = 0.35;    // 版记首末分隔线
constexpr qreal thinRule = 0.25;     // 版记中间分隔线
constexpr qreal redRule = 0.5;       // 版头分隔线

// CJK fonts put the ideographic em box from -0.12 em to 0.88 em around the baseline.
constexpr qreal ideographicAscent = 0.88;

} // namespace casetrack::gbt9704
