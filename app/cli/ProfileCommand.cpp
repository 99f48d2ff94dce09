#include "ProfileCommand.h"

#include "ProfileArguments.h"
#include "core/Settings.h"
#include "core/safety/ProfileStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace stilla::cli {

QString ProfileCommand::summary()
{
    return tr("Show or change your profile: conditions, regular medicines, dose limit.");
}

int ProfileCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show or change your profile. It is kept only in Stilla's settings file on this "
           "computer, and the safety notes use it."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), tr("profile show: print the profile as JSON."));
    const QCommandLineOption settings = settingsOption();
    parser.addOptions({jsonOption, settings});
    parser.addPositionalArgument(QStringLiteral("show"), tr("Print the profile."));
    parser.addPositionalArgument(QStringLiteral("set"),
        tr("Change one or more keys, given as KEY=VALUE; nothing is changed if any is wrong."),
        QStringLiteral("set KEY=VALUE..."));
    if (const int code = cli::parseSubcommand(parser, arguments, m_out, m_err,
            {.extraHelp = QLatin1Char('\n') + ProfileArguments::keysHelp()});
        code >= 0)
        return code;
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("profile needs show or set."));
    const QString action = positional.takeFirst();
    Settings file(settingsFile(parser, settings));
    ProfileStore store(file);

    if (action == QLatin1String("show")) {
        if (!positional.isEmpty())
            return usageError(tr("profile show takes no arguments."));
        const Profile profile = store.load();
        if (parser.isSet(jsonOption))
            m_out << QString::fromUtf8(
                QJsonDocument(ProfileArguments::toJson(profile)).toJson(QJsonDocument::Indented));
        else
            m_out << ProfileArguments::toText(profile);
        return Success;
    }
    if (action != QLatin1String("set"))
        return usageError(tr("Unknown profile action \"%1\"; use show or set.").arg(action));
    if (parser.isSet(jsonOption))
        return usageError(tr("--json is for profile show."));
    if (positional.isEmpty())
        return usageError(tr("profile set needs at least one KEY=VALUE."));
    const Result<Profile> changed = ProfileArguments::apply(store.load(), positional);
    if (!changed)
        return usageError(changed.errorMessage());
    // Stilla's own settings file is the window's too: not while the window has it open. (A
    // data folder that does not exist yet has no window.)
    if (!parser.isSet(settings) && QFileInfo(m_context.dataDir()).isDir()) {
        m_context.setCommand(QStringLiteral("profile set"));
        if (int code = Failure; !m_context.lockForWriting(code))
            return code;
    }
    store.save(changed.value());
    if (!file.sync())
        return fail(tr("Could not write the settings file %1; the profile was not changed. "
                       "Check that the folder exists and that you may write to it.")
                        .arg(QDir::toNativeSeparators(file.filePath())));
    m_out << ProfileArguments::toText(store.load());
    return Success;
}

} // namespace stilla::cli
