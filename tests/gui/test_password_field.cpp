// Passwords are wiped after use (issue 9): the text a password field holds is zeroed where it
// lies, after the unlock and the password change have used it and when the field goes. A copy
// taken while the text was in the field shares its buffer, so it shows what is left there.
#include "GuiTestSupport.h"
#include "common/PasswordField.h"
#include "services/Session.h"
#include "unlock/UnlockDialog.h"
#include "users/ChangePasswordDialog.h"

#include <QComboBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace casetrack;

namespace {

bool zeroed(const QString& text, qsizetype size)
{
    return text.size() == size && text == QString(size, QChar(0));
}

} // namespace

class TestPasswordField : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpGuiTests(); }

    void wipeZeroesWhatWasTyped()
    {
        PasswordField field;
        QCOMPARE(field.echoMode(), QLineEdit::Password);
        test::typeText(&field, QStringLiteral("Secret#2026"));
        const QString held = field.text(); // shares the field's buffer
        QCOMPARE(held, QStringLiteral("Secret#2026"));
        field.wipe();
        QVERIFY(field.text().isEmpty());
        QVERIFY2(zeroed(held, 11), qPrintable(held));
    }

    void goingZeroesWhatWasTyped()
    {
        auto* field = new PasswordField;
        test::typeText(field, QStringLiteral("Secret#2026"));
        const QString held = field->text();
        delete field;
        QVERIFY2(zeroed(held, 11), qPrintable(held));
    }

    void unlockWipesThePasswordRightOrWrong()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        QVERIFY(test::createDatabase(path));
        UnlockDialog dialog(path);
        dialog.show();
        dialog.findChild<QComboBox*>(QStringLiteral("userName"))->setEditText(test::kAdmin);
        auto* password = dialog.findChild<PasswordField*>(QStringLiteral("password"));
        QVERIFY(password);
        auto* unlock = dialog.findChild<QPushButton*>(QStringLiteral("unlockButton"));

        const QString wrong = QStringLiteral("not the password 1");
        test::typeText(password, wrong);
        const QString heldWrong = password->text();
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY(!dialog.takeSession());
        QVERIFY(zeroed(heldWrong, wrong.size()));

        test::typeText(password, test::kPassword);
        const QString heldRight = password->text();
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY(dialog.takeSession());
        QVERIFY(zeroed(heldRight, test::kPassword.size()));
    }

    void passwordChangeWipesAllThree()
    {
        QTemporaryDir dir;
        std::unique_ptr<Session> session = test::createDatabase(dir.filePath(QStringLiteral("c.db")));
        QVERIFY(session);
        ChangePasswordDialog dialog(*session);
        const QString fresh = QStringLiteral("a new and longer passphrase 7");
        QList<QString> held;
        for (const auto& [name, text] :
             {std::pair{"oldPassword", test::kPassword}, std::pair{"newPassword", fresh},
              std::pair{"newPasswordRepeat", fresh}}) {
            auto* field = dialog.findChild<PasswordField*>(QLatin1String(name));
            QVERIFY(field);
            test::typeText(field, text);
            held.append(field->text());
        }
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("changePasswordOk")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(zeroed(held[0], test::kPassword.size()));
        QVERIFY(zeroed(held[1], fresh.size()));
        QVERIFY(zeroed(held[2], fresh.size()));
    }
};

QTEST_MAIN(TestPasswordField)
#include "test_password_field.moc"
