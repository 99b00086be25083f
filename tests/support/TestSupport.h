#pragma once

#include "services/Session.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace casetrack::test {

// tests/data (holiday-cn files), from CASETRACK_TEST_DATA_DIR.
QString dataDir();

// A fresh database in a temporary folder, created with the fast (tests-only) key derivation.
struct TestDatabase
{
    QTemporaryDir dir;
    QString path;
    QString recoveryKey;
    std::unique_ptr<Session> session;

    static constexpr const char* kAdmin = "admin";
    static constexpr const char* kPassword = "correct horse battery staple";

    TestDatabase();
    // Reopens as `user` (drops the current session first, as locking does).
    bool reopen(const QString& user = QString::fromLatin1(kAdmin),
                const QString& password = QString::fromLatin1(kPassword));
};

QByteArray readFile(const QString& path);

} // namespace casetrack::test
