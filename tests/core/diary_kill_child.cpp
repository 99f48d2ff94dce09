// Child program of DiaryKillTest and InstanceLockTest: does one kind of diary work in a loop until
// it is killed, and reports on stdout (flushed) only what has finished. Usage:
//
//   diary_kill_child save <diary> <first date YYYY-MM-DD> <saves>
//       Save n stores day first+n/2 in version n%2+1 (every day is saved, then replaced), then
//       prints "saved YYYY-MM-DD <version>".
//   diary_kill_child import <diary> <file A> <file B> <imports>
//       Import n reads file A (even n) or B (odd n), JSON or CSV by its name, the way the app
//       does (DiaryIo::importFile), saves it with saveMany(Replace) and prints "imported <n>".
//   diary_kill_child migrate <diary>
//       Prints "opening", opens (and so migrates) the diary, prints "opened", exits.
//   diary_kill_child backup <diary> <backup folder> <manual backup> <first> <iterations>
//       Iteration i saves a new day (2000-01-01 + i) and prints "saved YYYY-MM-DD 1"; backs the
//       diary up to <manual backup> ("backup <i>"); runs the daily BackupManager with its
//       clock at 2030-01-01 + i ("auto <i>"); every second iteration restores the manual
//       backup ("restored <i>").
//   diary_kill_child lock <data folder>
//       Takes the data folder's InstanceLock, prints "locked" (or "held <pid>"), then waits to
//       be killed.
#include "DiaryTestData.h"
#include "core/Clock.h"
#include "core/InstanceLock.h"
#include "core/diary/BackupManager.h"
#include "core/diary/DiaryStore.h"
#include "core/io/DiaryIo.h"

#include <QCoreApplication>
#include <QStringList>
#include <QThread>

#include <cstdio>

namespace {

using stilla::DiaryStore;

int fail(const char* what, const QString& message, int code)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(message));
    return code;
}

void report(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

std::unique_ptr<DiaryStore> openDiary(const QString& path, int& code)
{
    auto opened = DiaryStore::open(path);
    code = opened.store ? 0 : fail("open failed", opened.message, 3);
    return std::move(opened.store);
}

int runSaves(const QStringList& args)
{
    if (args.size() != 3)
        return fail("usage", QStringLiteral("save <diary> <first date> <saves>"), 2);
    const QDate first = QDate::fromString(args[1], Qt::ISODate);
    const int saves = args[2].toInt();
    int code = 0;
    const auto store = openDiary(args[0], code);
    if (!store)
        return code;
    for (int n = 0; n < saves; ++n) {
        const QDate date = first.addDays(n / 2);
        const int version = n % 2 + 1;
        if (auto saved = store->save(stilla::test::versionedDay(date, version)); !saved)
            return fail("save failed", saved.errorMessage(), 4);
        report(QStringLiteral("saved %1 %2").arg(date.toString(Qt::ISODate)).arg(version));
    }
    return 0;
}

int runImports(const QStringList& args)
{
    if (args.size() != 4)
        return fail("usage", QStringLiteral("import <diary> <file A> <file B> <imports>"), 2);
    const int imports = args[3].toInt();
    int code = 0;
    const auto store = openDiary(args[0], code);
    if (!store)
        return code;
    for (int n = 0; n < imports; ++n) {
        const QString& file = args[1 + n % 2];
        const auto format = stilla::DiaryIo::formatFromFileName(file);
        if (!format)
            return fail("import failed", QStringLiteral("unknown format: ") + file, 5);
        const stilla::ImportReport parsed = stilla::DiaryIo::importFile(file, *format);
        if (!parsed.ok())
            return fail("import failed", parsed.problems.front().toText(file), 5);
        if (auto saved = store->saveMany(parsed.days, stilla::ConflictPolicy::Replace); !saved)
            return fail("import failed", saved.errorMessage(), 4);
        report(QStringLiteral("imported %1").arg(n));
    }
    return 0;
}

int runMigration(const QStringList& args)
{
    if (args.size() != 1)
        return fail("usage", QStringLiteral("migrate <diary>"), 2);
    report(QStringLiteral("opening"));
    int code = 0;
    const auto store = openDiary(args[0], code);
    if (!store)
        return code;
    report(QStringLiteral("opened"));
    return 0;
}

int runBackups(const QStringList& args)
{
    if (args.size() != 5)
        return fail("usage",
            QStringLiteral("backup <diary> <backup folder> <manual backup> <first> <iterations>"),
            2);
    const QString manual = args[2];
    const int first = args[3].toInt();
    const int iterations = args[4].toInt();
    int code = 0;
    const auto store = openDiary(args[0], code);
    if (!store)
        return code;
    stilla::FixedClock clock(QDateTime(QDate(2030, 1, 1), QTime(12, 0)));
    stilla::BackupManager backups(*store, args[1], clock);
    for (int i = first; i < first + iterations; ++i) {
        const QDate date = QDate(2000, 1, 1).addDays(i);
        if (auto saved = store->save(stilla::test::versionedDay(date, 1)); !saved)
            return fail("save failed", saved.errorMessage(), 4);
        report(QStringLiteral("saved %1 1").arg(date.toString(Qt::ISODate)));
        if (auto made = store->backupTo(manual); !made)
            return fail("backup failed", made.errorMessage(), 4);
        report(QStringLiteral("backup %1").arg(i));
        clock.setNow(QDateTime(QDate(2030, 1, 1).addDays(i), QTime(12, 0)));
        if (auto made = backups.runIfDue(); !made)
            return fail("daily backup failed", made.errorMessage(), 4);
        report(QStringLiteral("auto %1").arg(i));
        if (i % 2 == 1) {
            if (auto restored = store->restoreFrom(manual, clock.now()); !restored)
                return fail("restore failed", restored.errorMessage(), 4);
            report(QStringLiteral("restored %1").arg(i));
        }
    }
    return 0;
}

int runLock(const QStringList& args)
{
    if (args.size() != 1)
        return fail("usage", QStringLiteral("lock <data folder>"), 2);
    stilla::InstanceLock lock(args[0]);
    switch (lock.acquire()) {
    case stilla::InstanceLock::Outcome::Acquired:
        report(QStringLiteral("locked"));
        break;
    case stilla::InstanceLock::Outcome::HeldByOther:
        report(QStringLiteral("held %1").arg(lock.holder() ? lock.holder()->pid : 0));
        return 0;
    default:
        return fail("lock failed", lock.message(), 4);
    }
    for (;;)
        QThread::sleep(1); // until killed
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString mode = args.isEmpty() ? QString() : args.takeFirst();
    if (mode == QLatin1String("save"))
        return runSaves(args);
    if (mode == QLatin1String("import"))
        return runImports(args);
    if (mode == QLatin1String("migrate"))
        return runMigration(args);
    if (mode == QLatin1String("backup"))
        return runBackups(args);
    if (mode == QLatin1String("lock"))
        return runLock(args);
    return fail("usage", QStringLiteral("diary_kill_child save|import|migrate|backup|lock ..."), 2);
}
