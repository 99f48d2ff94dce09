#pragma once

// Diary files for the tests that open, check and repair them: a closed diary with real days,
// and ways to damage one.
#include "DiaryTestData.h"
#include "core/diary/DiaryStore.h"
#include "tests/TestUtil.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <vector>

namespace stilla::test {

/// Writes a closed diary at @p path with @p days full days from @p first on: with the default
/// 120 it spans many pages.
inline void writeDiary(const QString& path, int days = 120, const QDate& first = QDate(2023, 1, 1))
{
    auto opened = DiaryStore::open(path);
    ASSERT_TRUE(opened.store) << opened.message.toStdString();
    std::vector<DayEntry> entries;
    for (int i = 0; i < days; ++i)
        entries.push_back(fullDay(first.addDays(i)));
    ASSERT_TRUE(opened.store->saveMany(entries, ConflictPolicy::Fail).ok());
}

/// Writes @p bytes over @p path at @p offset.
inline void overwriteFile(const QString& path, qint64 offset, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek(offset));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

/// Random bytes over three pages in the middle of @p path: the header and the schema stay
/// readable, so only PRAGMA integrity_check can tell.
inline void damageMiddlePages(const QString& path, quint32 seed)
{
    const qint64 size = QFileInfo(path).size();
    ASSERT_GT(size, 8 * 4096);
    QByteArray garbage(3 * 4096, '\0');
    QRandomGenerator random(seed);
    for (char& byte : garbage)
        byte = char(random.bounded(256));
    overwriteFile(path, (size / 2) / 4096 * 4096, garbage);
}

/// A test with a temporary folder for diary files.
class DiaryFileTest : public ::testing::Test
{
protected:
    QString file(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    /// A closed diary in the folder with @p days days (the default spans many pages).
    QString makeDiary(const char* name, int days = 120) const
    {
        const QString path = file(name);
        writeDiary(path, days);
        return path;
    }

    QTemporaryDir m_dir;
};

} // namespace stilla::test
