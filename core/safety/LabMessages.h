#pragma once

#include "Finding.h"

#include <QString>

namespace stilla {

/// The words of the lab rules (LabRules::evaluate): iron, kidney function and serum magnesium,
/// each with the value and the date of the test. Part of SafetyMessages, whose translation
/// context (SafetyEngine) the texts keep.
class LabMessages
{
public:
    /// The message of a lab rule's finding; empty for any other finding.
    static QString message(const Finding& finding);
    /// Its one-line summary; empty for any other finding.
    static QString summary(const Finding& finding);

private:
    static QString serumMagnesiumMessage(const Finding& finding);
};

} // namespace stilla
