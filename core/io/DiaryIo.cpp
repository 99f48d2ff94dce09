#include "DiaryIo.h"

#include "DiaryCsv.h"
#include "DiaryJson.h"
#include "FieldText.h"
#include "core/diary/DiaryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <map>

namespace stilla {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

std::optional<DiaryFormat> DiaryIo::formatFromName(const QString& name)
{
    if (name.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return DiaryFormat::Json;
    if (name.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return DiaryFormat::Csv;
    return std::nullopt;
}

std::optional<DiaryFormat> DiaryIo::formatFromFileName(const QString& fileName)
{
    return formatFromName(QFileInfo(fileName).suffix());
}

QString DiaryIo::formatName(DiaryFormat format)
{
    return format == DiaryFormat::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

QByteArray DiaryIo::serialize(DiaryFormat format, const std::vector<DayEntry>& days,
    const std::vector<LabResult>& labs, const std::vector<ExperimentPlan>& experiments)
{
    return format == DiaryFormat::Json ? DiaryJson::write(days, labs, experiments)
                                       : DiaryCsv::write(days);
}

namespace {

/// The days @p store holds among @p dates (read as one range), by date.
Result<std::map<QDate, DayEntry>> storedDays(
    const DiaryStore& store, const std::vector<QDate>& dates)
{
    std::map<QDate, DayEntry> byDate;
    if (dates.empty())
        return byDate;
    const auto [first, last] = std::minmax_element(dates.begin(), dates.end());
    Result<std::vector<DayEntry>> stored = store.days(*first, *last);
    if (!stored)
        return Error {stored.errorMessage()};
    for (DayEntry& day : std::move(stored).value())
        byDate.emplace(day.date, std::move(day));
    return byDate;
}

} // namespace

Result<DiaryIo::CsvMerged> DiaryIo::mergeCsv(
    const DiaryStore& store, std::vector<DayEntry> days, CsvDetail detail)
{
    std::vector<QDate> dates;
    for (const DayEntry& day : days)
        dates.push_back(day.date);
    const auto stored = storedDays(store, dates);
    if (!stored)
        return Error {stored.errorMessage()};
    CsvMerged merged;
    for (DayEntry& day : days) {
        const auto found = stored->find(day.date);
        if (found == stored->end())
            continue;
        CsvDetailLoss loss;
        day = DiaryCsv::merge(found->second, day, detail, &loss);
        if (loss.foodLines > 0 || loss.doses > 0)
            merged.losses.push_back(loss);
    }
    merged.days = std::move(days);
    return merged;
}

Result<std::vector<DayEntry>> DiaryIo::mergeCronometer(
    const DiaryStore& store, const CronometerCsv::Report& report)
{
    std::vector<QDate> dates;
    for (const CronometerCsv::Day& row : report.days)
        dates.push_back(row.date);
    const auto stored = storedDays(store, dates);
    if (!stored)
        return Error {stored.errorMessage()};
    std::vector<DayEntry> days;
    for (const CronometerCsv::Day& row : report.days) {
        const auto found = stored->find(row.date);
        days.push_back(
            CronometerCsv::apply(found == stored->end() ? DayEntry() : found->second, row));
    }
    return days;
}

Result<DiaryIo::Exported> DiaryIo::exportDiary(
    const DiaryStore& store, DiaryFormat format, const QDate& from, const QDate& to)
{
    const Result<std::vector<DayEntry>> days = store.days(from, to);
    if (!days)
        return Error {days.errorMessage()};
    Exported exported;
    exported.days = int(days->size());
    exported.format = format;
    const Result<std::vector<LabResult>> labs = store.labs().results(from, to);
    if (!labs)
        return Error {labs.errorMessage()};
    Result<std::vector<ExperimentPlan>> experiments = store.experiments().all();
    if (!experiments)
        return Error {experiments.errorMessage()};
    std::vector<ExperimentPlan> overlapping;
    for (const ExperimentPlan& plan : experiments.value()) {
        if ((!to.isValid() || plan.start <= to) && (!from.isValid() || plan.lastDay() >= from))
            overlapping.push_back(plan);
    }
    exported.labResults = int(labs->size());
    exported.experiments = int(overlapping.size());
    exported.data = format == DiaryFormat::Csv
        ? serialize(format, days.value())
        : serialize(format, days.value(), labs.value(), overlapping);
    return exported;
}

QString DiaryIo::Exported::describe(const QString& file) const
{
    QString text = tr("Exported %Ln day(s) to %1.", "", days).arg(QDir::toNativeSeparators(file));
    if (labResults == 0 && experiments == 0)
        return text;
    // Said either way: a CSV file holds the days only, which a person may not know.
    return text + u' '
        + (format == DiaryFormat::Csv
                ? tr("Lab results (%L1) and self-experiments (%L2) are not in a CSV file; export "
                     "as JSON to keep them too.")
                : tr("With them: lab results (%L1) and self-experiments (%L2)."))
              .arg(labResults)
              .arg(experiments);
}

ImportReport DiaryIo::parse(DiaryFormat format, const QByteArray& data)
{
    return format == DiaryFormat::Json ? DiaryJson::read(data) : DiaryCsv::read(data);
}

Result<QByteArray> DiaryIo::read(QIODevice& device, const QString& name)
{
    QByteArray data;
    char buffer[64 * 1024];
    for (;;) {
        const qint64 count = device.read(buffer, sizeof buffer);
        if (count < 0)
            return Error {tr("Could not read %1: %2").arg(native(name), device.errorString())};
        if (count == 0)
            break;
        if (data.size() + count > FieldText::kMaxFileBytes)
            return Error {FieldText::tooLargeProblem(data.size() + count).message};
        data.append(buffer, count);
    }
    return data;
}

Result<QByteArray> DiaryIo::readFile(const QString& path)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return Error {tr("%1 is a folder, not a file.").arg(native(path))};
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("Could not open %1: %2. Check the name and that you may read it.")
                          .arg(native(path), file.errorString())};
    if (file.size() > FieldText::kMaxFileBytes)
        return Error {FieldText::tooLargeProblem(file.size()).message};
    return read(file, path);
}

ImportReport DiaryIo::importFile(const QString& path, DiaryFormat format)
{
    const Result<QByteArray> data = readFile(path);
    if (!data) {
        ImportReport report;
        report.problems.push_back({0, 0, QString(), data.errorMessage()});
        return report;
    }
    return parse(format, data.value());
}

Status DiaryIo::write(QIODevice& device, const QByteArray& data, const QString& name)
{
    qint64 written = 0;
    while (written < data.size()) {
        const qint64 count = device.write(data.constData() + written, data.size() - written);
        if (count <= 0)
            return Error {tr("Could not write %1: %2. Check that there is space on the disk and "
                             "that you may write there.")
                              .arg(native(name), device.errorString())};
        written += count;
    }
    return {};
}

Status DiaryIo::writeFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {tr("Could not create %1: %2. Check that the folder exists and that you "
                         "may write to it.")
                          .arg(native(path), file.errorString())};
    if (Status status = write(file, data, path); !status) {
        file.cancelWriting();
        return status;
    }
    if (!file.commit())
        return Error {tr("Could not finish writing %1: %2. The file was not changed.")
                          .arg(native(path), file.errorString())};
    return {};
}

Status DiaryIo::exportFile(const QString& path, DiaryFormat format,
    const std::vector<DayEntry>& days, const std::vector<LabResult>& labs)
{
    return writeFile(path, serialize(format, days, labs));
}

} // namespace stilla
