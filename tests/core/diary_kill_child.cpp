// Child program of DiaryKillTest: opens a diary and saves days in a loop until it is killed.
// Usage: diary_kill_child <diary> <first date YYYY-MM-DD> <number of saves>
// Save n stores day first+n/2 in version n%2+1 (so every day is saved, then replaced). Only
// after save() returned ok does it print "saved YYYY-MM-DD <version>" and flush stdout.
#include "DiaryTestData.h"
#include "diary/DiaryStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("stilla.*.info=false")); // stderr is for errors
    if (argc != 4) {
        std::fprintf(stderr, "usage: diary_kill_child <diary> <first date> <saves>\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QDate first = QDate::fromString(QString::fromLatin1(argv[2]), Qt::ISODate);
    const int saves = std::atoi(argv[3]);
    auto opened = stilla::DiaryStore::open(path);
    if (!opened.store) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.message));
        return 3;
    }
    for (int n = 0; n < saves; ++n) {
        const QDate date = first.addDays(n / 2);
        const int version = n % 2 + 1;
        auto saved = opened.store->save(stilla::test::versionedDay(date, version));
        if (!saved.ok()) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.errorMessage()));
            return 4;
        }
        std::printf("saved %s %d\n", qPrintable(date.toString(Qt::ISODate)), version);
        std::fflush(stdout);
    }
    return 0;
}
