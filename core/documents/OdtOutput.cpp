#include "documents/OdtOutput.h"

#include "documents/PageLayout.h"
#include "documents/SafeText.h"
#include "documents/ZipPackage.h"
#include "util/DateText.h"

#include <QCoreApplication>

namespace casetrack {

namespace {

QByteArray esc(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

// The GB/T 9704 page as LibreOffice and WPS lay it out (measured through soffice --convert-to pdf
// in tests/documents): 37/28/26 mm margins; a line grid of 22 lines of 10.22 mm (ruby height 0,
// or LibreOffice adds its own); 28 characters a line by condensing the 16 pt face (5.64 mm) to
// the 5.571 mm cell (LibreOffice's character grid falls back to square cells of the line pitch,
// 15 a line, so it is not used); the footer 7 mm under the block with the page number odd right,
// even left. Font names list the standard face first and installed stand-ins after (LibreOffice
// takes the first it has).
const char* const stylesXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
    "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.2\">\n"
    "<office:font-face-decls>"
    "<style:font-face style:name=\"仿宋_GB2312\" "
    "svg:font-family=\"仿宋_GB2312;仿宋;FangSong;FandolFang R;Noto Serif CJK SC\"/>"
    "<style:font-face style:name=\"方正小标宋简体\" "
    "svg:font-family=\"方正小标宋简体;FZXiaoBiaoSong-B05S;Noto Serif CJK SC\"/>"
    "<style:font-face style:name=\"黑体\" svg:font-family=\"黑体;SimHei;Noto Sans CJK SC\"/>"
    "<style:font-face style:name=\"楷体_GB2312\" svg:font-family=\"楷体_GB2312;楷体;KaiTi;AR PL UKai CN\"/>"
    "</office:font-face-decls>\n"
    "<office:styles>"
    "<style:default-style style:family=\"paragraph\"><style:paragraph-properties "
    "style:snap-to-layout-grid=\"true\" style:punctuation-wrap=\"simple\" style:line-break=\"strict\" "
    "fo:margin-top=\"0mm\" fo:margin-bottom=\"0mm\"/>"
    "<style:text-properties style:font-name=\"仿宋_GB2312\" style:font-name-asian=\"仿宋_GB2312\" "
    "fo:font-size=\"16pt\" style:font-size-asian=\"16pt\" fo:letter-spacing=\"-0.08mm\" "
    "fo:hyphenate=\"false\"/></style:default-style>"
    "<style:style style:name=\"Body\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:text-indent=\"11.14mm\" fo:text-align=\"justify\"/></style:style>"
    "<style:style style:name=\"Plain\" style:family=\"paragraph\"/>"
    "<style:style style:name=\"Attachment\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:text-indent=\"11.14mm\"/></style:style>"
    "<style:style style:name=\"Title\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:text-align=\"center\"/><style:text-properties style:font-name=\"方正小标宋简体\" "
    "style:font-name-asian=\"方正小标宋简体\" fo:font-size=\"22pt\" style:font-size-asian=\"22pt\" "
    "fo:letter-spacing=\"normal\"/></style:style>"
    "<style:style style:name=\"Masthead\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:text-align=\"center\" style:snap-to-layout-grid=\"false\" fo:margin-top=\"30mm\" "
    "fo:margin-bottom=\"12mm\"/><style:text-properties style:font-name=\"方正小标宋简体\" "
    "style:font-name-asian=\"方正小标宋简体\" fo:font-size=\"36pt\" style:font-size-asian=\"36pt\" "
    "fo:color=\"#e60012\" fo:letter-spacing=\"normal\"/></style:style>"
    "<style:style style:name=\"Number\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:text-align=\"center\"/></style:style>"
    "<style:style style:name=\"NumberRule\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:text-align=\"center\" fo:border-bottom=\"0.5mm solid #e60012\" fo:padding-bottom=\"4mm\"/>"
    "</style:style>"
    "<style:style style:name=\"Heading1\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:text-indent=\"11.14mm\"/><style:text-properties style:font-name=\"黑体\" "
    "style:font-name-asian=\"黑体\"/></style:style>"
    "<style:style style:name=\"Heading2\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:text-indent=\"11.14mm\"/><style:text-properties style:font-name=\"楷体_GB2312\" "
    "style:font-name-asian=\"楷体_GB2312\"/></style:style>"
    "<style:style style:name=\"Right4\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:text-align=\"end\" fo:margin-right=\"22.28mm\"/></style:style>"
    "<style:style style:name=\"Closing\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:margin-left=\"4.94mm\" fo:margin-right=\"4.94mm\" fo:border-top=\"0.35mm solid #000000\" "
    "fo:border-bottom=\"0.35mm solid #000000\"/><style:text-properties fo:font-size=\"14pt\" "
    "style:font-size-asian=\"14pt\" fo:letter-spacing=\"normal\"/></style:style>"
    "<style:style style:name=\"Cell\" style:family=\"paragraph\"><style:paragraph-properties "
    "style:snap-to-layout-grid=\"false\" fo:line-height=\"6.5mm\"/><style:text-properties "
    "fo:font-size=\"14pt\" style:font-size-asian=\"14pt\" fo:letter-spacing=\"normal\"/></style:style>"
    "<style:style style:name=\"FooterOdd\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:text-align=\"end\" fo:margin-right=\"4.94mm\" style:snap-to-layout-grid=\"false\"/>"
    "<style:text-properties fo:font-size=\"14pt\" style:font-size-asian=\"14pt\" "
    "fo:letter-spacing=\"normal\"/></style:style>"
    "<style:style style:name=\"FooterEven\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:text-align=\"start\" fo:margin-left=\"4.94mm\" style:snap-to-layout-grid=\"false\"/>"
    "<style:text-properties fo:font-size=\"14pt\" style:font-size-asian=\"14pt\" "
    "fo:letter-spacing=\"normal\"/></style:style>"
    "</office:styles>\n"
    "<office:automatic-styles><style:page-layout style:name=\"A4\"><style:page-layout-properties "
    "fo:page-width=\"210mm\" fo:page-height=\"297mm\" fo:margin-top=\"37mm\" fo:margin-bottom=\"21mm\" "
    "fo:margin-left=\"28mm\" fo:margin-right=\"26mm\" style:writing-mode=\"lr-tb\" "
    "style:layout-grid-mode=\"line\" style:layout-grid-lines=\"22\" "
    "style:layout-grid-base-height=\"10.22mm\" style:layout-grid-ruby-height=\"0mm\" "
    "style:layout-grid-ruby-below=\"false\" style:layout-grid-print=\"false\" "
    "style:layout-grid-display=\"false\" style:layout-grid-color=\"#c0c0c0\"/>"
    "<style:footer-style><style:header-footer-properties fo:min-height=\"7mm\" fo:margin-top=\"7mm\"/>"
    "</style:footer-style></style:page-layout></office:automatic-styles>\n"
    "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\">"
    "<style:footer><text:p text:style-name=\"FooterOdd\">— <text:page-number text:select-page=\"current\"/> —"
    "</text:p></style:footer><style:footer-left><text:p text:style-name=\"FooterEven\">— "
    "<text:page-number text:select-page=\"current\"/> —</text:p></style:footer-left></style:master-page>"
    "</office:master-styles>\n"
    "</office:document-styles>\n";

QByteArray paragraph(const char* style, const QString& text)
{
    return QByteArray("<text:p text:style-name=\"") + style + "\">" + esc(text) + "</text:p>\n";
}

QByteArray tableXml(const DocumentTable& table, int index)
{
    const QByteArray name = "Table" + QByteArray::number(index);
    const int columns = int(table.columnWeights.size());
    QByteArray x = "<table:table table:name=\"" + name + "\" table:style-name=\"Tbl\">";
    for (int c = 0; c < columns; ++c)
        x += "<table:table-column/>";
    for (const QStringList& row : table.rows) {
        x += "<table:table-row>";
        for (int c = 0; c < row.size() && c < columns; ++c) {
            const int span = (c == row.size() - 1) ? columns - c : 1;
            x += "<table:table-cell table:style-name=\"TblCell\" office:value-type=\"string\"";
            if (span > 1)
                x += " table:number-columns-spanned=\"" + QByteArray::number(span) + "\"";
            x += ">" + paragraph("Cell", row.at(c)) + "</table:table-cell>";
            for (int s = 1; s < span; ++s)
                x += "<table:covered-table-cell/>";
        }
        x += "</table:table-row>";
    }
    x += "</table:table>\n";
    return x;
}

QByteArray contentXml(const Document& doc)
{
    QByteArray x =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        "office:version=\"1.2\">\n<office:automatic-styles>"
        "<style:style style:name=\"Tbl\" style:family=\"table\"><style:table-properties "
        "style:width=\"156mm\" table:align=\"margins\"/></style:style>"
        "<style:style style:name=\"TblCell\" style:family=\"table-cell\"><style:table-cell-properties "
        "fo:border=\"0.5pt solid #000000\" fo:padding=\"1mm\"/></style:style>"
        "</office:automatic-styles>\n<office:body><office:text>\n";
    if (!doc.masthead.isEmpty()) {
        // 版头: the red mark, the number over the red rule (GB/T 9704 7.2).
        x += paragraph("Masthead", doc.masthead) + paragraph("NumberRule", doc.number) +
             paragraph("Plain", QString());
    } else if (!doc.number.isEmpty()) {
        x += paragraph("Number", doc.number) + paragraph("Plain", QString());
    }
    const QStringList title = titleLinesAsLaidOut(doc);
    if (!title.isEmpty()) {
        // One paragraph, broken where the PDF breaks it (between words).
        QByteArray lines;
        for (const QString& line : title)
            lines += (lines.isEmpty() ? QByteArray() : QByteArray("<text:line-break/>")) + esc(line);
        x += "<text:p text:style-name=\"Title\">" + lines + "</text:p>\n";
    }
    if (!doc.titleLines.isEmpty())
        x += paragraph("Plain", QString());
    if (!doc.mainRecipient.isEmpty())
        x += paragraph("Plain", doc.mainRecipient + QStringLiteral("："));
    int tables = 0;
    for (const DocumentBlock& b : doc.body) {
        switch (b.kind) {
        case DocumentBlock::Kind::Paragraph:
            // 附件说明 is not justified (GB/T 9704 7.3.4: 左空二字).
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
            x += paragraph("Plain", QString());
            break;
        case DocumentBlock::Kind::Table:
            x += tableXml(b.table, ++tables);
            break;
        }
    }
    if (!doc.signature.isEmpty() || doc.date.isValid())
        x += paragraph("Plain", QString()) + paragraph("Plain", QString());
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
    x += "</office:text></office:body></office:document-content>\n";
    return x;
}

QByteArray metaXml(const Document& doc)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
           "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\"><office:meta>"
           "<meta:generator>CaseTrack " CASETRACK_VERSION "</meta:generator><dc:title>" +
           esc(doc.metadataTitle.isEmpty() ? doc.joinedTitle() : doc.metadataTitle) +
           "</dc:title></office:meta></office:document-meta>\n";
}

const char* const manifestXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
    "manifest:version=\"1.2\">"
    "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" "
    "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
    "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
    "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
    "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
    "</manifest:manifest>\n";

} // namespace

Error writeOdtFile(const Document& given, const QString& path)
{
    Document document = given;
    cleanDocumentText(document); // XML 1.0 allows no control characters: the file would not open
    return writeZipPackage(path,
                           {{"mimetype", QByteArray("application/vnd.oasis.opendocument.text")},
                            {"content.xml", contentXml(document)},
                            {"styles.xml", QByteArray(stylesXml)},
                            {"meta.xml", metaXml(document)},
                            {"META-INF/manifest.xml", QByteArray(manifestXml)}},
                           /*firstStored=*/true);
}

} // namespace casetrack
