// The fact dialogs show the core's fact errors with the dialogs' own labels, in Chinese and in
// English: no field key (subject.org_relation_local), no raw value (true, grassroots), no step id.
#include "common/FactErrorText.h"
#include "procedure/CaseFacts.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>

using namespace casetrack;

namespace {

// Every fact combination the core refuses, one case each.
QList<CaseFacts> refusedCombinations()
{
    QList<CaseFacts> all;
    CaseFacts notManaged;
    notManaged.subject.managedByPartyGroup = false;
    all.append(notManaged);
    CaseFacts grassrootsAppointed;
    grassrootsAppointed.decisionRoute = DecisionRoute::Grassroots;
    grassrootsAppointed.subject.appointedByPartyGroup = true;
    all.append(grassrootsAppointed);
    CaseFacts committeeNotLocal;
    committeeNotLocal.subject.localCommitteeMember = true;
    committeeNotLocal.subject.orgRelationLocal = false;
    all.append(committeeNotLocal);
    CaseFacts localFilingNotLocal;
    localFilingNotLocal.filingBody = QStringLiteral("local_commission");
    localFilingNotLocal.subject.orgRelationLocal = false;
    all.append(localFilingNotLocal);
    return all;
}

const QRegularExpression kRaw(QStringLiteral(
    "[a-z]+_[a-z_]+|subject\\.|\\btrue\\b|\\bfalse\\b|\\bgrassroots\\b(?! bodies)|\\borg (list|add)\\b"));

} // namespace

class TestFactErrorText : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { installTranslations(QStringLiteral("zh_CN")); }

    void noRawNames_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void noRawNames()
    {
        QFETCH(QString, language);
        installTranslations(language);
        const QList<CaseFacts> refused = refusedCombinations();
        for (const CaseFacts& facts : refused) {
            const Error error = checkFactCombinations(facts);
            QVERIFY(error.isError());
            QVERIFY2(kRaw.match(error.message).hasMatch(), qPrintable(error.message)); // the core's words
            const QString shown = factErrorText(error);
            QVERIFY2(!kRaw.match(shown).hasMatch(), qPrintable(shown));
        }
        // A refused correction names the steps it would orphan, with their ids.
        const QString refusal = QCoreApplication::translate("ProcedureEngine", "第%1项“%2”（%3）：%4")
                                    .arg(QString::number(3), QCoreApplication::translate("StepTable", "立案"),
                                         QStringLiteral("case_filed"), QStringLiteral("…"));
        const QString shown = factErrorText(Error::make(ErrorCode::Refused, refusal));
        QVERIFY2(!shown.contains(QStringLiteral("case_filed")), qPrintable(shown));
    }

    void chineseReadsAsTheDialog()
    {
        installTranslations(QStringLiteral("zh_CN"));
        CaseFacts facts;
        facts.decisionRoute = DecisionRoute::Grassroots;
        facts.subject.appointedByPartyGroup = true;
        const QString shown = factErrorText(checkFactCombinations(facts));
        QVERIFY2(shown.contains(QStringLiteral("“处分决定方式”为“基层纪委、基层党委审批”")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("“任免由驻在单位党组会议讨论决定”为“是”")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("请改为“党组讨论决定”")), qPrintable(shown));
    }

    void englishReadsAsTheDialog()
    {
        installTranslations(QStringLiteral("en"));
        CaseFacts facts;
        facts.filingBody = QStringLiteral("local_commission");
        facts.subject.orgRelationLocal = false;
        const QString shown = factErrorText(checkFactCombinations(facts));
        QVERIFY2(shown.contains(QStringLiteral("“Filing body” is “local commission”")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("“Party relation local” is “yes”")),
                 qPrintable(shown));
        // English words in brackets that are not step ids stay.
        const QString kept =
            factErrorText(Error::make(ErrorCode::Invalid, QStringLiteral("Check it (again).")));
        QCOMPARE(kept.contains(QStringLiteral("(again)")), true);
    }
};

QTEST_MAIN(TestFactErrorText)
#include "test_fact_error_text.moc"
