#include "services/StagedOutput.h"

#include "util/FileProblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace casetrack {

Result<StagedOutput> StagedOutput::beside(const QString& destination)
{
    const QFileInfo info(destination);
    const QString target = info.absoluteFilePath();
    // The suffix stays, so nothing that looks at the name sees a different kind of file.
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    QTemporaryFile reserved(info.absolutePath() + QStringLiteral("/.casetrack-XXXXXX") + suffix);
    reserved.setAutoRemove(false);
    if (!reserved.open())
        return Error::make(ErrorCode::Unavailable,
                           QCoreApplication::translate("Session", "无法写入文件 %1：%2")
                               .arg(QDir::toNativeSeparators(target), fileWriteProblem(target)));
    // QTemporaryFile creates its file 0600 already; said again for the reader of this code.
    reserved.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString staging = reserved.fileName();
    reserved.close();
    return StagedOutput(staging, target);
}

StagedOutput::StagedOutput(QString staging, QString destination)
    : m_staging(std::move(staging)), m_destination(std::move(destination))
{}

StagedOutput::StagedOutput(StagedOutput&& other) noexcept
    : m_staging(std::move(other.m_staging)), m_destination(std::move(other.m_destination)),
      m_released(other.m_released)
{
    other.m_staging.clear();
    other.m_released = true;
}

StagedOutput& StagedOutput::operator=(StagedOutput&& other) noexcept
{
    if (this != &other) {
        discard();
        m_staging = std::move(other.m_staging);
        m_destination = std::move(other.m_destination);
        m_released = other.m_released;
        other.m_staging.clear();
        other.m_released = true;
    }
    return *this;
}

StagedOutput::~StagedOutput()
{
    discard();
}

void StagedOutput::discard()
{
    if (!m_released && !m_staging.isEmpty())
        QFile::remove(m_staging);
}

Error StagedOutput::release()
{
    if (m_released || m_staging.isEmpty())
        return Error::make(ErrorCode::Invalid, QStringLiteral("StagedOutput::release called twice"));
    QFile::setPermissions(m_staging, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // std::filesystem::rename replaces an existing file on every platform (rename(2) on POSIX,
    // MoveFileEx with REPLACE_EXISTING on Windows): readers see the old or the new file.
    std::error_code failed;
    std::filesystem::rename(std::filesystem::path(m_staging.toStdU16String()),
                            std::filesystem::path(m_destination.toStdU16String()), failed);
    if (failed)
        return Error::make(
            ErrorCode::Unavailable,
            QCoreApplication::translate("Session", "无法写入文件 %1：%2")
                .arg(QDir::toNativeSeparators(m_destination), fileWriteProblem(m_destination)));
    m_released = true;
    return Error::ok();
}

} // namespace casetrack
