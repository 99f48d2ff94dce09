// libFuzzer target: CSV import (DiaryIo::parse with DiaryFormat::Csv, so DiaryCsv, CsvReader
// and FieldText). Besides the sanitizers' checks: the report's invariants, and that whatever
// days were read survive a write and a second read unchanged.

#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    stilla::fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    stilla::fuzz::checkImport(stilla::DiaryFormat::Csv, data, size);
    return 0;
}
