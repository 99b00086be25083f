// Case facts name organs by registry id; a typo or an organ of the wrong kind would otherwise
// surface only when a document prints the wrong name, long after the case was created.
#include "procedure/CaseBodies.h"

#include <QCoreApplication>

namespace casetrack {

Error checkCaseBodies(const QMap<QString, QString>& bodies, const QList<Organization>& registry)
{
    for (auto it = bodies.begin(); it != bodies.end(); ++it) {
        const Organization* found = nullptr;
        for (const Organization& organ : registry)
            if (organ.id == it.value())
                found = &organ;
        if (!found)
            return Error::make(ErrorCode::Invalid,
                               QCoreApplication::translate(
                                   "CaseFacts", "字段 bodies.%1：没有编号为 %2 的机构。请用 org list "
                                                "查看已登记的机构，或先用 org add 登记。")
                                   .arg(it.key(), it.value()));
        if (found->kind != it.key())
            return Error::make(ErrorCode::Invalid,
                               QCoreApplication::translate(
                                   "CaseFacts", "字段 bodies.%1：机构 %2（%3）登记的类别是 %4，不是 %1。"
                                                "请选择类别为 %1 的机构。")
                                   .arg(it.key(), it.value(), found->name, found->kind));
    }
    return Error::ok();
}

} // namespace casetrack
