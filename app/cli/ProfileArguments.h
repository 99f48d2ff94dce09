#pragma once

#include "core/Result.h"
#include "core/safety/Profile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace stilla {

/// The profile on the command line: `stilla-cli profile set KEY=VALUE...` and what
/// `profile show` prints. The keys are age_group, sex, conditions, medications and reference;
/// the values are the names in core/safety/Profile.h (see docs/safety-rules.md).
class ProfileArguments
{
    Q_DECLARE_TR_FUNCTIONS(stilla::ProfileArguments)

public:
    /// Applies @p assignments ("conditions=kidney_disease,pregnant", "reference=us") to
    /// @p profile. All or nothing: on any unknown key or value the error names each bad
    /// argument (one per line) and no profile is returned. Lists replace the stored list;
    /// "none" clears it. A key given twice: the last one wins.
    static Result<Profile> apply(const Profile& profile, const QStringList& assignments);

    /// One "key: value" line per key, with the names used by apply().
    static QString toText(const Profile& profile);
    /// {"age_group": "...", "sex": "...", "conditions": [...], "medications": [...],
    /// "reference": "..."}
    static QJsonObject toJson(const Profile& profile);
    /// The keys and their values, for --help.
    static QString keysHelp();
};

} // namespace stilla
