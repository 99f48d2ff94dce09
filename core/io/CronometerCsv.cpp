#include "CronometerCsv.h"

#include "CsvReader.h"
#include "FieldText.h"
#include "core/diary/DayValidation.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace stilla {

namespace {

/// Cronometer writes some 80 nutrient columns.
constexpr int kMaxColumns = 400;

std::optional<QString> firstLine(const QByteArray& data)
{
    const QByteArray bom("\xef\xbb\xbf");
    const qsizetype start = data.startsWith(bom) ? bom.size() : 0;
    qsizetype end = data.indexOf('\n', start);
    if (end < 0)
        end = data.size();
    if (end - start > 64 * 1024)
        return std::nullopt;
    return QString::fromUtf8(data.mid(start, end - start)).trimmed();
}

/// Where the columns Stilla takes are in one file, as its header row says; -1 when missing.
struct Columns
{
    explicit Columns(const CsvRecord& header)
    {
        QHash<QString, int> columns;
        for (int i = 0; i < int(header.fields.size()); ++i)
            columns.insert(header.fields[std::size_t(i)].trimmed(), i);
        date = columns.value(QStringLiteral("Date"), -1);
        magnesium = columns.value(QLatin1String(CronometerCsv::kMagnesiumColumn), -1);
        caffeine = columns.value(QStringLiteral("Caffeine (mg)"), -1);
        completed = columns.value(QStringLiteral("Completed"), -1);
    }

    int date = -1;
    int magnesium = -1;
    int caffeine = -1;
    int completed = -1;
};

/// Reads the rows of Daily Nutrition into a report, one by one: each a day, a date that was not
/// completed or has no magnesium, or a problem.
class RowReader
{
public:
    RowReader(const Columns& columns, bool includeNotCompleted, CronometerCsv::Report& report)
        : m_columns(columns)
        , m_includeNotCompleted(includeNotCompleted)
        , m_report(report)
    { }

    void read(const CsvRecord& record)
    {
        const auto cell = [&record](int column) {
            return column >= 0 && column < int(record.fields.size())
                ? record.fields[std::size_t(column)].trimmed()
                : QString();
        };
        const auto problem = [&](const char* column, const QString& message) {
            FieldText::add(m_report.problems, {record.line, 0, QLatin1String(column), message});
        };
        CronometerCsv::Day day;
        day.line = record.line;
        const Result<QDate> date = FieldText::parseDate(cell(m_columns.date));
        if (!date) {
            problem("Date", date.errorMessage());
            return;
        }
        day.date = date.value();
        if (m_seen.contains(day.date)) {
            problem("Date",
                CronometerCsv::tr("%1 appears twice; Daily Nutrition has one row a day.")
                    .arg(FieldText::formatDate(day.date)));
            return;
        }
        m_seen.insert(day.date);
        if (m_columns.completed >= 0 && !m_includeNotCompleted
            && cell(m_columns.completed).compare(QLatin1String("true"), Qt::CaseInsensitive) != 0) {
            m_report.notCompleted.push_back(day.date);
            return;
        }
        if (cell(m_columns.magnesium).isEmpty()) {
            m_report.withoutMagnesium.push_back(day.date);
            return;
        }
        const Result<double> magnesium = FieldText::parseNumber(cell(m_columns.magnesium));
        if (!magnesium) {
            problem(CronometerCsv::kMagnesiumColumn, magnesium.errorMessage());
            return;
        }
        if (magnesium.value() < 0 || magnesium.value() > DayValidation::kMaxFoodMagnesiumMg) {
            problem(CronometerCsv::kMagnesiumColumn,
                CronometerCsv::tr("%1\u00A0mg of magnesium from food in a day is not possible; "
                                  "the most is %2\u00A0mg.")
                    .arg(FieldText::formatNumber(magnesium.value()))
                    .arg(DayValidation::kMaxFoodMagnesiumMg));
            return;
        }
        day.magnesiumMg = magnesium.value();
        if (const Result<double> caffeine = FieldText::parseNumber(cell(m_columns.caffeine));
            m_columns.caffeine >= 0 && !cell(m_columns.caffeine).isEmpty() && caffeine)
            day.caffeineMg = caffeine.value();
        m_report.days.push_back(day);
    }

private:
    const Columns& m_columns;
    bool m_includeNotCompleted;
    CronometerCsv::Report& m_report;
    QSet<QDate> m_seen; ///< the dates of the rows read so far
};

} // namespace

bool CronometerCsv::looksLike(const QByteArray& data)
{
    const std::optional<QString> header = firstLine(data);
    if (!header)
        return false;
    CsvReader reader(*header, kMaxColumns);
    CsvRecord record;
    if (!reader.next(record) || record.fields.empty())
        return false;
    bool date = false;
    bool magnesium = false;
    for (const QString& field : record.fields) {
        date = date || field.trimmed() == QLatin1String("Date");
        magnesium = magnesium || field.trimmed() == QLatin1String(kMagnesiumColumn);
    }
    return date && magnesium;
}

CronometerCsv::Report CronometerCsv::read(const QByteArray& data, bool includeNotCompleted)
{
    Report report;
    ImportReport decoding;
    const std::optional<QString> text = FieldText::decodeImport(data, decoding);
    if (!text) {
        report.problems = std::move(decoding.problems);
        return report;
    }
    CsvReader reader(*text, kMaxColumns);
    CsvRecord header;
    if (!reader.next(header) || header.isBlank()) {
        report.problems.push_back({1, 0, QString(),
            tr("The file is empty: a Cronometer export starts with a header row.")});
        return report;
    }
    const Columns columns(header);
    if (columns.date < 0 || columns.magnesium < 0) {
        report.problems.push_back({1, 0, QString(),
            columns.magnesium < 0
                ? tr("This file has no \"Magnesium (mg)\" column, so Stilla has nothing to take "
                     "from it. In Cronometer, export \"Daily Nutrition\" with all nutrients.")
                : tr("This file has no \"Date\" column. In Cronometer, export \"Daily "
                     "Nutrition\", which has one row a day.")});
        return report;
    }

    RowReader rows(columns, includeNotCompleted, report);
    CsvRecord record;
    while (reader.next(record) && !FieldText::isFull(report.problems)) {
        if (!record.isBlank())
            rows.read(record);
    }
    return report;
}

DayEntry CronometerCsv::apply(const DayEntry& stored, const Day& day)
{
    DayEntry result = stored;
    result.date = day.date;
    std::erase_if(result.foods, [](const FoodIntake& food) {
        return food.source == QLatin1String("import") && food.foodId == QLatin1String(kFoodId);
    });
    FoodIntake line;
    line.source = QStringLiteral("import");
    line.foodId = QLatin1String(kFoodId);
    line.name = QStringLiteral("Cronometer");
    line.magnesiumMg = day.magnesiumMg;
    result.foods.push_back(line);
    return result;
}

QString CronometerCsv::describeLeftOut(const Report& report)
{
    QStringList sentences;
    if (!report.notCompleted.empty())
        sentences << tr("%Ln day(s) not marked Completed in Cronometer were left out, as their "
                        "totals may be partial.",
            nullptr, int(report.notCompleted.size()));
    if (!report.withoutMagnesium.empty())
        sentences << tr("%Ln day(s) without a magnesium value were left out.", nullptr,
            int(report.withoutMagnesium.size()));
    double caffeine = 0;
    int caffeineDays = 0;
    for (const Day& day : report.days) {
        if (day.caffeineMg) {
            caffeine += *day.caffeineMg;
            ++caffeineDays;
        }
    }
    if (caffeineDays > 0)
        sentences << tr("Caffeine in the file: %1\u00A0mg a day on average over %Ln day(s). "
                        "Stilla counts caffeine in servings, so it is not added to the diary.",
            nullptr, caffeineDays)
                         .arg(QLocale().toString(caffeine / caffeineDays, 'f', 0));
    return sentences.join(QLatin1Char(' '));
}

} // namespace stilla
