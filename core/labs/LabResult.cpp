#include "LabResult.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace stilla {

const std::array<LabResult::Value, LabResult::kValueCount>& LabResult::values()
{
    static constexpr std::array<Value, kValueCount> kValues {{
        {"ferritin", "ferritin_ug_l", &LabResult::ferritin},
        {"tsat", "transferrin_saturation_pct", &LabResult::transferrinSaturation},
        {"hb", "haemoglobin_g_l", &LabResult::haemoglobin},
        {"mg_serum", "serum_magnesium_mmol_l", &LabResult::serumMagnesium},
        {"egfr", "egfr_ml_min_1_73m2", &LabResult::egfr},
    }};
    return kValues;
}

bool LabResult::isEmpty() const
{
    return std::none_of(values().begin(), values().end(),
        [this](const Value& value) { return (this->*value.member).has_value(); });
}

QString LabResult::number(double value)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

namespace {

/// @p value for a sentence: as few decimals as it has, grouped as the UI locale groups
/// ("100 000" in Swedish), unlike LabResult::number(), which a field can read back.
QString shown(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

QString LabResult::describe() const
{
    QStringList parts;
    if (ferritin)
        parts << tr("ferritin %1\u00A0µg/L").arg(shown(*ferritin));
    if (transferrinSaturation)
        parts << tr("transferrin saturation %1\u00A0%").arg(shown(*transferrinSaturation));
    if (haemoglobin)
        parts << tr("haemoglobin %1\u00A0g/L").arg(shown(*haemoglobin));
    if (serumMagnesium)
        parts << tr("serum magnesium %1\u00A0mmol/L").arg(shown(*serumMagnesium));
    if (egfr)
        parts << tr("eGFR %1\u00A0mL/min/1.73\u00A0m²").arg(shown(*egfr));
    return parts.join(QStringLiteral(", "));
}

QStringList LabResult::problems() const
{
    QStringList problems;
    auto outside = [](const std::optional<double>& value, double low, double high) {
        return value && (!std::isfinite(*value) || *value < low || *value > high);
    };
    if (!date.isValid())
        problems << tr("The test needs a valid date.");
    if (outside(ferritin, 0, kMaxFerritin))
        problems << tr(
            "Ferritin %1\u00A0µg/L is not possible: give a value from 0 to %2\u00A0µg/L.")
                        .arg(shown(*ferritin), shown(kMaxFerritin));
    if (outside(transferrinSaturation, 0, kMaxTransferrinSaturation))
        problems << tr("Transferrin saturation %1\u00A0% is not possible: give a percentage from 0 "
                       "to 100.")
                        .arg(shown(*transferrinSaturation));
    if (haemoglobin && std::isfinite(*haemoglobin) && *haemoglobin > 0
        && *haemoglobin < kMinHaemoglobin) {
        problems << tr("Haemoglobin %1\u00A0g/L is far too low: Stilla takes haemoglobin in g/L "
                       "(for example 135). A value such as 13.5 is in g/dL; multiply it by 10.")
                        .arg(shown(*haemoglobin));
    } else if (outside(haemoglobin, kMinHaemoglobin, kMaxHaemoglobin)) {
        problems << tr(
            "Haemoglobin %1\u00A0g/L is not possible: give a value from %2 to %3\u00A0g/L.")
                        .arg(shown(*haemoglobin), shown(kMinHaemoglobin), shown(kMaxHaemoglobin));
    }
    if (outside(serumMagnesium, kMinSerumMagnesium, kMaxSerumMagnesium))
        problems << tr("Serum magnesium %1\u00A0mmol/L is not possible: give a value from %2 to "
                       "%3\u00A0mmol/L.")
                        .arg(shown(*serumMagnesium), shown(kMinSerumMagnesium),
                            shown(kMaxSerumMagnesium));
    if (outside(egfr, kMinEgfr, kMaxEgfr))
        problems << tr("eGFR %1\u00A0mL/min/1.73\u00A0m² is not possible: give a value from %2 to "
                       "%3, as the laboratory reports it (a value such as \u201C>90\u201D as 90).")
                        .arg(shown(*egfr), shown(kMinEgfr), shown(kMaxEgfr));
    return problems;
}

} // namespace stilla
