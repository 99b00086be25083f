// crypto/SealedMemory: what the idle lock keeps of open dialogs is encrypted under a key of its
// own, comes back whole, and is gone once cleared or altered.
#include "crypto/SealedMemory.h"

#include <QTest>

using namespace casetrack;

class TestSealedMemory : public QObject
{
    Q_OBJECT

private slots:
    void sealsAndOpens()
    {
        const QByteArray text = QStringLiteral("违纪事实：张三于2024年收受礼金").toUtf8();
        QByteArray plaintext = text;
        const SealedMemory sealed = SealedMemory::seal(plaintext);
        QVERIFY(plaintext.isEmpty()); // wiped and emptied
        QVERIFY(!sealed.isEmpty());
        QVERIFY(!sealed.box().contains(text));
        QVERIFY(!sealed.box().contains(QByteArrayLiteral("张三")));
        const std::optional<QByteArray> opened = sealed.open();
        QVERIFY(opened.has_value());
        QCOMPARE(*opened, text);
    }

    void eachSealHasItsOwnKey()
    {
        QByteArray a = QByteArrayLiteral("same text");
        QByteArray b = QByteArrayLiteral("same text");
        QVERIFY(SealedMemory::seal(a).box() != SealedMemory::seal(b).box());
    }

    void clearedOrEmptyOpensNothing()
    {
        QByteArray plaintext = QByteArrayLiteral("typed");
        SealedMemory sealed = SealedMemory::seal(plaintext);
        sealed.clear();
        QVERIFY(sealed.isEmpty());
        QVERIFY(!sealed.open().has_value());
        QVERIFY(!SealedMemory().open().has_value());
    }

    void emptyTextSealsToo()
    {
        QByteArray plaintext;
        const SealedMemory sealed = SealedMemory::seal(plaintext);
        QCOMPARE(sealed.open(), std::optional<QByteArray>(QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TestSealedMemory)
#include "test_sealed_memory.moc"
