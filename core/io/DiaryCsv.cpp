#include "DiaryCsv.h"

#include "CsvReader.h"
#include "FieldText.h"
#include "core/diary/DayValidation.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace stilla {

namespace {

enum Column {
    Date,
    Bedtime,
    WakeTime,
    LatencyMinutes,
    Awakenings,
    SleepQuality,
    RlsSeverity,
    FoodMagnesium,
    SupplementMagnesium,
    CaffeineServings,
    ExerciseMinutes,
    Notes,
    ColumnCount
};

/// RFC 4180: quote a field that holds a comma, a quote or a line break; double its quotes.
QString quoted(const QString& field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"'))
        && !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

template<typename T, typename Format>
QString optionalText(const std::optional<T>& value, Format format)
{
    return value ? format(*value) : QString();
}

QString integerText(const std::optional<int>& value)
{
    return optionalText(value, [](int v) { return QString::number(v); });
}

QString timeText(const std::optional<QTime>& value)
{
    return optionalText(value, &FieldText::formatTime);
}

/// The CSV column a DayValidation field path belongs to.
std::optional<Column> columnOfField(const QString& field)
{
    static const std::array<std::pair<const char*, Column>, 8> exact {{
        {"date", Date},
        {"sleep.latency_minutes", LatencyMinutes},
        {"sleep.awakenings", Awakenings},
        {"sleep.quality", SleepQuality},
        {"symptoms.severity", RlsSeverity},
        {"remedies.caffeine_servings", CaffeineServings},
        {"remedies.exercise_minutes", ExerciseMinutes},
        {"notes", Notes},
    }};
    for (const auto& [name, column] : exact) {
        if (field == QLatin1String(name))
            return column;
    }
    if (field.startsWith(QLatin1String("foods[")))
        return FoodMagnesium;
    if (field.startsWith(QLatin1String("supplements[")))
        return SupplementMagnesium;
    return std::nullopt;
}

/// Reads the cells of one row into a day, collecting the problems of each cell.
class RowReader
{
public:
    RowReader(const CsvRecord& record, const std::array<int, ColumnCount>& index,
        const std::array<QString, ColumnCount>& names, std::vector<ImportProblem>& problems)
        : m_record(record)
        , m_index(index)
        , m_names(names)
        , m_problems(problems)
    { }

    QString cell(Column column) const
    {
        const auto at = std::size_t(m_index[column]);
        return at < m_record.fields.size() ? m_record.fields[at] : QString();
    }
    QString trimmedCell(Column column) const { return cell(column).trimmed(); }

    void problem(Column column, const QString& message) { problem(m_names[column], message); }
    /// A problem with @p field, on the row's first line unless @p line says otherwise (a cell
    /// after a quoted line break).
    void problem(const QString& field, const QString& message, int line = 0)
    {
        ++m_count;
        m_fields.insert(field);
        FieldText::add(
            m_problems, ImportProblem {line > 0 ? line : m_record.line, 0, field, message});
    }
    int problemCount() const { return m_count; }
    bool hasProblem(const QString& field) const { return m_fields.contains(field); }

    /// The day in this row: every cell read, then the day checked (DayValidation), so every
    /// problem shows at once; a cell that could not be read is reported once.
    DayEntry readDay();

    template<typename T>
    void read(Column column, Result<T> (*parse)(QStringView), std::optional<T>& target)
    {
        const QString text = trimmedCell(column);
        if (text.isEmpty())
            return;
        Result<T> value = parse(text);
        if (value)
            target = std::move(value).value();
        else
            problem(column, value.errorMessage());
    }

private:
    void readDate(DayEntry& day);
    /// The magnesium totals, each one aggregate line (a food, a dose).
    void readTotals(DayEntry& day);
    void validate(const DayEntry& day);

    const CsvRecord& m_record;
    const std::array<int, ColumnCount>& m_index;
    const std::array<QString, ColumnCount>& m_names; ///< each column's name in this file
    std::vector<ImportProblem>& m_problems;
    int m_count = 0;
    QSet<QString> m_fields;
};

/// The header name of the cell that byte @p offset of @p data is in, or "" when it is in the
/// header row. @p data is UTF-8 up to @p offset.
QString columnAt(const QByteArray& data, qsizetype offset)
{
    const qsizetype start = data.startsWith("\xef\xbb\xbf") ? 3 : 0;
    // A stand-in for the unreadable byte, so the record it is in is read as well.
    const QString text
        = QString::fromUtf8(data.constData() + start, std::max<qsizetype>(offset - start, 0))
        + QLatin1Char('x');
    CsvReader reader(text);
    CsvRecord header;
    CsvRecord last;
    if (!reader.next(header) || !reader.next(last))
        return QString();
    for (CsvRecord record; reader.next(record);)
        last = std::move(record);
    const auto at = std::size_t(last.fieldCount - 1);
    return at < header.fields.size() ? header.fields[at].trimmed().left(40) : QString();
}

} // namespace

namespace {

/// @p milligrams to the nearest 0.01 mg (kTotalPrecisionMg). Dividing a whole number of
/// hundredths by 100 gives the double nearest to that decimal, whose shortest form is the
/// decimal itself ("12.35"); multiplying by 0.01 would not ("12.350000000000001").
double toHundredths(double milligrams)
{
    return std::round(milligrams * 100) / 100;
}

/// A total as CSV writes it: to the nearest 0.01 mg, in its shortest exact form.
QString totalText(double milligrams)
{
    return FieldText::formatNumber(toHundredths(milligrams));
}

bool sameTotal(double a, double b)
{
    return std::abs(a - b) < DiaryCsv::kTotalPrecisionMg / 2 + 1e-9;
}

/// The stored foods are more than a CSV total: several lines, or one that is a real food.
bool foodsHaveDetail(const std::vector<FoodIntake>& foods)
{
    return foods.size() > 1
        || (foods.size() == 1 && foods.front().source != QLatin1String("import"));
}

/// The stored doses are more than a CSV total: several, or one with a form, time or route.
bool dosesHaveDetail(const std::vector<SupplementIntake>& doses)
{
    if (doses.size() > 1)
        return true;
    return doses.size() == 1
        && (doses.front().form != SupplementForm::Other || doses.front().timeTaken
            || doses.front().route != Route::Oral);
}

/// Where each of DiaryCsv::columns() is in one file, as its header row names them.
struct Layout
{
    std::array<int, ColumnCount> index; ///< the cell of each column, -1 when it is missing
    std::array<QString, ColumnCount> names; ///< each column's name in this file
    /// A "bedtime" column instead of "bedtime_night_before": a file from before a day held the
    /// night that ended on its morning. Its nights move to the following day.
    bool nightsBeganOnTheirDate = false;
};

/// The layout @p header gives, with a problem for each column that is unknown, given twice or
/// missing.
Layout readHeader(const CsvRecord& header, std::vector<ImportProblem>& problems)
{
    Layout layout;
    layout.index.fill(-1);
    const QStringList& columns = DiaryCsv::columns();
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed();
        qsizetype column = columns.indexOf(name);
        if (name == QLatin1String(DiaryCsv::kOldBedtimeColumn)) {
            column = Bedtime;
            layout.nightsBeganOnTheirDate = true;
        }
        if (column < 0) {
            FieldText::add(problems,
                {header.line, 0, name.left(40),
                    DiaryCsv::tr("Unknown column. The columns are: %1")
                        .arg(columns.join(QStringLiteral(", ")))});
        } else if (layout.index[column] >= 0) {
            FieldText::add(problems,
                {header.line, 0, name, DiaryCsv::tr("This column appears twice in the header.")});
        } else {
            layout.index[column] = int(i);
            layout.names[std::size_t(column)] = name;
        }
    }
    if (header.fieldCount > CsvReader::kMaxFields)
        FieldText::add(problems,
            {header.line, 0, QString(), DiaryCsv::tr("The header has far too many columns.")});
    for (int column = 0; column < ColumnCount; ++column) {
        if (layout.index[column] < 0)
            FieldText::add(problems,
                {header.line, 0, columns.at(column),
                    DiaryCsv::tr("This column is missing from the header. Add it, even if it stays "
                                 "empty.")});
    }
    return layout;
}

DayEntry RowReader::readDay()
{
    DayEntry day;
    readDate(day);
    read(Bedtime, &FieldText::parseTime, day.sleep.timeIntoBed);
    read(WakeTime, &FieldText::parseTime, day.sleep.finalAwakening);
    read(LatencyMinutes, &FieldText::parseInteger, day.sleep.latencyMinutes);
    read(Awakenings, &FieldText::parseInteger, day.sleep.awakenings);
    read(SleepQuality, &FieldText::parseInteger, day.sleep.quality);
    read(RlsSeverity, &FieldText::parseInteger, day.symptoms.severity);
    read(CaffeineServings, &FieldText::parseInteger, day.remedies.caffeineServings);
    read(ExerciseMinutes, &FieldText::parseInteger, day.remedies.exerciseMinutes);
    readTotals(day);
    day.notes = cell(Notes);
    validate(day);
    return day;
}

void RowReader::readDate(DayEntry& day)
{
    if (const QString date = trimmedCell(Date); date.isEmpty()) {
        problem(Date, DiaryCsv::tr("The date is missing. Every row needs one, as YYYY-MM-DD."));
    } else if (const Result<QDate> parsed = FieldText::parseDate(date); parsed) {
        day.date = parsed.value();
    } else {
        problem(Date, parsed.errorMessage());
    }
}

void RowReader::readTotals(DayEntry& day)
{
    std::optional<double> food;
    std::optional<double> supplement;
    read(FoodMagnesium, &FieldText::parseNumber, food);
    read(SupplementMagnesium, &FieldText::parseNumber, supplement);
    // Totals are kept to 0.01 mg, as they are written, so a file reads back as it was.
    if (food)
        food = toHundredths(*food);
    if (supplement)
        supplement = toHundredths(*supplement);
    if (food) {
        FoodIntake intake;
        intake.source = QStringLiteral("import");
        intake.name = DiaryCsv::tr("Imported total");
        intake.magnesiumMg = *food;
        day.foods.push_back(intake);
    }
    if (supplement && *supplement != 0) {
        SupplementIntake dose;
        dose.form = SupplementForm::Other;
        dose.route = Route::Oral;
        dose.elementalMg = *supplement;
        day.supplements.push_back(dose);
    }
}

void RowReader::validate(const DayEntry& day)
{
    // The cells that could be read are checked too, so every problem shows at once; a cell
    // that could not be read is reported once, by what was wrong with its text.
    for (const FieldProblem& found : DayValidation::validate(day)) {
        if (found.kind != FieldProblem::Kind::Error)
            continue;
        const std::optional<Column> column = columnOfField(found.field);
        const QString field = column ? m_names[*column] : found.field;
        if (!hasProblem(field))
            problem(field, found.message);
    }
}

/// The rows after the header: each day read and checked, and kept when it has no problem; a
/// date given twice keeps neither.
void readRows(
    CsvReader& reader, const CsvRecord& header, const Layout& layout, ImportReport& report)
{
    std::vector<DayEntry> candidates;
    QHash<QDate, int> firstLine;
    QSet<QDate> duplicated;
    CsvRecord record;
    while (!FieldText::isFull(report.problems) && reader.next(record)) {
        if (record.isBlank())
            continue;
        if (++report.dayCount > FieldText::kMaxDays) {
            report.problems.push_back({record.line, 0, QString(), FieldText::tooManyDaysMessage()});
            candidates.clear();
            break;
        }
        RowReader row(record, layout.index, layout.names, report.problems);
        if (record.fieldCount != header.fieldCount) {
            FieldText::add(report.problems,
                {record.line, 0, QString(),
                    DiaryCsv::tr(
                        "This row has %1 cells, but the header has %2. Check for a missing or "
                        "extra comma, or a cell with a comma that is not in quotes.")
                        .arg(record.fieldCount)
                        .arg(header.fieldCount)});
            continue;
        }
        // Quoting and size first; validation below then skips the cells reported here.
        for (const CsvRecord::Issue& issue : record.issues)
            row.problem(
                header.fields[std::size_t(issue.fieldIndex)].trimmed(), issue.message, issue.line);

        DayEntry day = row.readDay();
        if (day.date.isValid()) {
            if (const auto first = firstLine.constFind(day.date); first != firstLine.cend()) {
                duplicated.insert(day.date);
                row.problem(Date,
                    DiaryCsv::tr(
                        "%1 is also on line %2. Each day may appear only once; neither row is "
                        "imported.")
                        .arg(FieldText::formatDate(day.date))
                        .arg(first.value()));
            } else {
                firstLine.insert(day.date, record.line);
            }
        }
        if (row.problemCount() == 0)
            candidates.push_back(std::move(day));
    }

    for (DayEntry& day : candidates) {
        if (!duplicated.contains(day.date))
            report.days.push_back(std::move(day));
    }
}

} // namespace

DayEntry DiaryCsv::merge(
    const DayEntry& stored, const DayEntry& row, CsvDetail detail, CsvDetailLoss* loss)
{
    DayEntry merged = stored;
    // The columns of columns(), one by one.
    merged.sleep.timeIntoBed = row.sleep.timeIntoBed;
    merged.sleep.finalAwakening = row.sleep.finalAwakening;
    merged.sleep.latencyMinutes = row.sleep.latencyMinutes;
    merged.sleep.awakenings = row.sleep.awakenings;
    merged.sleep.quality = row.sleep.quality;
    merged.symptoms.severity = row.symptoms.severity;
    merged.remedies.caffeineServings = row.remedies.caffeineServings;
    merged.remedies.exerciseMinutes = row.remedies.exerciseMinutes;
    merged.notes = row.notes;
    CsvDetailLoss lost {stored.date};
    const bool foodsDiffer = !sameTotal(row.foodMagnesiumMg(), stored.foodMagnesiumMg())
        || row.foods.empty() != stored.foods.empty();
    if (foodsDiffer) {
        if (foodsHaveDetail(stored.foods))
            lost.foodLines = int(stored.foods.size());
        if (detail == CsvDetail::Replace || !foodsHaveDetail(stored.foods))
            merged.foods = row.foods;
    }
    if (!sameTotal(row.supplementMagnesiumMg(), stored.supplementMagnesiumMg())) {
        if (dosesHaveDetail(stored.supplements))
            lost.doses = int(stored.supplements.size());
        if (detail == CsvDetail::Replace || !dosesHaveDetail(stored.supplements))
            merged.supplements = row.supplements;
    }
    if (loss)
        *loss = lost;
    return merged;
}

const QStringList& DiaryCsv::columns()
{
    static const QStringList names {QStringLiteral("date"), QStringLiteral("bedtime_night_before"),
        QStringLiteral("wake_time"), QStringLiteral("sleep_latency_min"),
        QStringLiteral("awakenings"), QStringLiteral("sleep_quality"),
        QStringLiteral("rls_severity"), QStringLiteral("magnesium_food_mg"),
        QStringLiteral("magnesium_supplement_mg"), QStringLiteral("caffeine_servings"),
        QStringLiteral("exercise_min"), QStringLiteral("notes")};
    return names;
}

QByteArray DiaryCsv::write(std::vector<DayEntry> days)
{
    std::stable_sort(days.begin(), days.end(),
        [](const DayEntry& a, const DayEntry& b) { return a.date < b.date; });
    QString out = columns().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const DayEntry& day : days) {
        const QStringList cells {FieldText::formatDate(day.date), timeText(day.sleep.timeIntoBed),
            timeText(day.sleep.finalAwakening), integerText(day.sleep.latencyMinutes),
            integerText(day.sleep.awakenings), integerText(day.sleep.quality),
            integerText(day.symptoms.severity),
            day.foods.empty() ? QString() : totalText(day.foodMagnesiumMg()),
            day.supplements.empty() ? QString() : totalText(day.supplementMagnesiumMg()),
            integerText(day.remedies.caffeineServings), integerText(day.remedies.exerciseMinutes),
            quoted(day.notes)};
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

ImportReport DiaryCsv::read(const QByteArray& data)
{
    ImportReport report;
    qsizetype badByte = -1;
    const std::optional<QString> text = FieldText::decodeImport(data, report, &badByte);
    if (!text) {
        if (badByte >= 0)
            report.problems.back().field = columnAt(data, badByte);
        return report;
    }

    CsvReader reader(*text);
    CsvRecord header;
    if (!reader.next(header) || header.isBlank()) {
        report.problems.push_back({1, 0, QString(),
            tr("The file is empty. A diary CSV starts with a header row: %1")
                .arg(columns().join(QLatin1Char(',')))});
        return report;
    }
    const Layout layout = readHeader(header, report.problems);
    if (!report.problems.empty())
        return report;

    readRows(reader, header, layout, report);
    report.validCount = int(report.days.size());
    if (layout.nightsBeganOnTheirDate) {
        report.days = nightsMovedToTheMorningAfter(std::move(report.days));
        report.nightsMoved = true;
    }
    std::stable_sort(report.problems.begin(), report.problems.end(),
        [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    qCInfo(lcIo) << "Read a diary CSV:" << report.dayCount << "rows," << report.days.size()
                 << "valid," << report.problems.size() << "problems";
    return report;
}

} // namespace stilla
