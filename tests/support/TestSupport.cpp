#include "TestSupport.h"

#include <QByteArray>
#include <QFile>

namespace casetrack::test {

QString dataDir()
{
    // The environment wins (ctest sets it); the compiled-in path lets a test executable run alone.
    const QByteArray fromEnvironment = qgetenv("CASETRACK_TEST_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QString::fromLocal8Bit(fromEnvironment);
    return QStringLiteral(CASETRACK_TEST_DATA_DIR);
}

TestDatabase::TestDatabase()
{
    path = dir.filePath(QStringLiteral("test.db"));
    qputenv("CASETRACK_ALLOW_TEST_KDF", "1"); // the tests-only key derivation, explicitly
    auto created = Session::create(path, QString::fromLatin1(kAdmin), QString::fromLatin1(kPassword),
                                   KdfProfile::Fast, &recoveryKey);
    if (created.ok())
        session = created.take();
    else
        qWarning("TestDatabase: %s", qPrintable(created.error().message));
}

bool TestDatabase::reopen(const QString& user, const QString& password)
{
    session.reset();
    auto opened = Session::open(path, user, password);
    if (!opened.ok())
        return false;
    session = opened.take();
    return true;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace casetrack::test
