#include "DiaryFile.h"

#include "DiarySql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace stilla {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes
constexpr qint64 kHeaderSize = 100;

quint32 bigEndian32(const char* bytes)
{
    const auto* b = reinterpret_cast<const unsigned char*>(bytes);
    return (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]);
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Status syncPath(const QString& path, int flags, const QString& what)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), flags | O_CLOEXEC);
    if (fd < 0) {
        return Error {
            DiaryFile::tr("Could not open %1 to write it to disk: %2.").arg(what, systemError())};
    }
    const bool ok = ::fsync(fd) == 0;
    const QString error = ok ? QString() : systemError();
    ::close(fd);
    if (!ok)
        return Error {DiaryFile::tr("Could not write %1 to disk: %2.").arg(what, error)};
    return {};
}

} // namespace

DiaryFile::Header DiaryFile::inspect(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Header::Missing;
    if (!file.open(QIODevice::ReadOnly))
        return Header::NotSqlite; // unreadable: certainly not something we can use
    const qint64 size = file.size();
    if (size == 0)
        return Header::Empty;
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize)
        return header.startsWith(kSqliteMagic) ? Header::Truncated : Header::NotSqlite;
    if (std::memcmp(header.constData(), kSqliteMagic, sizeof kSqliteMagic) != 0)
        return Header::NotSqlite;
    // Page size at offset 16 (1 means 65536), page count at 28. The count is only trusted
    // when the "version valid for" number (92) matches the change counter (24), as SQLite does.
    const auto* raw = reinterpret_cast<const unsigned char*>(header.constData());
    quint32 pageSize = (quint32(raw[16]) << 8) | raw[17];
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return Header::NotSqlite;
    // A write-ahead log may hold pages not yet copied into the file (a checkpoint can be cut
    // short by a crash): then SQLite's own checks decide, not the file size.
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return Header::Sqlite;
    const quint32 pages = bigEndian32(header.constData() + 28);
    const bool countValid
        = bigEndian32(header.constData() + 24) == bigEndian32(header.constData() + 92);
    if (countValid && pages > 0 && size < qint64(pages) * pageSize)
        return Header::Truncated;
    if (size % pageSize != 0)
        return Header::Truncated;
    return Header::Sqlite;
}

QStringList DiaryFile::companions(const QString& path)
{
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
        path + QStringLiteral("-journal")};
}

Status DiaryFile::createPrivate(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Error {
            tr("Could not create %1: %2.").arg(QDir::toNativeSeparators(path), systemError())};
    }
    ::close(fd);
    return {};
}

Status DiaryFile::sync(const QString& path)
{
    return syncPath(path, O_RDONLY, QDir::toNativeSeparators(path));
}

Status DiaryFile::syncFolder(const QString& folder)
{
    return syncPath(folder, O_RDONLY | O_DIRECTORY, QDir::toNativeSeparators(folder));
}

Status DiaryFile::moveWithCompanions(const QString& path, const QString& target)
{
    if (!QFile::rename(path, target)) {
        return Error {tr("Could not move %1 to %2. Check that the folder is writable.")
                          .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target))};
    }
    const QStringList from = companions(path);
    const QStringList to = companions(target);
    for (qsizetype i = 0; i < from.size(); ++i) {
        if (QFile::exists(from[i]) && !QFile::rename(from[i], to[i])) {
            return Error {
                tr("Moved %1, but could not move %2 beside it.")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(from[i]))};
        }
    }
    return syncFolder(QFileInfo(target).absolutePath());
}

QString DiaryFile::unusedName(const QString& base)
{
    QString name = base;
    for (int n = 2; QFile::exists(name); ++n)
        name = base % u'-' % QString::number(n);
    return name;
}

int DiaryFile::removeTemporaries(const QString& base, const QString& suffix)
{
    const QFileInfo info(base);
    const QDir dir = info.absoluteDir();
    const QString name = info.fileName() + suffix;
    int removed = 0;
    for (const QString& entry : dir.entryList({name + u'*'}, QDir::Files | QDir::Hidden)) {
        // Only the names unusedName() gives: name, name-2, ..., each maybe with -journal.
        QString rest = entry.mid(name.size());
        if (rest.endsWith(QLatin1String("-journal")))
            rest.chop(8);
        bool numbered = false;
        if (rest.startsWith(u'-'))
            rest.mid(1).toInt(&numbered);
        if ((rest.isEmpty() || numbered) && QFile::remove(dir.filePath(entry)))
            ++removed;
    }
    return removed;
}

Status DiaryFile::replaceWithCopy(const QString& source, const QString& target)
{
    const QString display = QDir::toNativeSeparators(target);
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error {
            tr("Could not read %1: %2.").arg(QDir::toNativeSeparators(source), in.errorString())};
    }
    const QString temp = unusedName(target + QStringLiteral(".incoming"));
    if (auto created = createPrivate(temp); !created)
        return created;
    auto fail = [&temp](const QString& message) -> Status {
        QFile::remove(temp);
        return Error {message};
    };
    {
        QFile out(temp);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(tr("Could not write %1: %2.").arg(display, out.errorString()));
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
                return fail(tr("Could not read %1: %2.")
                                .arg(QDir::toNativeSeparators(source), in.errorString()));
            if (out.write(chunk) != chunk.size())
                return fail(tr("Could not write %1: %2.").arg(display, out.errorString()));
        }
        if (!out.flush())
            return fail(tr("Could not write %1: %2.").arg(display, out.errorString()));
    }
    if (auto synced = sync(temp); !synced)
        return fail(synced.errorMessage());
    // Companions of the old file must not be applied to the new one.
    for (const QString& companion : companions(target)) {
        if (QFile::exists(companion) && !QFile::remove(companion)) {
            return fail(tr("Could not remove %1. Close other programs using the diary and try "
                           "again.")
                            .arg(QDir::toNativeSeparators(companion)));
        }
    }
    if (auto renamed = renameOver(temp, target); !renamed)
        return fail(renamed.errorMessage());
    return {};
}

Status DiaryFile::renameOver(const QString& from, const QString& to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (::rename(source.constData(), target.constData()) != 0) {
        return Error {
            tr("Could not replace %1: %2.").arg(QDir::toNativeSeparators(to), systemError())};
    }
    return syncFolder(QFileInfo(to).absolutePath());
}

} // namespace stilla
