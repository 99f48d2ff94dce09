// After switching to Swedish, no English text may be left on any screen.
#include "AppFixture.h"
#include "app/gui/widgets/MessageBox.h"
#include "tests/TypographyRules.h"
#include "tests/core/DiaryTestData.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>

namespace stilla {
namespace {

/// Every user-visible text on the window, keyed by where it is shown.
QMap<QString, QString> visibleTexts(MainWindow& window)
{
    QMap<QString, QString> texts;
    auto add = [&texts](const QObject* owner, const QString& what, const QString& text) {
        if (!text.trimmed().isEmpty())
            texts.insert(owner->objectName() + QLatin1Char('/')
                    + QString::fromLatin1(owner->metaObject()->className()) + QLatin1Char('/')
                    + what,
                text);
    };
    texts.insert(QStringLiteral("window/title"), window.windowTitle());
    const auto widgets = window.findChildren<QWidget*>();
    int index = 0;
    for (QWidget* widget : widgets) {
        const QString id = QString::number(index++);
        add(widget, id + QStringLiteral("/tooltip"), widget->toolTip());
        add(widget, id + QStringLiteral("/accessibleName"), widget->accessibleName());
        add(widget, id + QStringLiteral("/accessibleDescription"), widget->accessibleDescription());
        if (auto* label = qobject_cast<QLabel*>(widget))
            add(widget, id + QStringLiteral("/text"), label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(widget, id + QStringLiteral("/text"), button->text());
        if (auto* group = qobject_cast<QGroupBox*>(widget))
            add(widget, id + QStringLiteral("/title"), group->title());
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            add(widget, id + QStringLiteral("/placeholder"), edit->placeholderText());
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(widget, id + QStringLiteral("/item%1").arg(i), combo->itemText(i));
        }
        if (auto* list = qobject_cast<QListWidget*>(widget)) {
            for (int i = 0; i < list->count(); ++i) {
                add(widget, id + QStringLiteral("/item%1").arg(i), list->item(i)->text());
                add(widget, id + QStringLiteral("/itemtip%1").arg(i), list->item(i)->toolTip());
            }
        }
    }
    const auto actions = window.findChildren<QAction*>();
    for (QAction* action : actions)
        add(action, QString::number(index++) + QStringLiteral("/action"), action->text());
    return texts;
}

/// Texts that are the same in both languages on purpose.
bool sameInBothLanguages(const QString& text)
{
    static const QSet<QString> allowed {QStringLiteral("Stilla"), QStringLiteral("Guide"),
        QStringLiteral("&Guide"), QStringLiteral("Svenska"), QStringLiteral("English"),
        QStringLiteral("A+"), QStringLiteral("A−"), QStringLiteral("✕"),
        QStringLiteral("Guide — Stilla"), QStringLiteral("Guide (Ctrl+1)"),
        QStringLiteral("Magnesium"), QStringLiteral("Massage"), QStringLiteral("Portion"),
        QStringLiteral("&Portion:"), QStringLiteral("Opioid"), QStringLiteral("PDF…"),
        QStringLiteral("PNG…")};
    if (allowed.contains(text))
        return true;
    // Numbers, amounts ("100 g"), dates, paths and the like carry no language.
    static const QRegularExpression noWords(QStringLiteral(R"(^[^A-Za-zÅÄÖåäö]*$)"));
    static const QRegularExpression amount(QStringLiteral("^[\\d,.\u00A0]+(mg|g)$"));
    return noWords.match(text).hasMatch() || amount.match(text).hasMatch()
        || text.startsWith(QLatin1Char('/'));
}

TEST(TranslationCoverageTest, NoEnglishLeftOnASwedishScreen)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("stilla.conf")));
    Translators translators;
    ASSERT_TRUE(translators.setLanguage(QStringLiteral("en")));
    FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(21, 0)));
    AppContext context {settings, translators, clock, dir.filePath(QStringLiteral("data")), {}};
    MainWindow window(context);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    for (int page = 0; page < MainWindow::kPageCount; ++page) {
        window.showPage(static_cast<MainWindow::PageId>(page));
        const QMap<QString, QString> english = visibleTexts(window);
        window.setLanguage(QStringLiteral("sv"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        const QMap<QString, QString> swedish = visibleTexts(window);
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            const QString sv = swedish.value(it.key());
            if (sv == it.value() && !sameInBothLanguages(sv))
                ADD_FAILURE() << "page " << page << ": \"" << sv.toStdString()
                              << "\" is still English at " << it.key().toStdString();
        }
        window.setLanguage(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
}

class SwedishScreensTest : public test::AppFixture
{
};

TEST_F(SwedishScreensTest, NumbersKeepTheirUnitsOnEveryPage)
{
    const QDate today = m_clock.today();
    for (int i = 0; i < 10; ++i)
        ASSERT_TRUE(m_diary->save(test::fullDay(today.addDays(-i))).ok());
    LabResult lab;
    lab.date = today.addDays(-3);
    lab.ferritin = 41.5;
    lab.transferrinSaturation = 18;
    ASSERT_TRUE(m_diary->labs().save(lab).ok());
    MainWindow& window = showWindow();
    window.setLanguage(QStringLiteral("sv"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);

    int withUnits = 0;
    for (int page = 0; page < MainWindow::kPageCount; ++page) {
        window.showPage(static_cast<MainWindow::PageId>(page));
        QCoreApplication::processEvents();
        QMap<QString, QString> texts = visibleTexts(window);
        for (auto* spin : window.findChildren<QAbstractSpinBox*>())
            texts.insert(spin->objectName() + QStringLiteral("/spin"), spin->text());
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            withUnits += it.value().contains(QStringLiteral("\u00A0mg"));
            for (const QString& problem : test::typographyProblems(it.value(), true))
                ADD_FAILURE() << "page " << page << " " << it.key().toStdString() << " \""
                              << it.value().toStdString() << "\": " << problem.toStdString();
        }
    }
    EXPECT_GT(withUnits, 5) << "the pages should show amounts in mg";
}

} // namespace
} // namespace stilla

namespace stilla {
namespace {

TEST(TranslationCoverageTest, StandardButtonsSpeakTheUiLanguage)
{
    Translators translators;
    ASSERT_TRUE(translators.setLanguage(QStringLiteral("sv")));
    QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("q"),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    MessageBox::translateButtons(box);
    EXPECT_EQ(box.button(QMessageBox::Yes)->text(), QStringLiteral("&Ja"));
    EXPECT_EQ(box.button(QMessageBox::No)->text(), QStringLiteral("&Nej"));
    EXPECT_EQ(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Avbryt"));
    ASSERT_TRUE(translators.setLanguage(QStringLiteral("en")));
    MessageBox::translateButtons(box);
    EXPECT_EQ(box.button(QMessageBox::Yes)->text(), QStringLiteral("&Yes"));
}

/// Records each text that no catalogue translates: installed before them, it is asked last.
class Untranslated : public QTranslator
{
public:
    QString translate(
        const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        // Key names and paper sizes stay as Qt writes them, in every language, and so do the
        // file dialog's shortcuts ("Alt+Left"), which Qt reads back as keys.
        static const QStringList kept {QStringLiteral("QShortcut"), QStringLiteral("QPageSize"),
            QStringLiteral("QGuiApplication"), QStringLiteral("QImageWriter")};
        const QString where = QString::fromUtf8(context);
        const QString text = QString::fromUtf8(source);
        if (!kept.contains(where) && !text.startsWith(QLatin1String("Alt+")))
            missed.insert(where + QStringLiteral(": ") + text);
        return {};
    }
    bool isEmpty() const override { return false; }
    mutable QSet<QString> missed;
};

TEST(TranslationCoverageTest, QtsOwnDialogsAndMenusSpeakSwedish)
{
    // The dialogs Stilla shows as Qt makes them (without a desktop's own file dialog): import,
    // export and the charts' files, the report's print preview and the guide's print dialog,
    // and a text field's context menu. Debian's Swedish Qt catalogue is of Qt 4: "Look in:",
    // "Cancel", the preview's tools and the notes field's menu stayed English.
    Untranslated untranslated;
    QCoreApplication::installTranslator(&untranslated);
    {
        Translators translators;
        ASSERT_TRUE(translators.setLanguage(QStringLiteral("sv")));
        for (const auto mode : {QFileDialog::AcceptSave, QFileDialog::AcceptOpen}) {
            QFileDialog files(
                nullptr, QStringLiteral("t"), QDir::tempPath(), QStringLiteral("JSON (*.json)"));
            files.setOption(QFileDialog::DontUseNativeDialog);
            files.setAcceptMode(mode);
            files.grab();
        }
        QPrinter printer;
        QPrintPreviewDialog(&printer).grab();
        QPrintDialog(&printer).grab();
        QLineEdit line(QStringLiteral("x"));
        delete line.createStandardContextMenu();
        QPlainTextEdit notes(QStringLiteral("x"));
        delete notes.createStandardContextMenu();
    }
    QCoreApplication::removeTranslator(&untranslated);
    QStringList missed(untranslated.missed.begin(), untranslated.missed.end());
    missed.sort();
    EXPECT_TRUE(missed.isEmpty()) << missed.join(u'\n').toStdString();
}

} // namespace
} // namespace stilla
