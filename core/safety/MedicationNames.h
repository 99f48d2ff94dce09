#pragma once

#include "core/diary/DayEntry.h"

#include <QString>

#include <optional>

namespace stilla {

/// Which kind of medicine a name typed in the diary is, so that the safety rules can check it
/// when the person has not chosen its kind: "Gabapentin 300 mg" left as "Other" got no advice
/// on how far apart from magnesium to take it.
///
/// Knows the generic names (in English and Swedish spelling) of the medicines in each kind the
/// safety rules use, and a few brand names sold in Sweden, as the WHO's ATC classification
/// (WHO Collaborating Centre for Drug Statistics Methodology, ATC/DDD Index) and, for the brand
/// names, FASS (fass.se) place them. A name matches when one of its words begins with a known
/// name, so "Sifrol 0,18 mg", "pramipexol" and "Pramipexole" all do, and "multivitamin" or
/// "ferritin" do not. A guess only: the person's choice of kind always wins.
class MedicationNames
{
public:
    /// The kind of medicine @p name is, or std::nullopt when it names none Stilla knows, or
    /// names medicines of two different kinds.
    static std::optional<MedicationClass> guessClass(const QString& name);
    /// The kind the safety rules read for a medicine logged: the one the person chose, or for
    /// one left as "Other" (logged before the kind followed the name, or imported), the kind its
    /// name names. Answers for a name already seen come from a per-thread table, so a report
    /// over ten years guesses each name once.
    static MedicationClass kindForRules(const MedicationTaken& taken);
};

} // namespace stilla
