// Every word on the diary page reads at WCAG AA (4.5:1) against what is behind it, in the light
// and the dark appearance: the hints under a field and the instruction about the signs of too
// much magnesium too (they once read 4.3:1 in the light appearance).
#include "AppFixture.h"
#include "app/gui/Theme.h"
#include "app/gui/pages/DiaryPage.h"

#include <QApplication>
#include <QLabel>

namespace stilla {
namespace {

class ReadableTextTest : public test::AppFixture
{
};

TEST_F(ReadableTextTest, EveryTextOfTheDiaryPageReadsAtWcagAaInLightAndDark)
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    ASSERT_NE(app, nullptr);
    showDiary();
    m_window->resize(1366, 768);
    for (const Appearance appearance : {Appearance::Light, Appearance::Dark}) {
        SCOPED_TRACE(Theme::toString(appearance).toStdString());
        Theme::apply(*app, appearance);
        QCoreApplication::processEvents();
        int seen = 0;
        for (QLabel* label : m_window->findChildren<QLabel*>()) {
            // A disabled text may be faint (WCAG 1.4.3 exempts inactive controls).
            if (!label->isVisibleTo(m_window.get()) || !label->isEnabled()
                || label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            ++seen;
            const QColor text = label->palette().color(label->foregroundRole());
            const QColor background = Theme::backgroundBehind(label);
            EXPECT_GE(Theme::contrastRatio(text, background), Theme::kMinimumTextContrast)
                << label->objectName().toStdString() << " \"" << label->text().toStdString()
                << "\": " << text.name().toStdString() << " on " << background.name().toStdString();
        }
        EXPECT_GT(seen, 30);
    }
    // The signs of too much magnesium say what to do in the text's own colour.
    EXPECT_EQ(find<QLabel>("seriousSideEffectsHint")->foregroundRole(), QPalette::WindowText);
}

} // namespace
} // namespace stilla
