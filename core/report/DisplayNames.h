#pragma once

#include "core/diary/DayEntry.h"
#include "core/safety/Profile.h"

#include <QCoreApplication>
#include <QString>

namespace stilla {

/// The names people see for the model's enumerations, in the UI language. One place, so the
/// diary, the settings and the reports always say the same thing.
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(stilla::DisplayNames)

public:
    static QString medicationClass(MedicationClass medicationClass);
    static QString sideEffect(SideEffect effect);
    /// A part of a day, lower case, for a sentence: "sleep", "restless legs", "magnesium".
    static QString dayPart(DayPart part);
    /// @p parts named in a sentence: "sleep", "sleep and magnesium", "sleep, magnesium and
    /// notes".
    static QString dayParts(const std::vector<DayPart>& parts);
    /// @p items as a list in a sentence: "a", "a and b", "a, b and c".
    static QString list(QStringList items);
    static QString supplementForm(SupplementForm form);
    static QString condition(Condition condition);
    /// The condition answered "no", as a clinician reads it: "no kidney disease", "not pregnant".
    static QString conditionRuledOut(Condition condition);
    static QString ageGroup(AgeGroup ageGroup);
    static QString sex(Sex sex);
};

} // namespace stilla
