#include "documents/OdtOutput.h"

#include "documents/SafeText.h"
#include "util/DateText.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <zip.h>

namespace casetrack {

namespace {

QByteArray esc(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

const char* const stylesXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
    "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.2\">\n"
    "<office:font-face-decls>"
    "<style:font-face style:name=\"仿宋_GB2312\" svg:font-family=\"仿宋_GB2312\"/>"
    "<style:font-face style:name=\"方正小标宋简体\" svg:font-family=\"方正小标宋简体\"/>"
    "<style:font-face style:name=\"黑体\" svg:font-family=\"黑体\"/>"
    "<style:font-face style:name=\"楷体_GB2312\" svg:font-family=\"楷体_GB2312\"/>"
    "</office:font-face-decls>\n"
    "<office:styles>"
    "<style:default-style style:family=\"paragraph\"><style:paragraph-properties "
    "fo:line-height=\"28.95pt\" style:snap-to-layout-grid=\"true\"/>"
    "<style:text-properties style:font-name=\"仿宋_GB2312\" style:font-name-asian=\"仿宋_GB2312\" "
    "fo:font-size=\"16pt\" style:font-size-asian=\"16pt\"/></style:default-style>"
    "<style:style style:name=\"Body\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:text-indent=\"32pt\" fo:text-align=\"justify\"/></style:style>"
    "<style:style style:name=\"Plain\" style:family=\"paragraph\"/>"
    "<style:style style:name=\"Title\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:text-align=\"center\"/><style:text-properties style:font-name=\"方正小标宋简体\" "
    "style:font-name-asian=\"方正小标宋简体\" fo:font-size=\"22pt\" "
    "style:font-size-asian=\"22pt\"/></style:style>"
    "<style:style style:name=\"Number\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:text-align=\"center\"/></style:style>"
    "<style:style style:name=\"Heading1\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:text-indent=\"32pt\"/><style:text-properties style:font-name=\"黑体\" "
    "style:font-name-asian=\"黑体\"/>"
    "</style:style>"
    "<style:style style:name=\"Heading2\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:text-indent=\"32pt\"/><style:text-properties style:font-name=\"楷体_GB2312\" "
    "style:font-name-asian=\"楷体_GB2312\"/></style:style>"
    "<style:style style:name=\"Right4\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:text-align=\"end\" fo:margin-right=\"64pt\"/></style:style>"
    "<style:style style:name=\"Closing\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:margin-left=\"14pt\" fo:margin-right=\"14pt\" fo:border-top=\"0.35mm solid #000000\" "
    "fo:border-bottom=\"0.35mm solid #000000\"/><style:text-properties fo:font-size=\"14pt\" "
    "style:font-size-asian=\"14pt\"/></style:style>"
    "<style:style style:name=\"Cell\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:line-height=\"100%\"/><style:text-properties fo:font-size=\"14pt\" style:font-size-asian=\"14pt\"/>"
    "</style:style>"
    "<style:style style:name=\"Footer\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:text-align=\"center\"/><style:text-properties fo:font-size=\"14pt\"/></style:style>"
    "</office:styles>\n"
    "<office:automatic-styles><style:page-layout style:name=\"A4\"><style:page-layout-properties "
    "fo:page-width=\"210mm\" fo:page-height=\"297mm\" fo:margin-top=\"37mm\" fo:margin-bottom=\"28mm\" "
    "fo:margin-left=\"28mm\" fo:margin-right=\"26mm\" style:layout-grid-mode=\"both\" "
    "style:layout-grid-lines=\"22\" style:layout-grid-base-height=\"28.95pt\"/>"
    "<style:footer-style><style:header-footer-properties fo:margin-top=\"7mm\"/></style:footer-style>"
    "</style:page-layout></office:automatic-styles>\n"
    "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\">"
    "<style:footer><text:p text:style-name=\"Footer\">— <text:page-number text:select-page=\"current\"/> —"
    "</text:p></style:footer></style:master-page></office:master-styles>\n"
    "</office:document-styles>\n";

QByteArray paragraph(const char* style, const QString& text)
{
    return QByteArray("<text:p text:style-name=\"") + style + "\">" + esc(text) + "</text:p>\n";
}

QByteArray tableXml(const DocumentTable& table, int index)
{
    const QByteArray name = "Table" + QByteArray::number(index);
    const int columns = int(table.columnWeights.size());
    QByteArray x = "<table:table table:name=\"" + name + "\">";
    for (int c = 0; c < columns; ++c)
        x += "<table:table-column/>";
    for (const QStringList& row : table.rows) {
        x += "<table:table-row>";
        for (int c = 0; c < row.size() && c < columns; ++c) {
            const int span = (c == row.size() - 1) ? columns - c : 1;
            x += "<table:table-cell office:value-type=\"string\"";
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
        "office:version=\"1.2\">\n<office:body><office:text>\n";
    if (!doc.number.isEmpty())
        x += paragraph("Number", doc.number) + paragraph("Plain", QString());
    for (const QString& line : doc.titleLines)
        x += paragraph("Title", line);
    if (!doc.titleLines.isEmpty())
        x += paragraph("Plain", QString());
    if (!doc.mainRecipient.isEmpty())
        x += paragraph("Plain", doc.mainRecipient + QStringLiteral("："));
    int tables = 0;
    for (const DocumentBlock& b : doc.body) {
        switch (b.kind) {
        case DocumentBlock::Kind::Paragraph:
            x += paragraph("Body", b.text);
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
        x += paragraph("Closing", QCoreApplication::translate("Documents", "抄送：") + doc.copyTo);
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
    const QString tmp = path + QStringLiteral(".part");
    QFile::remove(tmp);
    int err = 0;
    zip_t* zip = zip_open(QFile::encodeName(tmp).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    auto fail = [&]() {
        QFile::remove(tmp);
        return Error::make(ErrorCode::Unavailable,
                           QCoreApplication::translate("Documents", "无法写入文件 %1").arg(path));
    };
    if (!zip)
        return fail();
    // libzip keeps the buffers until zip_close, so they must outlive the loop.
    const QList<QPair<const char*, QByteArray>> entries{
        {"mimetype", QByteArray("application/vnd.oasis.opendocument.text")},
        {"content.xml", contentXml(document)},
        {"styles.xml", QByteArray(stylesXml)},
        {"meta.xml", metaXml(document)},
        {"META-INF/manifest.xml", QByteArray(manifestXml)},
    };
    for (const auto& entry : entries) {
        zip_source_t* src =
            zip_source_buffer(zip, entry.second.constData(), zip_uint64_t(entry.second.size()), 0);
        const zip_int64_t index = src ? zip_file_add(zip, entry.first, src, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (src)
                zip_source_free(src);
            zip_discard(zip);
            return fail();
        }
        if (qstrcmp(entry.first, "mimetype") == 0)
            zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    if (zip_close(zip) != 0) {
        zip_discard(zip);
        return fail();
    }
    QFile::remove(path);
    if (!QFile::rename(tmp, path))
        return fail();
    return Error::ok();
}

} // namespace casetrack
