// Article references in English: every form the step table and the engine write.
#include "common/ArticleText.h"
#include "util/Translations.h"

#include <QLocale>
#include <QTest>

using namespace casetrack;

class TestArticleText : public QObject
{
    Q_OBJECT

private slots:
    void numerals_data()
    {
        QTest::addColumn<QString>("numeral");
        QTest::addColumn<int>("value");
        QTest::newRow("一") << QStringLiteral("一") << 1;
        QTest::newRow("十") << QStringLiteral("十") << 10;
        QTest::newRow("十二") << QStringLiteral("十二") << 12;
        QTest::newRow("四十四") << QStringLiteral("四十四") << 44;
        QTest::newRow("一百零一") << QStringLiteral("一百零一") << 101;
        QTest::newRow("一百一十") << QStringLiteral("一百一十") << 110;
        QTest::newRow("not a numeral") << QStringLiteral("甲") << 0;
    }
    void numerals()
    {
        QFETCH(QString, numeral);
        QFETCH(int, value);
        QCOMPARE(chineseNumeral(numeral), value);
    }

    void english_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("article") << QStringLiteral("第十条") << QStringLiteral("Art. 10");
        QTest::newRow("paragraph") << QStringLiteral("第四条第二款") << QStringLiteral("Art. 4(2)");
        QTest::newRow("item") << QStringLiteral("第六条第三款第一项") << QStringLiteral("Art. 6(3)(1)");
        QTest::newRow("in a sentence")
            << QStringLiteral("Required step, under 第十一条. Cannot be recorded yet: see 第十条.")
            << QStringLiteral("Required step, under Art. 11. Cannot be recorded yet: see Art. 10.");
        QTest::newRow("named regulation") << QStringLiteral("《中国共产党纪律处分条例》第四十四条")
                                          << QStringLiteral("Art. 44 of the CPC Disciplinary Regulations");
        QTest::newRow("Party constitution")
            << QStringLiteral("党章第四十三条") << QStringLiteral("Art. 43 of the Party Constitution");
        QTest::newRow("spelled out") << QStringLiteral("at least 5 must vote in favour (Article 9).")
                                     << QStringLiteral("at least 5 must vote in favour (Art. 9).");
        QTest::newRow("no reference") << QStringLiteral("Closed") << QStringLiteral("Closed");
    }
    void english()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        installTranslations(QStringLiteral("en"));
        QCOMPARE(localizeArticles(text), expected);
    }

    void chineseUnchanged()
    {
        installTranslations(QStringLiteral("zh_CN"));
        const QString text = QStringLiteral("必经步骤，依据《中国共产党纪律处分条例》第四十四条");
        QCOMPARE(localizeArticles(text), text);
    }
};

QTEST_MAIN(TestArticleText)
#include "test_article_text.moc"
