// libFuzzer target: CSV import (DiaryIo::parse with DiaryFormat::Csv, so DiaryCsv, CsvReader
// and FieldText). Besides the sanitizers' checks: the report's invariants, and that whatever
// days were read survive a write and a second read unchanged.

#include "FuzzCheck.h"
#include "io/DiaryIo.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    stilla::fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace stilla;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const ImportReport report = DiaryIo::parse(DiaryFormat::Csv, input);
    fuzz::checkReport(report, input);
    if (report.days.empty())
        return 0;

    const QByteArray written = DiaryIo::serialize(DiaryFormat::Csv, report.days);
    const ImportReport again = DiaryIo::parse(DiaryFormat::Csv, written);
    STILLA_FUZZ_CHECK(again.ok());
    STILLA_FUZZ_CHECK(again.days == fuzz::byDate(report.days));
    STILLA_FUZZ_CHECK(DiaryIo::serialize(DiaryFormat::Csv, again.days) == written);
    return 0;
}
