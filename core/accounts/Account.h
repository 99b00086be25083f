#pragma once

#include "accounts/Permissions.h"
#include "accounts/Role.h"

#include <QDateTime>
#include <QString>

namespace casetrack {

struct Account
{
    QString name;
    Role role = Role::CaseOfficer;
    bool active = true;
    QDateTime createdAt;
};

} // namespace casetrack
