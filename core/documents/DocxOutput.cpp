#include "documents/DocxOutput.h"

#include "documents/PageLayout.h"
#include "documents/SafeText.h"
#include "documents/ZipPackage.h"
#include "util/DateText.h"

#include <QCoreApplication>

#include <cmath>

namespace casetrack {

namespace {

// Twips (1/1440 inch) for millimetres.
int tw(double mm)
{
    return int(std::lround(mm * 1440.0 / 25.4));
}

QByteArray esc(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

const char kNs[] = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                   "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

QByteArray run(const QString& text)
{
    return "<w:r><w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r>";
}

QByteArray paragraph(const char* style, const QString& text)
{
    return QByteArray("<w:p><w:pPr><w:pStyle w:val=\"") + style + "\"/></w:pPr>" +
           (text.isEmpty() ? QByteArray() : run(text)) + "</w:p>";
}

QByteArray tableXml(const DocumentTable& table)
{
    const int columns = int(table.columnWeights.size());
    int total = 0;
    for (int w : table.columnWeights)
        total += w;
    QList<int> widths;
    for (int w : table.columnWeights)
        widths << tw(156.0 * w / std::max(1, total));
    QByteArray x = "<w:tbl><w:tblPr><w:tblW w:w=\"" + QByteArray::number(tw(156)) +
                   "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblBorders>";
    for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"})
        x += QByteArray("<w:") + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
    x += "</w:tblBorders><w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" "
         "w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>";
    for (int w : widths)
        x += "<w:gridCol w:w=\"" + QByteArray::number(w) + "\"/>";
    x += "</w:tblGrid>";
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList& row = table.rows.at(r);
        x += "<w:tr>";
        if (r < table.headerRows)
            x += "<w:trPr><w:tblHeader/></w:trPr>";
        for (int c = 0; c < row.size() && c < columns; ++c) {
            const int span = (c == row.size() - 1) ? columns - c : 1;
            int width = 0;
            for (int k = c; k < c + span; ++k)
                width += widths.at(k);
            x += "<w:tc><w:tcPr><w:tcW w:w=\"" + QByteArray::number(width) + "\" w:type=\"dxa\"/>";
            if (span > 1)
                x += "<w:gridSpan w:val=\"" + QByteArray::number(span) + "\"/>";
            x += "<w:vAlign w:val=\"center\"/></w:tcPr>" + paragraph("Cell", row.at(c)) + "</w:tc>";
        }
        x += "</w:tr>";
    }
    x += "</w:tbl>";
    return x;
}

QByteArray documentXml(const Document& doc)
{
    QByteArray x = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document ") +
                   kNs + "><w:body>";
    if (!doc.masthead.isEmpty())
        x += paragraph("Masthead", doc.masthead) + paragraph("NumberRule", doc.number) +
             paragraph("Plain", {});
    else if (!doc.number.isEmpty())
        x += paragraph("Number", doc.number) + paragraph("Plain", {});
    const QStringList title = titleLinesAsLaidOut(doc);
    if (!title.isEmpty()) {
        // One paragraph, broken where the PDF breaks it (between words).
        x += "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>";
        for (int i = 0; i < title.size(); ++i)
            x += (i > 0 ? QByteArray("<w:r><w:br/></w:r>") : QByteArray()) + run(title.at(i));
        x += "</w:p>";
    }
    if (!doc.titleLines.isEmpty())
        x += paragraph("Plain", {});
    if (!doc.mainRecipient.isEmpty())
        x += paragraph("Plain", doc.mainRecipient + QStringLiteral("："));
    for (const DocumentBlock& b : doc.body) {
        switch (b.kind) {
        case DocumentBlock::Kind::Paragraph:
            x += paragraph(
                b.text.startsWith(QCoreApplication::translate("Documents", "附件：")) ? "Attachment" : "Body",
                b.text);
            break;
        case DocumentBlock::Kind::Heading1:
            x += paragraph("Heading1", b.text);
            break;
        case DocumentBlock::Kind::Heading2:
            x += paragraph("Heading2", b.text);
            break;
        case DocumentBlock::Kind::Plain:
            x += paragraph("Plain", b.text);
            break;
        case DocumentBlock::Kind::Blank:
            x += paragraph("Plain", {});
            break;
        case DocumentBlock::Kind::Table:
            x += tableXml(b.table) + paragraph("Plain", {});
            break;
        }
    }
    if (!doc.signature.isEmpty() || doc.date.isValid())
        x += paragraph("Plain", {}) + paragraph("Plain", {});
    if (!doc.signature.isEmpty())
        x += paragraph("Right4", doc.signature);
    if (doc.date.isValid())
        x += paragraph("Right4", chineseDate(doc.date));
    if (!doc.copyTo.isEmpty())
        x += paragraph("Closing", QCoreApplication::translate("Documents", "抄送：") + doc.copyToList());
    if (!doc.printingOffice.isEmpty())
        x += paragraph(
            "Closing",
            doc.printingOffice + QStringLiteral("　　") +
                (doc.printingDate.isValid()
                     ? QCoreApplication::translate("Documents", "%1印发").arg(chineseDate(doc.printingDate))
                     : QString()));
    // Margins: the 156 × 225 mm block at 37 mm from the top and 28 mm from the binding edge; the
    // footer's bottom 22 mm above the sheet's edge puts "— N —" 7 mm under the block.
    x += "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>"
         "<w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>"
         "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"" +
         QByteArray::number(tw(37)) + "\" w:right=\"" + QByteArray::number(tw(26)) + "\" w:bottom=\"" +
         QByteArray::number(tw(35)) + "\" w:left=\"" + QByteArray::number(tw(28)) +
         "\" w:header=\"851\" w:footer=\"" + QByteArray::number(tw(21)) +
         "\" w:gutter=\"0\"/><w:docGrid w:type=\"lines\" w:linePitch=\"579\"/>"
         "</w:sectPr></w:body></w:document>";
    return x;
}

QByteArray footerXml(bool odd)
{
    const QByteArray side = odd ? "right" : "left";
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr ") + kNs +
           "><w:p><w:pPr><w:pStyle w:val=\"PageNumber\"/><w:jc w:val=\"" + side + "\"/><w:ind w:" + side +
           "=\"" + QByteArray::number(tw(4.94)) +
           "\"/></w:pPr><w:r><w:t xml:space=\"preserve\">— </w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r>"
           "<w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>";
}

QByteArray fonts(const char* face)
{
    return QByteArray("<w:rFonts w:ascii=\"") + face + "\" w:hAnsi=\"" + face + "\" w:eastAsia=\"" + face +
           "\" w:cs=\"" + face + "\"/>";
}

// Chinese line-breaking rules (kinsoku), and no punctuation hanging past the block (GB/T 9704):
// in a paragraph's properties, before snapToGrid, spacing, ind and jc (the schema's order).
const QByteArray kLineBreaking = "<w:kinsoku w:val=\"1\"/><w:overflowPunct w:val=\"0\"/>";

// Every style repeats the line-breaking rules of the defaults: LibreOffice takes them from a
// paragraph's style, not from the document defaults.
QByteArray style(const char* id, const QByteArray& pPr, const QByteArray& rPr)
{
    return QByteArray("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"") + id +
           "\"><w:name w:val=\"" + id + "\"/><w:pPr>" + kLineBreaking + pPr + "</w:pPr><w:rPr>" + rPr +
           "</w:rPr></w:style>";
}

QByteArray stylesXml()
{
    const QByteArray indent = "<w:ind w:firstLine=\"" + QByteArray::number(tw(11.14)) + "\"/>";
    const QByteArray small = "<w:spacing w:val=\"0\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>";
    QByteArray x =
        QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles ") + kNs + ">";
    // 三号 (16 pt) condensed by 0.25 pt: 28 characters fill the 156 mm line, as in the PDF.
    x += "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts("仿宋_GB2312") +
         "<w:spacing w:val=\"-5\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/><w:lang w:val=\"zh-CN\" "
         "w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/>" +
         kLineBreaking +
         "<w:snapToGrid w:val=\"1\"/>"
         "<w:spacing w:before=\"0\" w:after=\"0\"/><w:jc "
         "w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>";
    x += style("Body", indent + "<w:jc w:val=\"both\"/>", {});
    x += style("Plain", "<w:jc w:val=\"left\"/>", {});
    x += style("Attachment", indent + "<w:jc w:val=\"left\"/>", {});
    x +=
        style("Title", "<w:jc w:val=\"center\"/>",
              fonts("方正小标宋简体") + "<w:spacing w:val=\"0\"/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>");
    x += style("Masthead",
               "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"" + QByteArray::number(tw(30)) +
                   "\" w:after=\"" + QByteArray::number(tw(12)) + "\"/><w:jc w:val=\"center\"/>",
               fonts("方正小标宋简体") +
                   "<w:color w:val=\"E60012\"/><w:spacing w:val=\"0\"/><w:sz w:val=\"72\"/>"
                   "<w:szCs w:val=\"72\"/>");
    x += style("Number", "<w:jc w:val=\"center\"/>", {});
    x += style("NumberRule",
               "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"11\" w:color=\"E60012\"/></w:pBdr>"
               "<w:jc w:val=\"center\"/>",
               {});
    x += style("Heading1", indent, fonts("黑体"));
    x += style("Heading2", indent, fonts("楷体_GB2312"));
    x += style("Right4", "<w:ind w:right=\"" + QByteArray::number(tw(22.28)) + "\"/><w:jc w:val=\"right\"/>",
               {});
    x += style("Closing",
               "<w:pBdr><w:top w:val=\"single\" w:sz=\"8\" w:space=\"1\" w:color=\"000000\"/><w:bottom "
               "w:val=\"single\" w:sz=\"8\" w:space=\"1\" w:color=\"000000\"/></w:pBdr><w:ind w:left=\"" +
                   QByteArray::number(tw(4.94)) + "\" w:right=\"" + QByteArray::number(tw(4.94)) +
                   "\"/><w:jc w:val=\"left\"/>",
               small);
    x += style("Cell",
               "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"" + QByteArray::number(tw(6.5)) +
                   "\" w:lineRule=\"exact\"/><w:jc w:val=\"left\"/>",
               small);
    x += style("PageNumber", "<w:snapToGrid w:val=\"0\"/>", small);
    x += "</w:styles>";
    return x;
}

QByteArray contentTypes()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" "
           "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
           "<Override PartName=\"/word/document.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/"
           ">"
           "<Override PartName=\"/word/styles.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
           "<Override PartName=\"/word/settings.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
           "<Override PartName=\"/word/footer1.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
           "<Override PartName=\"/word/footer2.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
           "<Override PartName=\"/docProps/core.xml\" "
           "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>";
}

QByteArray rootRels()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
           "Target=\"word/document.xml\"/><Relationship Id=\"rId2\" "
           "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
           "Target=\"docProps/core.xml\"/></Relationships>";
}

QByteArray documentRels()
{
    const QByteArray base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rIdStyles\" Type=\"" +
           base + "styles\" Target=\"styles.xml\"/><Relationship Id=\"rIdSettings\" Type=\"" + base +
           "settings\" Target=\"settings.xml\"/><Relationship Id=\"rIdFooterOdd\" Type=\"" + base +
           "footer\" Target=\"footer1.xml\"/><Relationship Id=\"rIdFooterEven\" Type=\"" + base +
           "footer\" Target=\"footer2.xml\"/></Relationships>";
}

QByteArray settingsXml()
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings ") + kNs +
           "><w:evenAndOddHeaders/><w:defaultTabStop w:val=\"" + QByteArray::number(tw(11.14)) +
           "\"/><w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting "
           "w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
           "</w:compat></w:settings>";
}

QByteArray coreXml(const Document& doc)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<cp:coreProperties "
           "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" +
           esc(doc.metadataTitle.isEmpty() ? doc.joinedTitle() : doc.metadataTitle) +
           "</dc:title><dc:creator>CaseTrack</dc:creator></cp:coreProperties>";
}

} // namespace

Error writeDocxFile(const Document& given, const QString& path)
{
    Document document = given;
    cleanDocumentText(document); // XML 1.0 allows no control characters: Word would refuse the file
    return writeZipPackage(path,
                           {{"[Content_Types].xml", contentTypes()},
                            {"_rels/.rels", rootRels()},
                            {"word/document.xml", documentXml(document)},
                            {"word/_rels/document.xml.rels", documentRels()},
                            {"word/styles.xml", stylesXml()},
                            {"word/settings.xml", settingsXml()},
                            {"word/footer1.xml", footerXml(true)},
                            {"word/footer2.xml", footerXml(false)},
                            {"docProps/core.xml", coreXml(document)}},
                           /*firstStored=*/false);
}

} // namespace casetrack
