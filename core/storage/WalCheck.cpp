#include "storage/WalCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#include <cstdint>
#include <cstring>

namespace casetrack {

namespace {

constexpr int kWalHeader = 32;
constexpr int kFrameHeader = 24;

quint32 bigEndian(const uchar* p)
{
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
}

// SQLite's walChecksumBytes: pairs of 32-bit words, in the byte order the magic number says.
void checksum(bool bigEndianWords, const uchar* data, qsizetype size, quint32* s1, quint32* s2)
{
    for (qsizetype i = 0; i + 8 <= size; i += 8) {
        const quint32 x0 = bigEndianWords ? bigEndian(data + i)
                                          : quint32(data[i]) | quint32(data[i + 1]) << 8 |
                                                quint32(data[i + 2]) << 16 | quint32(data[i + 3]) << 24;
        const quint32 x1 = bigEndianWords ? bigEndian(data + i + 4)
                                          : quint32(data[i + 4]) | quint32(data[i + 5]) << 8 |
                                                quint32(data[i + 6]) << 16 | quint32(data[i + 7]) << 24;
        *s1 += x0 + *s2;
        *s2 += x1 + *s1;
    }
}

// The WAL index header in "<database>-shm" (SQLite's WalIndexHdr, native byte order): after a
// process crash it still says how many frames were committed (mxFrame), and under which salts.
struct IndexHeader
{
    bool valid = false;
    quint32 committedFrames = 0;
    QByteArray salts; // the 8 salt bytes, as in the WAL header
};

quint32 native(const uchar* p)
{
    quint32 value;
    memcpy(&value, p, 4);
    return value;
}

IndexHeader readIndexHeader(const QString& shmPath)
{
    IndexHeader header;
    QFile file(shmPath);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(96);
    if (bytes.size() < 48)
        return header;
    const auto* h = reinterpret_cast<const uchar*>(bytes.constData());
    if (h[12] == 0) // isInit
        return header;
    // Its checksum: SQLite's, over the first 40 bytes, in native order.
    quint32 s1 = 0, s2 = 0;
    checksum(QSysInfo::ByteOrder == QSysInfo::BigEndian, h, 40, &s1, &s2);
    if (s1 != native(h + 40) || s2 != native(h + 44))
        return header;
    header.valid = true;
    header.committedFrames = native(h + 16);
    header.salts = QByteArray(bytes.constData() + 32, 8);
    return header;
}

Error damaged(const QString& walPath, const QString& what)
{
    return Error::make(ErrorCode::Unavailable,
                       QCoreApplication::translate("WalCheck", "预写日志 %1 已损坏：%2。"
                                                               "为免静默丢失已保存的更改，数据库未打开。"
                                                               "请从备份恢复，或联系技术支持。")
                           .arg(walPath, what));
}

} // namespace

Error checkWal(const QString& databasePath)
{
    const QString walPath = databasePath + QStringLiteral("-wal");
    QFile file(walPath);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return Error::ok();
    // The index first: anything a writer commits after this read is already in the WAL.
    const IndexHeader index = readIndexHeader(databasePath + QStringLiteral("-shm"));
    const QByteArray bytes = file.readAll();
    if (bytes.size() < kWalHeader) {
        if (index.valid && index.committedFrames > 0)
            return damaged(walPath, QCoreApplication::translate("WalCheck", "文件被截短"));
        return Error::ok(); // SQLite treats it as empty; nothing was committed to it
    }
    const auto* data = reinterpret_cast<const uchar*>(bytes.constData());
    const quint32 magic = bigEndian(data);
    const quint32 pageSize = bigEndian(data + 8);
    const bool validMagic = (magic & 0xFFFFFFFE) == 0x377f0682;
    const bool sizeOk = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    quint32 s1 = 0, s2 = 0;
    const bool bigWords = (magic & 1) != 0;
    checksum(bigWords, data, 24, &s1, &s2);
    const bool headerOk = validMagic && sizeOk && s1 == bigEndian(data + 24) && s2 == bigEndian(data + 28);
    if (!headerOk) {
        // SQLite would ignore the whole log. Harmless only if it holds no frame.
        if (bytes.size() >= kWalHeader + kFrameHeader + 512 || (index.valid && index.committedFrames > 0))
            return damaged(walPath, QCoreApplication::translate("WalCheck", "文件头校验失败"));
        return Error::ok();
    }
    const qsizetype frameSize = kFrameHeader + qsizetype(pageSize);
    const quint32 salt1 = bigEndian(data + 16), salt2 = bigEndian(data + 20);
    qsizetype frame = 0;
    qsizetype firstBad = -1;
    qsizetype committed = 0; // frames up to the last valid commit frame
    for (qsizetype offset = kWalHeader; offset + frameSize <= bytes.size(); offset += frameSize, ++frame) {
        const uchar* header = data + offset;
        if (bigEndian(header + 8) != salt1 || bigEndian(header + 12) != salt2)
            break; // a frame of an earlier generation: the log ends here
        quint32 f1 = s1, f2 = s2;
        checksum(bigWords, header, 8, &f1, &f2);
        checksum(bigWords, header + kFrameHeader, qsizetype(pageSize), &f1, &f2);
        if (f1 != bigEndian(header + 16) || f2 != bigEndian(header + 20)) {
            firstBad = frame;
            break;
        }
        s1 = f1;
        s2 = f2;
        if (bigEndian(header + 4) != 0)
            committed = frame + 1;
    }
    // The index left by the last writer says how many frames it had committed: fewer valid
    // ones now means committed changes would be lost (damage or truncation of the WAL).
    if (index.valid && index.salts == bytes.mid(16, 8) && qsizetype(index.committedFrames) > committed)
        return damaged(walPath, QCoreApplication::translate("WalCheck", "已提交的 %1 帧中只有 %2 帧可以校验")
                                    .arg(index.committedFrames)
                                    .arg(committed));
    if (firstBad < 0)
        return Error::ok();
    // After the failing frame: does a frame of this generation close a committed transaction?
    for (qsizetype offset = kWalHeader + (firstBad + 1) * frameSize; offset + frameSize <= bytes.size();
         offset += frameSize) {
        const uchar* header = data + offset;
        if (bigEndian(header + 8) == salt1 && bigEndian(header + 12) == salt2 && bigEndian(header + 4) != 0)
            return damaged(walPath,
                           QCoreApplication::translate("WalCheck", "第 %1 帧校验失败，其后还有已提交的更改")
                               .arg(firstBad + 1));
    }
    return Error::ok();
}

} // namespace casetrack
