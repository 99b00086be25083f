#include "common/PasswordField.h"

#include "crypto/SecureBytes.h"

namespace casetrack {

PasswordField::PasswordField(QWidget* parent) : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
}

PasswordField::~PasswordField()
{
    // In place only: clearing would tell the dialog, which is being destroyed around us.
    QString text = this->text(); // shares the field's buffer
    casetrack::wipe(text);       // zeroes it, for every copy
}

void PasswordField::wipe()
{
    QString text = this->text();
    // setText rather than clear(): clearing is an edit, and would put every character on the
    // undo list; setText empties the list.
    setText(QString());
    casetrack::wipe(text);
}

} // namespace casetrack
