// The core must never see widgets: not through an include, not through the link line.
#include "tests/TestUtil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace {

QSet<QString> widgetHeaderNames()
{
    QSet<QString> names;
    const QDir dir(QStringLiteral(STILLA_QTWIDGETS_INCLUDE_DIR));
    const QStringList entries = dir.entryList(QDir::Files);
    for (const QString& entry : entries)
        names.insert(entry);
    return names;
}

TEST(CoreIsolationTest, NoCoreFileIncludesAQtWidgetsHeader)
{
    const QSet<QString> widgetHeaders = widgetHeaderNames();
    ASSERT_TRUE(widgetHeaders.contains(QStringLiteral("QWidget")))
        << "QtWidgets headers not found in " STILLA_QTWIDGETS_INCLUDE_DIR;

    const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])"),
        QRegularExpression::MultilineOption);
    int filesChecked = 0;
    QDirIterator it(QStringLiteral(STILLA_SOURCE_DIR "/core"),
        {QStringLiteral("*.h"), QStringLiteral("*.cpp"), QStringLiteral("*.h.in")}, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const QString text = QString::fromUtf8(file.readAll());
        auto matches = include.globalMatch(text);
        while (matches.hasNext()) {
            const QString header = matches.next().captured(1);
            const QString base = header.section(QLatin1Char('/'), -1);
            const bool widgets = header.startsWith(QLatin1String("QtWidgets"))
                || (header.startsWith(QLatin1Char('Q')) && widgetHeaders.contains(base));
            EXPECT_FALSE(widgets) << path.toStdString() << " includes " << header.toStdString();
        }
        ++filesChecked;
    }
    EXPECT_GT(filesChecked, 5);
}

TEST(CoreIsolationTest, CoreLinksNoWidgetLibrary)
{
    QFile file(QStringLiteral(STILLA_BINARY_DIR "/stilla_core_link_libraries.txt"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString links = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(links.contains(QStringLiteral("Qt6::Core")));
    for (const char* forbidden : {"Widgets", "Charts", "PrintSupport", "Qt6::Gui", "Network"})
        EXPECT_FALSE(links.contains(QLatin1String(forbidden))) << "stilla_core links " << forbidden;
}

} // namespace
