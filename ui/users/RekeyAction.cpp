#include "users/RekeyAction.h"

#include "common/ErrorText.h"
#include "crypto/SecureBytes.h"
#include "services/Session.h"

#include <QApplication>
#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace casetrack {

QString runRekey(Session& session, QWidget* parent)
{
    bool ok = false;
    QString password = QInputDialog::getText(
        parent, QCoreApplication::translate("RekeyAction", "重新加密数据库"),
        QCoreApplication::translate(
            "RekeyAction", "重新加密会换用新的数据库密钥和新的恢复密钥；旧的密钥文件、旧的恢复单和已停用"
                           "账户的密码从此都打不开数据库。其他账户下次登录时自动接管新密钥。\n"
                           "（十万件案件约需 5 秒，期间请勿让他人打开数据库。）\n\n请输入您自己的密码："),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return {};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<QString> recovery = session.rekey(password);
    QApplication::restoreOverrideCursor();
    wipe(password); // where it lies, and any copy sharing it
    if (!recovery.ok())
        return errorText(recovery.error());
    QMessageBox box(QMessageBox::Information, QCoreApplication::translate("RekeyAction", "新的恢复密钥"),
                    QCoreApplication::translate(
                        "RekeyAction", "数据库已重新加密。新的恢复密钥只显示这一次，请抄写后妥善保管，"
                                       "并销毁旧的恢复单：\n\n%1")
                        .arg(recovery.value()),
                    QMessageBox::Ok, parent);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
    return QCoreApplication::translate("RekeyAction", "数据库已重新加密。");
}

} // namespace casetrack
