#include "SafetyCommand.h"

#include "core/Language.h"
#include "core/Settings.h"
#include "core/diary/DiaryStore.h"
#include "core/io/FieldText.h"
#include "core/safety/DiaryFindings.h"
#include "core/safety/ProfileStore.h"
#include "core/safety/SafetyEngine.h"
#include "core/safety/SafetyFacts.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <optional>

namespace stilla::cli {
namespace {

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

QString SafetyCommand::summary()
{
    return tr("List the safety notes for one day of the diary.");
}

int SafetyCommand::run(const QStringList& arguments)
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
    if (const int code = parse(parser, arguments); code >= 0)
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

    Settings file(settingsFile(parser, settings));
    std::vector<Finding> findings;
    if (QFileInfo::exists(m_context.diaryFile())) {
        int code = Failure;
        const std::unique_ptr<DiaryStore> store = m_context.openDiary(cli::Access::Read, code);
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
        m_err
            << tr("There is no diary yet in %1.").arg(QDir::toNativeSeparators(m_context.dataDir()))
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

} // namespace stilla::cli
