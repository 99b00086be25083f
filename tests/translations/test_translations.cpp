// The .ts files are the source of truth for every text the user reads (edited in Qt Linguist).
// This lint checks what a translator can break without noticing — an unfinished message, a lost
// %1 or <b> — and that the compiled translations really reach the running program.
#include "TsFile.h"
#include "procedure/CaseFacts.h"
#include "util/TextCache.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace casetrack;
using namespace casetrack::test;

namespace {

QString tsPath(const char* language)
{
    return QStringLiteral(CASETRACK_TS_DIR "/casetrack_%1.ts").arg(QLatin1String(language));
}

QList<TsMessage> load(const char* language)
{
    QString error;
    const QList<TsMessage> messages = readTsFile(tsPath(language), &error);
    if (!error.isEmpty())
        qWarning("%s: %s", qPrintable(tsPath(language)), qPrintable(error));
    return messages;
}

// Placeholders (%1, %L1, %n), template fields ({year}), markup (<b>) and mnemonics (&F, whose
// letter may change) that a translation must keep, sorted so their order may change.
QStringList markers(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("%(?:n|L?\\d+)|\\{[a-z_]+\\}|</?[a-z]+>|&[A-Za-z0-9]"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString marker = it.next().captured();
        found << (marker.startsWith(QLatin1Char('&')) ? QStringLiteral("&") : marker);
    }
    found.sort();
    return found;
}

int trailingNewlines(const QString& text)
{
    int count = 0;
    for (qsizetype i = text.size() - 1; i >= 0 && text.at(i) == QLatin1Char('\n'); --i)
        ++count;
    return count;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageFinished_data();
    void everyMessageFinished();
    void translationsKeepPlaceholders_data();
    void translationsKeepPlaceholders();
    void bothLanguagesHaveTheSameMessages();
    void englishReachesTheRunningProgram();
    void qtsOwnTextsInChinese();
    void markersAreFound();
    void listsFollowTheLanguage();
};

void TestTranslations::everyMessageFinished_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTranslations::everyMessageFinished()
{
    QFETCH(QString, language);
    const QList<TsMessage> messages = load(qPrintable(language));
    QVERIFY(messages.size() > 100);
    QStringList unfinished;
    for (const TsMessage& m : messages) {
        if (!m.finished)
            unfinished << m.context + QStringLiteral(": ") + m.source;
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
}

void TestTranslations::translationsKeepPlaceholders_data()
{
    everyMessageFinished_data();
}

void TestTranslations::translationsKeepPlaceholders()
{
    QFETCH(QString, language);
    QStringList problems;
    for (const TsMessage& m : load(qPrintable(language))) {
        for (const QString& text : m.translations) {
            // A plural form may spell the number out only where the source has %n.
            if (markers(text) != markers(m.source) || trailingNewlines(text) != trailingNewlines(m.source))
                problems << QStringLiteral("%1: «%2» → «%3»").arg(m.context, m.source, text);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::bothLanguagesHaveTheSameMessages()
{
    QSet<QString> chinese, english;
    for (const TsMessage& m : load("zh_CN"))
        chinese.insert(m.context + QLatin1Char('\x1f') + m.source);
    for (const TsMessage& m : load("en"))
        english.insert(m.context + QLatin1Char('\x1f') + m.source);
    QCOMPARE(english.size(), chinese.size());
    QVERIFY(english == chinese);
}

// One finished message of every context, looked up through the installed translator exactly as
// tr() does: a context filed under the wrong name by lupdate, or a .qm missing from the
// resources, shows up here as the Chinese source coming back.
void TestTranslations::englishReachesTheRunningProgram()
{
    QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    QSet<QString> checked;
    QStringList problems;
    for (const TsMessage& m : load("en")) {
        if (checked.contains(m.context) || m.numerus || m.translations.value(0) == m.source)
            continue;
        checked.insert(m.context);
        const QString shown =
            QCoreApplication::translate(qPrintable(m.context), m.source.toUtf8().constData());
        if (shown != m.translations.value(0))
            problems << QStringLiteral("%1: «%2» shows «%3»").arg(m.context, m.source, shown);
    }
    QVERIFY(checked.size() >= 10);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// Qt's own file, print and message dialogs say 保存 / 取消 / 查找范围 in Chinese: qtbase_zh_CN
// (package qt6-translations-l10n, installed by scripts/setup and a dependency of the package)
// is loaded from Qt's translations folder.
void TestTranslations::qtsOwnTextsInChinese()
{
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(folder + QStringLiteral("/qtbase_zh_CN.qm")))
        QSKIP("qtbase_zh_CN.qm is not installed (qt6-translations-l10n; scripts/setup installs it)");
    QCOMPARE(installTranslations(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Save"), QStringLiteral("保存"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"), QStringLiteral("查找范围："));
}

// The lint itself must see what it guards.
void TestTranslations::markersAreFound()
{
    QCOMPARE(markers(QStringLiteral("第%1条 <b>%n</b> {year} &F")),
             (QStringList{QStringLiteral("%1"), QStringLiteral("%n"), QStringLiteral("&"),
                          QStringLiteral("</b>"), QStringLiteral("<b>"), QStringLiteral("{year}")}));
    QVERIFY(markers(QStringLiteral("%1 份")) != markers(QStringLiteral("copies")));
}

// The core's messages that list choices join them in the message's language: no 、 inside an
// English sentence.
void TestTranslations::listsFollowTheLanguage()
{
    const QJsonObject bad{
        {QStringLiteral("subject"), QJsonObject{{QStringLiteral("name"), QStringLiteral("张三")}}},
        {QStringLiteral("filing_body"), QStringLiteral("nobody")}};
    QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    resetTranslationCache();
    const QString english = CaseFacts::fromJson(bad).error().message;
    QVERIFY2(english.contains(QStringLiteral("stationed_body, local_commission")) &&
                 !english.contains(QChar(0x3001)),
             qPrintable(english));
    installTranslations(QStringLiteral("zh_CN"));
    resetTranslationCache();
    const QString chinese = CaseFacts::fromJson(bad).error().message;
    QVERIFY2(chinese.contains(QStringLiteral("stationed_body、local_commission")), qPrintable(chinese));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
