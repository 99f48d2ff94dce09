#include "FoodResultsColumns.h"

#include "FoodResultsModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace stilla {

namespace {

// Widths in average characters of the list's font.
constexpr int kPerHundredGrams = 10; // "1 234 mg"
constexpr int kPerPortion = 22; // "154 mg in 1 oz (a small…"
constexpr int kDetailsAtLeast = 16; // "Nut and Seed Produ…"
constexpr int kNameNarrowest = 14;
constexpr int kNameInNarrowList = 30; // a narrow list: the name and the figure per 100 g in view
constexpr int kNameWidest = 90; // a long USDA name whole

} // namespace

FoodResultsColumns::FoodResultsColumns(QTableView* table)
    : QObject(table)
    , m_table(table)
{
    m_table->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
        [this](int section, int, int) {
            // The last column stretches to the list's edge whenever the list is resized: only
            // a drag of another column's edge is the person's choice.
            if (!m_applying && section != FoodResultsModel::Details)
                m_personChose = true;
        });
}

void FoodResultsColumns::apply()
{
    if (m_personChose || !m_table->model())
        return;
    const int em = m_table->fontMetrics().averageCharWidth();
    // The vertical scroll bar counts even before it shows: the list fills as the person types.
    const int width = m_table->width() - 2 * m_table->frameWidth()
        - m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table);
    const int others = em * (kPerHundredGrams + kPerPortion + kDetailsAtLeast);
    const int name = width - others >= em * kNameInNarrowList
        ? std::min(width - others, em * kNameWidest)
        : std::clamp(width - em * kPerHundredGrams, em * kNameNarrowest, em * kNameInNarrowList);
    m_applying = true;
    QHeaderView* header = m_table->horizontalHeader();
    header->resizeSection(FoodResultsModel::Name, name);
    header->resizeSection(FoodResultsModel::PerHundredGrams, em * kPerHundredGrams);
    header->resizeSection(FoodResultsModel::PerPortion, em * kPerPortion);
    m_applying = false;
}

bool FoodResultsColumns::eventFilter(QObject* watched, QEvent* event)
{
    // A new size or a new font (the desktop's, or a larger one) changes what fits.
    if (watched == m_table
        && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        apply();
    return QObject::eventFilter(watched, event);
}

} // namespace stilla
