// Writes the demo diary (core/demo/DemoDiary, the same generator behind `stilla --demo`) into a
// data folder, for scripts/bench.sh: `make_demo_diary DIR [YEARS] [SEED]`. The folder must not
// hold a diary yet. Exit codes: 0 written, 1 failed, 2 usage.
#include "core/AppPaths.h"
#include "core/demo/DemoDiary.h"
#include "core/diary/DiaryStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char* argv[])
{
    using namespace stilla;
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.size() > 4) {
        std::fputs("usage: make_demo_diary DIR [YEARS] [SEED]\n", stderr);
        return 2;
    }
    const QString dir = args.at(1);
    const int years = args.size() > 2 ? args.at(2).toInt() : 10;
    const quint32 seed = args.size() > 3 ? args.at(3).toUInt() : 1;
    if (years <= 0) {
        std::fputs("make_demo_diary: YEARS must be a whole number above 0\n", stderr);
        return 2;
    }
    if (const auto prepared = AppPaths::prepareDataDir(dir); !prepared) {
        std::fprintf(stderr, "make_demo_diary: %s\n", qPrintable(prepared.errorMessage()));
        return 1;
    }
    const QString path = AppPaths::diaryFile(dir);
    if (QFileInfo::exists(path)) {
        std::fprintf(stderr, "make_demo_diary: %s already exists; choose an empty folder\n",
            qPrintable(path));
        return 1;
    }
    auto opened = DiaryStore::open(path);
    if (!opened.store) {
        std::fprintf(stderr, "make_demo_diary: %s\n", qPrintable(opened.message));
        return 1;
    }
    const auto days = DemoDiary::generate(QDate::currentDate(), years, seed);
    const auto saved = opened.store->saveMany(days, ConflictPolicy::Fail);
    if (!saved) {
        std::fprintf(stderr, "make_demo_diary: %s\n", qPrintable(saved.errorMessage()));
        return 1;
    }
    std::printf("%zu days written to %s\n", days.size(), qPrintable(path));
    return 0;
}
