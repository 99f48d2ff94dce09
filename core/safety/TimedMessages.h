#pragma once

#include "Finding.h"

#include <QString>

namespace stilla {

/// The words of the interactions checked against the times of the day (gabapentin, iron,
/// levothyroxine; SafetyEngine::addInteractionFindings): how far apart the medicine and the dose
/// were taken, and whether that keeps to the advice. Part of SafetyMessages, whose translation
/// context (SafetyEngine) the texts keep.
class TimedMessages
{
public:
    /// The message of a timed interaction whose finding holds both times; empty for any other
    /// finding.
    static QString message(const Finding& finding);
    /// Its one-line summary; empty for any other finding.
    static QString summary(const Finding& finding);

private:
    /// "gabapentin or pregabalin", "iron", "levothyroxine"; empty for any other finding.
    static QString medicine(const Finding& finding);
};

} // namespace stilla
