#pragma once

#include "ImportProblem.h"
#include "core/experiment/ExperimentPlan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>
#include <vector>

namespace stilla {

/// Reads one day of a diary JSON file (see docs/diary-json.md), checking types and names; the
/// value ranges are left to DayValidation. Problems carry the JSON path, no line yet.
class JsonDayReader
{
    Q_DECLARE_TR_FUNCTIONS(stilla::JsonDayReader)

public:
    JsonDayReader(QString path, std::vector<ImportProblem>& problems);

    /// The day at this reader's path. problemCount() tells whether it was read cleanly.
    DayEntry read(const QJsonValue& value);
    /// One entry of the top-level "labs" list: {"date", "ferritin_ug_l",
    /// "transferrin_saturation_pct", "haemoglobin_g_l", "serum_magnesium_mmol_l"}.
    LabResult readLab(const QJsonValue& value);
    /// One entry of the top-level "experiments" list (docs/diary-json.md); the plan's own
    /// checks (ExperimentPlan::problems()) are left to the caller.
    ExperimentPlan readExperiment(const QJsonValue& value);
    int problemCount() const { return m_count; }

private:
    void problem(const QString& path, const QString& message);
    QString join(const QString& parent, const char* key) const;
    /// Reports members of @p object at @p path not in @p known.
    void rejectUnknown(
        const QJsonObject& object, const QString& path, std::initializer_list<const char*> known);
    std::optional<QJsonObject> object(const QJsonValue& value, const QString& path);

    std::optional<int> integer(const QJsonObject& object, const QString& parent, const char* key);
    std::optional<double> number(
        const QJsonObject& object, const QString& parent, const char* key, bool required);
    std::optional<QTime> time(const QJsonObject& object, const QString& parent, const char* key);
    std::optional<QDate> date(
        const QJsonObject& object, const QString& parent, const char* key, bool required);
    std::optional<bool> boolean(const QJsonObject& object, const QString& parent, const char* key);
    std::optional<QString> string(
        const QJsonObject& object, const QString& parent, const char* key, bool required);
    /// Reads a name with @p fromName; the default when absent.
    template<typename Enum>
    Enum name(const QJsonObject& object, const QString& parent, const char* key, Enum fallback,
        std::optional<Enum> (*fromName)(const QString&));
    QJsonArray array(const QJsonObject& object, const QString& parent, const char* key);

    void readSleep(const QJsonObject& day, SleepRecord& sleep);
    void readSymptoms(const QJsonObject& day, SymptomRecord& symptoms);
    void readFoods(const QJsonObject& day, std::vector<FoodIntake>& foods);
    void readSupplements(const QJsonObject& day, std::vector<SupplementIntake>& supplements);
    void readRemedies(const QJsonObject& day, Remedies& remedies);
    void readMedications(const QJsonObject& day, std::vector<MedicationTaken>& medications);
    void readSideEffects(const QJsonObject& day, SideEffects& effects);

    QString m_path;
    std::vector<ImportProblem>& m_problems;
    int m_count = 0;
};

} // namespace stilla
