#pragma once

#include <QLineEdit>

namespace casetrack {

// A line edit for a password or a recovery key (issue 9: "wipe passwords after use"). The text
// is shown as dots; wipe() zeroes it where the field keeps it and empties the field, and the
// field zeroes it when it goes (a dialog closed or destroyed by the lock). What Qt copies on the
// way is freed, not wiped: each key event's text, the undo steps, the shorter buffers left behind
// as the text grew (docs/security.md).
class PasswordField : public QLineEdit
{
    Q_OBJECT
public:
    explicit PasswordField(QWidget* parent = nullptr);
    ~PasswordField() override;
    PasswordField(const PasswordField&) = delete;
    PasswordField& operator=(const PasswordField&) = delete;

    // Zeroes the text and empties the field (after the password has been used).
    void wipe();
};

} // namespace casetrack
