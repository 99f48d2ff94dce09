#include "Command.h"

#include <QCommandLineParser>

namespace stilla::cli {

Command::Command(Context& context)
    : m_context(context)
    , m_out(context.out())
    , m_err(context.err())
{ }

Command::~Command() = default;

QString Command::usageHint() const
{
    return tr("Run stilla-cli %1 --help for the options.").arg(m_context.command());
}

int Command::usageError(const QString& message) const
{
    return cli::usageError(m_err, message, usageHint());
}

int Command::parse(
    QCommandLineParser& parser, const QStringList& arguments, const SubcommandText& text) const
{
    // An unknown option says where the options are, as every other usage error does.
    SubcommandText withHint = text;
    if (withHint.errorHint.isEmpty())
        withHint.errorHint = usageHint();
    return parseSubcommand(parser, arguments, m_out, m_err, withHint);
}

QCommandLineOption Command::settingsOption()
{
    return QCommandLineOption(QStringLiteral("settings"),
        tr("Read the profile from FILE instead of Stilla's settings file."),
        QStringLiteral("file"));
}

QString Command::settingsFile(
    const QCommandLineParser& parser, const QCommandLineOption& option) const
{
    return parser.isSet(option) ? parser.value(option) : m_context.settingsFile();
}

} // namespace stilla::cli
