#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace stilla {

/// Blood test results from one day: the values that matter in RLS (iron first: ferritin and
/// transferrin saturation; haemoglobin; serum magnesium; and the kidneys' filtering, eGFR, since
/// the kidneys remove magnesium), each optional. One per date. Units are the ones Swedish
/// laboratories report: µg/L (the same number as ng/mL), %, g/L, mmol/L and mL/min/1.73 m².
struct LabResult
{
    Q_DECLARE_TR_FUNCTIONS(stilla::LabResult)

public:
    QDate date; ///< the day the blood was taken
    std::optional<double> ferritin; ///< serum ferritin, µg/L
    std::optional<double> transferrinSaturation; ///< %
    std::optional<double> haemoglobin; ///< g/L
    std::optional<double> serumMagnesium; ///< mmol/L
    /// estimated glomerular filtration rate as the laboratory reports it, mL/min/1.73 m²
    std::optional<double> egfr;

    // What Stilla accepts (entry checks that catch typing mistakes and other units, not
    // reference ranges): ferritin 0-100000 µg/L, transferrin saturation 0-100 %, haemoglobin
    // 20-300 g/L (g/dL, such as 13.5, is named as the likely mistake), serum magnesium
    // 0.05-10 mmol/L, eGFR 1-200 mL/min/1.73 m².
    static constexpr double kMaxFerritin = 100000;
    static constexpr double kMaxTransferrinSaturation = 100;
    static constexpr double kMinHaemoglobin = 20;
    static constexpr double kMaxHaemoglobin = 300;
    static constexpr double kMinSerumMagnesium = 0.05;
    static constexpr double kMaxSerumMagnesium = 10;
    static constexpr double kMinEgfr = 1;
    static constexpr double kMaxEgfr = 200;

    /// One of the five values, with the names files and the command line give it.
    struct Value
    {
        const char* cliKey; ///< "ferritin", "tsat", "hb", "mg_serum", "egfr" (stilla-cli labs)
        const char*
            jsonKey; ///< "ferritin_ug_l", ... (the diary JSON's "labs" and the diary's column)
        std::optional<double> LabResult::*member;
    };
    static constexpr std::size_t kValueCount = 5;
    /// The five values in their one order: ferritin, transferrin saturation, haemoglobin,
    /// serum magnesium, eGFR.
    static const std::array<Value, kValueCount>& values();

    /// True when no value is given.
    bool isEmpty() const;
    /// What is wrong with the values, one sentence each, naming the value; empty when nothing.
    QStringList problems() const;
    /// The values given, for people, in the UI language: "ferritin 41 µg/L, transferrin
    /// saturation 18.5 %".
    QString describe() const;
    /// @p value in the UI locale: as few decimals as it has, no group separator.
    static QString number(double value);

    bool operator==(const LabResult&) const = default;
};

} // namespace stilla
