// Messages (util/Message.h): what the engine says, kept until it is shown, and stored as such in
// the case summaries.
#include "util/Message.h"

#include <QtTest>

using namespace casetrack;

namespace {

Message counted()
{
    return Message("Test", "自%1起算%2个月").arg(QStringLiteral("2025-01-31"), 1);
}

} // namespace

class TestMessage : public QObject
{
    Q_OBJECT

private slots:
    void argumentsGoInOnce();
    void argumentsFollowThePlaceholdersNumbers();
    void nestedMessagesAreShownWithIt();
    void verbatimIsShownAsItIs();
    void equalityLooksAtEverything();
    void encodedMessagesComeBackEqual_data();
    void encodedMessagesComeBackEqual();
    void anythingElseIsNotAMessage_data();
    void anythingElseIsNotAMessage();
    void decodedTextShowsDamageAsItIs();
};

// As QString::arg(a, b): a text that holds "%1" is put in as it is, not substituted again.
void TestMessage::argumentsGoInOnce()
{
    const Message m = Message("Test", "%1 与 %2").arg(QStringLiteral("%2"), QStringLiteral("乙"));
    QCOMPARE(m.toString(), QStringLiteral("%2 与 乙"));
    QCOMPARE(counted().toString(), QStringLiteral("自2025-01-31起算1个月"));
}

// The lowest placeholder takes the first argument, whatever order a translation writes them in;
// a placeholder without an argument stays.
void TestMessage::argumentsFollowThePlaceholdersNumbers()
{
    QCOMPARE(Message("Test", "%2 after %1").arg(QStringLiteral("a"), QStringLiteral("b")).toString(),
             QStringLiteral("b after a"));
    QCOMPARE(Message("Test", "%1 and %3").arg(QStringLiteral("a")).toString(), QStringLiteral("a and %3"));
    QCOMPARE(Message("Test", "第%10项").arg(7).toString(), QStringLiteral("第7项"));
    QCOMPARE(Message("Test", "100%").toString(), QStringLiteral("100%"));
}

void TestMessage::nestedMessagesAreShownWithIt()
{
    const Message joined =
        Message("Test", "%1，%2")
            .arg(counted(), Message("Test", "期满日为%1").arg(QStringLiteral("2025-02-28")));
    QCOMPARE(joined.toString(), QStringLiteral("自2025-01-31起算1个月，期满日为2025-02-28"));
}

void TestMessage::verbatimIsShownAsItIs()
{
    const Message own = Message::verbatim(QStringLiteral("本单位规定 %1"));
    QCOMPARE(own.toString(), QStringLiteral("本单位规定 %1"));
    QVERIFY(!own.isEmpty());
    QVERIFY(Message().isEmpty());
    QCOMPARE(Message().toString(), QString());
}

void TestMessage::equalityLooksAtEverything()
{
    QCOMPARE(counted(), counted());
    QVERIFY(counted() != Message("Test", "自%1起算%2个月").arg(QStringLiteral("2025-01-31"), 2));
    QVERIFY(counted() != Message("Other", "自%1起算%2个月").arg(QStringLiteral("2025-01-31"), 1));
    QVERIFY(Message("Test", "%1").arg(QStringLiteral("x")) !=
            Message("Test", "%1").arg(Message::verbatim(QStringLiteral("x"))));
    QVERIFY(Message::verbatim(QStringLiteral("a")) != Message::verbatim(QStringLiteral("b")));
}

void TestMessage::encodedMessagesComeBackEqual_data()
{
    QTest::addColumn<Message>("message");
    QTest::newRow("plain") << Message("Deadlines", "宣布党纪处分决定");
    QTest::newRow("arguments") << counted();
    QTest::newRow("nested")
        << Message("Test", "%1，%2").arg(counted(), Message::verbatim(QStringLiteral("国庆节")));
    QTest::newRow("verbatim") << Message::verbatim(QStringLiteral("审查调查结束后20个工作日内提出建议"));
    QTest::newRow("empty") << Message();
    QTest::newRow("empty argument") << Message("Test", "[%1]").arg(QString());
    // A text holding the separator (a holiday name from a hand-edited calendar file) goes as JSON.
    QTest::newRow("separator in an argument")
        << Message("Test", "期满日%1为法定节假日（%2）")
               .arg(QStringLiteral("2025-10-01"), QStringLiteral("国\x1c庆"));
    QTest::newRow("separator in verbatim") << Message::verbatim(QStringLiteral("a\x1c"
                                                                               "b"));
}

void TestMessage::encodedMessagesComeBackEqual()
{
    QFETCH(Message, message);
    const QString encoded = message.encode();
    Message decoded;
    QVERIFY2(Message::decode(encoded, &decoded), qPrintable(encoded));
    QCOMPARE(decoded, message);
    QCOMPARE(decoded.toString(), message.toString());
    QCOMPARE(decoded.encode(), encoded);
    QCOMPARE(decodedText(encoded), message.toString());

    Message viaJson;
    QVERIFY(Message::fromJson(message.toJson(), &viaJson));
    QCOMPARE(viaJson, message);
}

void TestMessage::anythingElseIsNotAMessage_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("prose") << QStringLiteral("宣布党纪处分决定");
    QTest::newRow("no count") << QStringLiteral("M\x1c"
                                                "Test\x1c"
                                                "x");
    QTest::newRow("missing argument") << QStringLiteral("M2\x1c"
                                                        "Test\x1c"
                                                        "%1%2\x1cTa");
    QTest::newRow("extra token") << QStringLiteral("M0\x1c"
                                                   "Test\x1c"
                                                   "x\x1cTa");
    QTest::newRow("no source") << QStringLiteral("M0\x1c"
                                                 "Test\x1c");
    QTest::newRow("bad json") << QStringLiteral("J[{\"c\":\"Test\"}]");
    QTest::newRow("negative count") << QStringLiteral("M-1\x1c"
                                                      "Test\x1c"
                                                      "x");
}

void TestMessage::anythingElseIsNotAMessage()
{
    QFETCH(QString, text);
    Message untouched = counted();
    QVERIFY(!Message::decode(text, &untouched));
    QCOMPARE(untouched, counted());
}

// A stored summary that is not a message (written outside the app) is shown, not lost; the
// summary check (Session::checkSummaries) reports it against the events.
void TestMessage::decodedTextShowsDamageAsItIs()
{
    QCOMPARE(decodedText(QStringLiteral("宣布党纪处分决定")), QStringLiteral("宣布党纪处分决定"));
}

QTEST_GUILESS_MAIN(TestMessage)
#include "test_message.moc"
