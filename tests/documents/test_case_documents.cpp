#include "CaseFixtures.h"
#include "PdfProbe.h"
#include "TrackFixtures.h"

#include "documents/Documents.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace casetrack;
using namespace casetrack::test;

class TestCaseDocuments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DocumentSettings m_settings = DocumentSettings::defaults();

    DocumentInputs inputs()
    {
        DocumentInputs in;
        in.violationFacts
            << QStringLiteral(
                   "2024年3月至10月，张三同志多次接受管理服务对象安排的宴请，违反中央八项规定精神。")
            << QStringLiteral("2024年5月，张三同志违规收受礼品，价值共计3,200元。");
        in.basis = QStringLiteral("《中国共产党纪律处分条例》第一百零一条");
        in.sequence = 3;
        in.copyTo = QStringLiteral("中央纪委国家监委驻某某部纪检监察组。");
        in.announcedOn = QDate(2025, 2, 20);
        in.announcePlace = QStringLiteral("某某部第一会议室");
        in.announcer = QStringLiteral("李四");
        in.recorder = QStringLiteral("王五");
        in.attendees = QStringLiteral("规划司党支部委员");
        in.subjectStatement = QStringLiteral("接受组织处理。");
        return in;
    }

    // Renders to PDF and returns its text with layout spaces removed (a reader searching the PDF).
    QString renderText(DocumentKind kind, const CaseState& state)
    {
        const QString path = m_dir.filePath(documentKindId(kind) + QStringLiteral(".pdf"));
        const Result<RenderedDocument> r =
            renderDocument(kind, state, inputs(), m_settings, OutputFormat::Pdf, path);
        if (!r.ok()) {
            qWarning() << r.error().message;
            return {};
        }
        QString text = pdfText(path);
        text.remove(QLatin1Char(' '));
        text.remove(QLatin1Char('\n'));
        return text;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("CASETRACK_KEEP_DOCS")) {
            m_dir.setAutoRemove(false);
            qInfo() << m_dir.path();
        }
        QVERIFY(decidedCase().decision.has_value());
    }

    void decisionHoldsTheFields()
    {
        const QString text = renderText(DocumentKind::Decision, decidedCase());
        QVERIFY2(text.contains(QStringLiteral("中共某某部党组关于给予张三同志警告处分的决定")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("某党组〔2025〕3号")));
        QVERIFY(text.contains(QStringLiteral(
            "张三，男，汉族，1975年3月生，1998年6月加入中国共产党，现任某某部规划司副司长。")));
        QVERIFY(text.contains(QStringLiteral("违规收受礼品，价值共计3,200元。")));
        QVERIFY(text.contains(QStringLiteral(
            "依据《中国共产党纪律处分条例》第一百零一条，经中共某某部党组2025年1月31日会议集体讨论决定")));
        QVERIFY(text.contains(QStringLiteral("本决定自2025年1月31日起生效。")));
        QVERIFY(text.contains(QStringLiteral("抄送：中央纪委国家监委驻某某部纪检监察组。")));
        QVERIFY(text.contains(QStringLiteral("2025年1月31日印发")));
        QVERIFY(text.contains(QStringLiteral("—1—")));
    }

    void filingFormIsATable()
    {
        const QString text = renderText(DocumentKind::FilingForm, decidedCase());
        QVERIFY2(text.contains(QStringLiteral("党纪处分备案表")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("姓名张三")));
        QVERIFY(text.contains(QStringLiteral("处分种类警告")));
        QVERIFY(text.contains(QStringLiteral("应到7人，实到6人，同意6人")));
        // 第十一条: 90 days from 2025-01-31 is 2025-05-01, a holiday: extended to 2025-05-06.
        QVERIFY(text.contains(QStringLiteral("备案期限")));
        QVERIFY(text.contains(QStringLiteral("2025年5月6日前")));
        QVERIFY(text.contains(QStringLiteral("民族汉族"))); // not the radical ⺠
    }

    void announcementRecord()
    {
        const QString text = renderText(DocumentKind::Announcement, decidedCase());
        QVERIFY(text.contains(QStringLiteral("党纪处分决定宣布记录")));
        QVERIFY(text.contains(QStringLiteral("宣布时间2025年2月20日")));
        QVERIFY(text.contains(QStringLiteral("某某部第一会议室")));
        QVERIFY(text.contains(QStringLiteral("宣布期限2025年2月28日前")));
        QVERIFY(text.contains(QStringLiteral("接受组织处理。")));
    }

    void summaryHasTimelineDeadlinesAndPeriods()
    {
        const QString text = renderText(DocumentKind::Summary, decidedCase());
        QVERIFY(text.contains(QStringLiteral("案件摘要")));
        QVERIFY(text.contains(QStringLiteral("2025-007")));
        QVERIFY(text.contains(QStringLiteral("立案审查调查")));
        QVERIFY(text.contains(QStringLiteral("第五条")));
        QVERIFY(text.contains(QStringLiteral("第九条")));
        QVERIFY(text.contains(QStringLiteral("应到7人")));
        QVERIFY(text.contains(QStringLiteral("2025年2月28日"))); // announce deadline
        QVERIFY(text.contains(QStringLiteral("第十条")));
        QVERIFY(text.contains(QStringLiteral("第十一条")));
        QVERIFY(text.contains(QStringLiteral("2026年1月31日"))); // a warning: one year (第十条 of the 条例)
    }

    void noticesNameTheirArticles_data()
    {
        // Each notice on a case of the procedure it belongs to (issue 11: only the track's own).
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("track");
        QTest::addColumn<QString>("expected");
        QTest::newRow("principal") << int(DocumentKind::NoticePrincipal) << QString()
                                   << QStringLiteral("第五条");
        QTest::newRow("proposal") << int(DocumentKind::NoticeProposal) << QStringLiteral("transfer")
                                  << QStringLiteral("提出给予张三同志严重警告处分的建议");
        QTest::newRow("suggestion") << int(DocumentKind::NoticeSuggestion) << QString()
                                    << QStringLiteral("建议给予张三同志警告处分");
        QTest::newRow("transfer") << int(DocumentKind::TransferLetter) << QStringLiteral("transfer")
                                  << QStringLiteral("现将该案移送你委审理");
        QTest::newRow("stationed") << int(DocumentKind::NoticeStationedBody) << QString()
                                   << QStringLiteral("该决定将于2025年2月28日前宣布");
        QTest::newRow("orgdept") << int(DocumentKind::NoticeOrgDepartment) << QStringLiteral("standard")
                                 << QStringLiteral("第十一条第三款");
        QTest::newRow("local") << int(DocumentKind::NoticeLocalPartyOrg) << QStringLiteral("transfer")
                               << QStringLiteral("中共某某市委：");
        QTest::newRow("competent") << int(DocumentKind::NoticeCompetentPartyGroup) << QStringLiteral("local")
                                   << QStringLiteral("通报（抄告）你们");
    }

    void noticesNameTheirArticles()
    {
        QFETCH(int, kind);
        QFETCH(QString, track);
        QFETCH(QString, expected);
        CaseState state = decidedCase();
        for (const TrackCase& c : allTrackCases(QStringLiteral("张三")))
            if (c.label == track)
                state = c.state;
        const QString text = renderText(DocumentKind(kind), state);
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("张三")));
    }

    // Issue 11: the documents of the special paths and of the decision's later life, rendered
    // to PDF and read back as a reader would search them.
    void laterLifeDocumentsRender_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("fixture");
        QTest::addColumn<QString>("expected");
        QTest::newRow("escalation") << int(DocumentKind::EscalationRequest) << 0
                                    << QStringLiteral("现报请中央纪委国家监委研究决定");
        QTest::newRow("consultation") << int(DocumentKind::ConsultationLetter) << 1
                                      << QStringLiteral("拟给予张三同志警告处分");
        // The recorded announcement (2025-05-26), not the date typed for the announcement record.
        QTest::newRow("execution") << int(DocumentKind::ExecutionReport) << 2
                                   << QStringLiteral("处分决定已于2025年5月26日向张三同志宣布");
        QTest::newRow("probation") << int(DocumentKind::ProbationEndDecision) << 2
                                   << QStringLiteral("决定恢复张三同志党员权利");
        QTest::newRow("appeal") << int(DocumentKind::AppealDecision) << 3
                                << QStringLiteral("变更为严重警告处分");
    }

    void laterLifeDocumentsRender()
    {
        QFETCH(int, kind);
        QFETCH(int, fixture);
        QFETCH(QString, expected);
        const QString name = QStringLiteral("张三");
        const CaseState states[] = {escalatedCase(name), consultedLocalCase(name), probationEndedCase(name),
                                    appealChangedCase(name)};
        const QString text = renderText(DocumentKind(kind), states[fixture]);
        QVERIFY2(text.contains(expected), qPrintable(text));
        // Kept for a look (pdftoppm) when CASETRACK_KEEP_DOCUMENTS names a folder.
        if (const QString keep = qEnvironmentVariable("CASETRACK_KEEP_DOCUMENTS"); !keep.isEmpty())
            QFile::copy(m_dir.filePath(documentKindId(DocumentKind(kind)) + QStringLiteral(".pdf")),
                        QDir(keep).filePath(documentKindId(DocumentKind(kind)) + QStringLiteral(".pdf")));
    }

    void documentsNeedTheirStep()
    {
        const Result<Document> doc =
            buildCaseDocument(DocumentKind::Decision, proposalCase(), inputs(), m_settings);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, ErrorCode::Refused);
        QCOMPARE(doc.error().article, QStringLiteral("第九条"));
        QVERIFY(buildCaseDocument(DocumentKind::NoticeSuggestion, proposalCase(), inputs(), m_settings).ok());
        // The transfer letter belongs to the transfer procedure only (第六条).
        const Result<Document> letter =
            buildCaseDocument(DocumentKind::TransferLetter, proposalCase(), inputs(), m_settings);
        QCOMPARE(letter.error().code, ErrorCode::Refused);
    }

    void userTemplateReplacesTheBuiltIn()
    {
        QTemporaryDir own;
        QFile file(QDir(own.path()).filePath(QStringLiteral("decision.tpl")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("@title 自定义{{subject.name}}决定\n@p 处分：{{decision.sanction}}，{{my.key}}\n");
        file.close();
        DocumentSettings settings = m_settings;
        settings.templateDirectory = own.path();
        DocumentInputs in = inputs();
        in.extra.insert(QStringLiteral("my.key"), QStringLiteral("自定义值"));
        Result<Document> doc = buildCaseDocument(DocumentKind::Decision, decidedCase(), in, settings);
        QVERIFY(doc.ok());
        QCOMPARE(doc->titleLines, QStringList{QStringLiteral("自定义张三决定")});
        QCOMPARE(doc->body.first().text, QStringLiteral("处分：警告，自定义值"));

        in.extra.clear(); // an unknown placeholder is an error naming it and its line
        doc = buildCaseDocument(DocumentKind::Decision, decidedCase(), in, settings);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, ErrorCode::Invalid);
        QVERIFY(doc.error().message.contains(QStringLiteral("my.key")));
        QVERIFY(doc.error().message.contains(QStringLiteral("2")));
    }

    void settingsRoundTrip()
    {
        DocumentSettings s = DocumentSettings::defaults();
        s.partyGroup = QStringLiteral("中共甲部党组");
        s.signatures.insert(QStringLiteral("stationed_body"), QStringLiteral("驻甲部纪检监察组"));
        s.numberPattern = QStringLiteral("甲党组〔{year}〕{seq}号");
        const Result<DocumentSettings> back = DocumentSettings::fromJson(s.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->partyGroup, s.partyGroup);
        QCOMPARE(back->signatureFor(QStringLiteral("stationed_body")), QStringLiteral("驻甲部纪检监察组"));
        QCOMPARE(back->formatNumber(2025, 3), QStringLiteral("甲党组〔2025〕3号"));
        QJsonObject bad = s.toJson();
        bad.insert(QStringLiteral("colour"), QStringLiteral("red"));
        QCOMPARE(DocumentSettings::fromJson(bad).error().code, ErrorCode::Invalid);
    }

    void odtIsAValidPackage()
    {
        const QString path = m_dir.filePath(QStringLiteral("decision.odt"));
        const Result<RenderedDocument> r = renderDocument(DocumentKind::Decision, decidedCase(), inputs(),
                                                          m_settings, OutputFormat::Odt, path);
        QVERIFY(r.ok());
        int err = 0;
        zip_t* zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &err);
        QVERIFY(zip);
        zip_stat_t st;
        QVERIFY(zip_stat_index(zip, 0, 0, &st) == 0);
        QCOMPARE(QByteArray(st.name), QByteArray("mimetype"));
        QCOMPARE(int(st.comp_method), int(ZIP_CM_STORE));
        auto read = [&](const char* name) {
            QByteArray data;
            zip_file_t* f = zip_fopen(zip, name, 0);
            if (!f)
                return data;
            char buf[4096];
            zip_int64_t n;
            while ((n = zip_fread(f, buf, sizeof buf)) > 0)
                data.append(buf, int(n));
            zip_fclose(f);
            return data;
        };
        QCOMPARE(read("mimetype"), QByteArray("application/vnd.oasis.opendocument.text"));
        const QString content = QString::fromUtf8(read("content.xml"));
        QVERIFY(content.contains(QStringLiteral("关于给予张三同志警告处分的决定")));
        QVERIFY(content.contains(QStringLiteral("违规收受礼品")));
        QVERIFY(read("styles.xml").contains("fo:margin-top=\"37mm\""));
        QVERIFY(read("META-INF/manifest.xml").contains("content.xml"));
        QVERIFY(read("meta.xml").contains("CaseTrack"));
        zip_close(zip);
    }
};

QTEST_MAIN(TestCaseDocuments)
#include "test_case_documents.moc"
