#include "DiaryFile.h"

#include "DiarySql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <cstring>

// The only platform calls in the diary's file handling: flushing to the disk and replacing a
// file atomically. Everything else goes through Qt.
#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace stilla {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes
constexpr qint64 kHeaderSize = 100;

quint32 bigEndian32(const char* bytes)
{
    const auto* b = reinterpret_cast<const unsigned char*>(bytes);
    return (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]);
}

/// The last system call's error, in words (errno on POSIX, GetLastError() on Windows).
QString systemError()
{
    return qt_error_string();
}

enum class Entry { File, Folder };

/// Flushes what the system holds of a file, or of a folder's entries, to the disk. An empty
/// string when it worked, else the system's words for why not.
QString flushToDisk(const QString& path, Entry entry)
{
#ifdef Q_OS_WIN
    // Windows has no way to flush a folder; NTFS journals its entries itself (SQLite does not
    // sync folders on Windows either). FlushFileBuffers needs a handle open for writing.
    if (entry == Entry::Folder)
        return {};
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    HANDLE handle = CreateFileW(native.c_str(), GENERIC_WRITE,
        FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
        FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return systemError();
    const bool ok = FlushFileBuffers(handle);
    const QString error = ok ? QString() : systemError();
    CloseHandle(handle);
    return error;
#else
    const QByteArray native = QFile::encodeName(path);
    const int flags = O_RDONLY | O_CLOEXEC | (entry == Entry::Folder ? O_DIRECTORY : 0);
    const int fd = ::open(native.constData(), flags);
    if (fd < 0)
        return systemError();
    const bool ok = ::fsync(fd) == 0;
    const QString error = ok ? QString() : systemError();
    ::close(fd);
    return error;
#endif
}

/// Renames @p from to @p to, replacing @p to in one step if it exists. An empty string when it
/// worked, else the system's words for why not.
QString replaceFile(const QString& from, const QString& to)
{
#ifdef Q_OS_WIN
    const std::wstring source = QDir::toNativeSeparators(from).toStdWString();
    const std::wstring target = QDir::toNativeSeparators(to).toStdWString();
    if (!MoveFileExW(
            source.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return systemError();
#else
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (std::rename(source.constData(), target.constData()) != 0)
        return systemError();
#endif
    return {};
}

Status syncPath(const QString& path, Entry entry)
{
    if (const QString error = flushToDisk(path, entry); !error.isEmpty()) {
        return Error {DiaryFile::tr("Could not write %1 to disk: %2.")
                          .arg(QDir::toNativeSeparators(path), error)};
    }
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
    // NewOnly fails if the file exists; the permissions apply as the file is created (0600 on
    // POSIX, an owner-only access list on Windows), never after.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return Error {
            tr("Could not create %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

Status DiaryFile::sync(const QString& path)
{
    return syncPath(path, Entry::File);
}

Status DiaryFile::syncFolder(const QString& folder)
{
    return syncPath(folder, Entry::Folder);
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
    if (const QString error = replaceFile(from, to); !error.isEmpty())
        return Error {tr("Could not replace %1: %2.").arg(QDir::toNativeSeparators(to), error)};
    return syncFolder(QFileInfo(to).absolutePath());
}

} // namespace stilla
