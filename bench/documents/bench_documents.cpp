// Prints JSON figures for the documents layer: XLSX and CSV export of 100,000 case rows and one
// decision PDF (issue 5: within 10 s, 2 s and 300 ms on 2 cores). Not a test: no assertions.
#include "documents/Document.h"
#include "documents/Documents.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace casetrack;

namespace {

QList<CaseRow> syntheticRows(int count)
{
    QList<CaseRow> rows;
    rows.reserve(count);
    const QStringList sanctions{QStringLiteral("警告"), QStringLiteral("严重警告"),
                                QStringLiteral("撤销党内职务"), QStringLiteral("留党察看一年"),
                                QStringLiteral("开除党籍")};
    for (int i = 0; i < count; ++i) {
        CaseRow r;
        r.id = QStringLiteral("2025-%1").arg(i, 6, 10, QLatin1Char('0'));
        r.subjectName = QStringLiteral("测试人员%1").arg(i);
        r.unit = QStringLiteral("某某部第%1司，综合处").arg(i % 40);
        r.position = QStringLiteral("副处长");
        r.track = QStringLiteral("党组讨论决定");
        r.stage = QStringLiteral("已作出决定");
        r.closed = i % 3 == 0;
        r.filedOn = QDate(2025, 1, 1).addDays(i % 300);
        r.sanction = sanctions.at(i % sanctions.size());
        r.decidedOn = r.filedOn.addDays(30);
        r.effectiveOn = r.decidedOn;
        r.nextDeadline = QStringLiteral("宣布党纪处分决定");
        r.nextDue = r.decidedOn.addMonths(1);
        r.overdue = i % 2;
        rows << r;
    }
    return rows;
}

Document decision()
{
    Document doc;
    doc.number = QStringLiteral("某党组〔2025〕3号");
    doc.titleLines << QStringLiteral("中共某某部党组关于给予张三同志警告处分的决定");
    doc.body << DocumentBlock{
        DocumentBlock::Kind::Paragraph,
        QStringLiteral("张三，男，汉族，1975年3月生，1998年6月加入中国共产党，现任某某部规划司副司长。"),
        {}};
    for (int i = 0; i < 6; ++i)
        doc.body << DocumentBlock{
            DocumentBlock::Kind::Paragraph,
            QStringLiteral("2024年3月至10月，张三同志多次接受管理服务对象安排的宴请，违反中央八项规定精神。"),
            {}};
    doc.signature = QStringLiteral("中共某某部党组");
    doc.date = QDate(2025, 1, 31);
    doc.copyTo = QStringLiteral("中央纪委国家监委驻某某部纪检监察组。");
    doc.printingOffice = QStringLiteral("中共某某部党组办公室");
    doc.printingDate = QDate(2025, 1, 31);
    return doc;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const int count = 100000;
    const QList<CaseRow> rows = syntheticRows(count);
    QJsonObject out;
    QElapsedTimer t;

    t.start();
    const Error x = exportCaseRows(rows, ExportFormat::Xlsx, dir.filePath(QStringLiteral("cases.xlsx")));
    out.insert(QStringLiteral("xlsx_100k_ms"), double(t.elapsed()));
    out.insert(QStringLiteral("xlsx_bytes"),
               double(QFileInfo(dir.filePath(QStringLiteral("cases.xlsx"))).size()));

    t.restart();
    const Error c = exportCaseRows(rows, ExportFormat::Csv, dir.filePath(QStringLiteral("cases.csv")));
    out.insert(QStringLiteral("csv_100k_ms"), double(t.elapsed()));

    // The first PDF pays for the font database; the figure a user sees on the second print is
    // the steady one. Both are reported.
    t.restart();
    const auto first = renderPdf(decision(), dir.filePath(QStringLiteral("first.pdf")));
    out.insert(QStringLiteral("decision_pdf_first_ms"), double(t.elapsed()));
    t.restart();
    const auto second = renderPdf(decision(), dir.filePath(QStringLiteral("decision.pdf")));
    out.insert(QStringLiteral("decision_pdf_ms"), double(t.elapsed()));

    out.insert(QStringLiteral("rows"), count);
    out.insert(QStringLiteral("ok"), !x.isError() && !c.isError() && first.ok() && second.ok());
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
