// Cli's profile and safety commands (declared in Cli.h): the personal profile in the settings
// file, and the safety findings for one day of the diary. See docs/safety-rules.md.
#include "AppPaths.h"
#include "Cli.h"
#include "CliOptions.h"
#include "Language.h"
#include "ProfileArguments.h"
#include "Settings.h"
#include "diary/DiaryStore.h"
#include "io/FieldText.h"
#include "safety/DiaryFindings.h"
#include "safety/ProfileStore.h"
#include "safety/SafetyEngine.h"
#include "safety/SafetyFacts.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <optional>

namespace stilla {

namespace {

QCommandLineOption settingsOption()
{
    return QCommandLineOption(QStringLiteral("settings"),
        QCoreApplication::translate(
            "stilla::Cli", "Read the profile from FILE instead of Stilla's settings file."),
        QStringLiteral("file"));
}

QString settingsFileFrom(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    return parser.isSet(option) ? parser.value(option) : AppPaths::settingsFile();
}

/// Installs the translators for one command and puts the previous locale back afterwards.
class TemporaryLanguage
{
public:
    bool set(const QString& code)
    {
        m_translators.emplace();
        return m_translators->setLanguage(code);
    }
    ~TemporaryLanguage()
    {
        if (m_translators)
            QLocale::setDefault(m_previousLocale);
    }

private:
    QLocale m_previousLocale;
    std::optional<Translators> m_translators;
};

} // namespace

int Cli::runProfile(const QStringList& arguments)
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
    Settings file(settingsFileFrom(parser, settings));
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
    if (!parser.isSet(settings) && QFileInfo(m_dataDir).isDir()) {
        if (int code = Failure; !lockForWriting(QStringLiteral("profile set"), code))
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

int Cli::runSafety(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the safety notes for one day of the diary, based on the article and your "
           "profile: most important first. Stilla informs; it does not replace a doctor."));
    const QCommandLineOption dateOption(
        QStringLiteral("date"), tr("The day, as YYYY-MM-DD."), QStringLiteral("date"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        tr("Print a JSON array of objects with the keys rule, severity, message and section."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        tr("The language of the messages: sv or en (default: the system's)."),
        QStringLiteral("code"));
    const QCommandLineOption settings = settingsOption();
    parser.addOptions({dateOption, jsonOption, langOption, settings});
    if (const int code = cli::parseSubcommand(parser, arguments, m_out, m_err); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("safety takes no arguments; give the day with --date."));
    if (!parser.isSet(dateOption))
        return usageError(tr("safety needs --date YYYY-MM-DD."));
    const Result<QDate> date = FieldText::parseDate(parser.value(dateOption));
    if (!date)
        return usageError(QStringLiteral("--date: %1").arg(date.errorMessage()));
    TemporaryLanguage language;
    if (parser.isSet(langOption)) {
        const QString code = parser.value(langOption);
        if (!Language::isSupported(code) || !language.set(code))
            return usageError(tr("--lang must be sv or en."));
    }

    Settings file(settingsFileFrom(parser, settings));
    std::vector<Finding> findings;
    if (QFileInfo::exists(diaryFile())) {
        int code = Failure;
        const std::unique_ptr<DiaryStore> store = openDiary(false, Access::Read, code);
        if (!store)
            return code;
        Result<std::optional<DayEntry>> stored = store->day(date.value());
        if (!stored)
            return fail(stored.errorMessage());
        // The day's own findings and the iron rules (lab results, days with symptoms).
        Result<std::vector<Finding>> found
            = DiaryFindings::forDate(*store, ProfileStore(file).load(), *date, *stored);
        if (!found)
            return fail(found.errorMessage());
        findings = std::move(found).value();
    } else {
        m_err << tr("There is no diary yet in %1.").arg(QDir::toNativeSeparators(m_dataDir))
              << '\n';
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Finding& finding : findings) {
            array.append(QJsonObject {
                {QStringLiteral("rule"), finding.rule},
                {QStringLiteral("severity"), toName(finding.severity)},
                {QStringLiteral("message"), finding.message},
                {QStringLiteral("section"), finding.section},
            });
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (findings.empty()) {
        m_out << tr("Nothing to note for %1.").arg(date->toString(Qt::ISODate)) << '\n';
        return Success;
    }
    for (const Finding& finding : findings) {
        m_out << SafetyEngine::severityName(finding.severity) << " (" << finding.rule << ", "
              << tr("guide section: %1").arg(finding.section) << ")\n  " << finding.message
              << "\n  " << tr("Source: %1").arg(SafetyFacts::ruleSource(finding)) << "\n";
    }
    return Success;
}

} // namespace stilla
