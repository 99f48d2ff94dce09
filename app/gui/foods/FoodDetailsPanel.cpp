#include "FoodDetailsPanel.h"

#include "FoodResultsModel.h"
#include "app/gui/Theme.h"
#include "app/gui/widgets/AccessibleNames.h"
#include "app/gui/widgets/ElidingComboBox.h"
#include "app/gui/widgets/WrappingLabel.h"
#include "core/foods/FoodGroups.h"
#include "core/foods/FoodLibrary.h"
#include "core/foods/FoodMagnesium.h"
#include "core/foods/FoodPortions.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace stilla {

FoodDetailsPanel::FoodDetailsPanel(const FoodLibrary& library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_name(new WrappingLabel(this))
    , m_facts(new WrappingLabel(this))
    , m_portionCombo(new ElidingComboBox(this))
    , m_servings(new QDoubleSpinBox(this))
    , m_grams(new QDoubleSpinBox(this))
    , m_amount(new WrappingLabel(this)) // wraps, so that the page fits an 800×600 window
    , m_addButton(new QPushButton(this))
    , m_favouriteButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
    , m_portionLabel(new QLabel(this))
    , m_servingsLabel(new QLabel(this))
    , m_gramsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("foodDetailsPanel"));
    m_portionCombo->setObjectName(QStringLiteral("portionComboBox"));
    m_servings->setObjectName(QStringLiteral("servingsSpinBox"));
    m_grams->setObjectName(QStringLiteral("gramsSpinBox"));
    m_amount->setObjectName(QStringLiteral("amountMagnesiumLabel"));
    m_addButton->setObjectName(QStringLiteral("addToDiaryButton"));
    m_favouriteButton->setObjectName(QStringLiteral("favouriteButton"));
    m_editButton->setObjectName(QStringLiteral("editFoodButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteFoodButton"));
    m_name->setFont(Theme::headingFont(2, font()));
    m_facts->setObjectName(QStringLiteral("foodFactsLabel"));
    m_facts->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_facts->setTextFormat(Qt::RichText);
    m_amount->setFont(Theme::headingFont(2, font()));
    // Down to a hundredth, so that a few grams typed are said in servings too: from 0.25,
    // 5 g of a 28 g portion showed 0.25 servings, 7 g.
    m_servings->setRange(0.01, 50);
    m_servings->setSingleStep(0.5);
    m_servings->setDecimals(2);
    m_servings->setValue(1);
    m_grams->setRange(1, 5000);
    m_grams->setDecimals(0);
    m_grams->setSuffix(QStringLiteral("\u00A0g"));
    m_grams->setValue(100);
    // Enter in an amount adds the food.
    m_servings->installEventFilter(this);
    m_grams->installEventFilter(this);

    buildLayout();
    keepAmountsInStep();
    connect(m_addButton, &QPushButton::clicked, this, &FoodDetailsPanel::addRequested);
    connect(m_favouriteButton, &QPushButton::clicked, this, &FoodDetailsPanel::favouriteRequested);
    connect(m_editButton, &QPushButton::clicked, this, &FoodDetailsPanel::editRequested);
    connect(m_deleteButton, &QPushButton::clicked, this, &FoodDetailsPanel::deleteRequested);
    retranslate();
}

void FoodDetailsPanel::buildLayout()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(spacing::s);
    layout->addWidget(m_name);
    layout->addWidget(m_facts);
    // The portion under its label, as wide as the panel, and a number that does not fit
    // beside its label under it: in a grid, the portion was cut ("en liten näve (28 g") and,
    // in a large font, the labels too.
    auto* amount = new QFormLayout;
    amount->setRowWrapPolicy(QFormLayout::WrapLongRows);
    amount->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    amount->setHorizontalSpacing(spacing::s);
    amount->addRow(m_portionLabel);
    amount->addRow(m_portionCombo);
    amount->addRow(m_servingsLabel, m_servings);
    amount->addRow(m_gramsLabel, m_grams);
    m_portionLabel->setBuddy(m_portionCombo);
    m_servingsLabel->setBuddy(m_servings);
    m_gramsLabel->setBuddy(m_grams);
    layout->addLayout(amount);
    layout->addWidget(m_amount);
    layout->addWidget(m_addButton);
    auto* foodButtons = new QHBoxLayout;
    foodButtons->addWidget(m_favouriteButton);
    foodButtons->addWidget(m_editButton);
    foodButtons->addWidget(m_deleteButton);
    layout->addLayout(foodButtons);
}

/// A portion, the servings and the grams say one amount: changing one sets the others.
void FoodDetailsPanel::keepAmountsInStep()
{
    connect(m_portionCombo, &QComboBox::activated, this, [this] {
        m_servings->setValue(1);
        updateAmount();
    });
    connect(m_servings, &QDoubleSpinBox::valueChanged, this, [this] {
        if (m_updatingAmount)
            return;
        m_updatingAmount = true;
        m_grams->setValue(m_servings->value() * m_portionCombo->currentData().toDouble());
        m_updatingAmount = false;
        updateAmount();
    });
    connect(m_grams, &QDoubleSpinBox::valueChanged, this, [this] {
        if (m_updatingAmount)
            return;
        m_updatingAmount = true;
        const double portion = m_portionCombo->currentData().toDouble();
        if (portion > 0)
            m_servings->setValue(m_grams->value() / portion);
        m_updatingAmount = false;
        updateAmount();
    });
}

void FoodDetailsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool FoodDetailsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_servings || watched == m_grams)) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            emit addRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FoodDetailsPanel::retranslate()
{
    m_portionLabel->setText(tr("&Portion:"));
    setComboBoxName(m_portionCombo, tr("Portion"));
    m_servingsLabel->setText(tr("&Servings:"));
    m_servings->setAccessibleName(tr("Number of portions"));
    m_gramsLabel->setText(tr("Or &grams:"));
    m_grams->setAccessibleName(tr("Amount in grams"));
    m_favouriteButton->setAccessibleName(tr("Mark as a favourite"));
    m_editButton->setText(tr("Ed&it…"));
    m_editButton->setAccessibleName(tr("Edit this food of your own"));
    m_deleteButton->setText(tr("Dele&te"));
    m_deleteButton->setAccessibleName(tr("Delete this food of your own"));
    updateAmount();
}

void FoodDetailsPanel::showFood(const Food* food, const QString& language, bool writable)
{
    // The same food shown again (in another language) keeps the amount chosen for it.
    const bool again = food && food == m_food && m_portionCombo->count() > 0;
    const double keptPortion = m_portionCombo->currentData().toDouble();
    const double keptServings = m_servings->value();
    const double keptGrams = m_grams->value();
    m_food = food;
    for (QWidget* widget : std::initializer_list<QWidget*> {m_portionCombo, m_servings, m_grams})
        widget->setEnabled(food != nullptr);
    for (QWidget* widget : std::initializer_list<QWidget*> {m_addButton, m_favouriteButton})
        widget->setEnabled(food != nullptr && writable);
    const bool custom = food && food->source == FoodSource::Custom;
    m_editButton->setVisible(custom);
    m_deleteButton->setVisible(custom);
    m_editButton->setEnabled(writable);
    m_deleteButton->setEnabled(writable);
    if (!food) {
        m_name->setText(tr("Choose a food"));
        m_facts->setText(tr("Search on the left, then pick a food to see its magnesium and "
                            "add it to your diary."));
        m_amount->clear();
        m_favouriteButton->setText(tr("☆ Favourite"));
        m_portionCombo->clear();
        return;
    }
    const QLocale locale;
    const FoodCatalogue& catalogue = m_library.catalogue();
    m_name->setText(FoodResultsModel::displayName(catalogue, *food, language));
    QStringList facts;
    // A food of one's own has no group apart from its source ("My foods" once).
    facts << (food->source == FoodSource::Custom
            ? FoodResultsModel::sourceName(food->source).toHtmlEscaped()
            : QStringLiteral("%1 · %2").arg(
                FoodResultsModel::sourceName(food->source).toHtmlEscaped(),
                FoodGroups::displayName(food->source, food->group, language).toHtmlEscaped()));
    if (const QString note = FoodResultsModel::nameLanguageNote(catalogue, *food, language);
        !note.isEmpty())
        facts.back() += QStringLiteral(" · ") + note.toHtmlEscaped();
    if (catalogue.curated().forFood(*food)) {
        facts << tr("<b>Named in the guide</b> as rich in magnesium.");
        facts << FoodResultsModel::twinNote(catalogue, *food).toHtmlEscaped();
    }
    facts << tr("%1\u00A0mg of magnesium per 100\u00A0g%2")
                 .arg(locale.toString(food->magnesiumPer100g, 'f', 0),
                     FoodMagnesium::isRich(*food) ? tr(" — <b>rich in magnesium</b>") : QString());
    m_facts->setText(facts.join(QStringLiteral("<br>")));
    // The database's own name, when the guide's name is shown instead.
    m_name->setToolTip(tr("In the database: %1").arg(food->name));

    const QSignalBlocker blocker(m_portionCombo);
    m_portionCombo->clear();
    const std::vector<FoodPortion> portions = FoodPortions::offered(catalogue, *food, language);
    const FoodPortion& typical = portions.front();
    for (const FoodPortion& portion : portions)
        m_portionCombo->addItem(FoodPortions::describe(portion), portion.grams);
    m_portionCombo->addItem(tr("1\u00A0g (type the grams)"), 1.0);
    m_favouriteButton->setText(
        m_library.isFavourite(*food) ? tr("★ Favourite") : tr("☆ Favourite"));
    m_updatingAmount = true;
    if (again) {
        // The portion kept when this language offers it, else the grams as grams.
        const int kept = m_portionCombo->findData(keptPortion);
        m_portionCombo->setCurrentIndex(kept >= 0 ? kept : m_portionCombo->count() - 1);
        m_servings->setValue(kept >= 0 ? keptServings : keptGrams);
        m_grams->setValue(keptGrams);
    } else {
        m_servings->setValue(1);
        m_grams->setValue(typical.grams);
    }
    m_updatingAmount = false;
    updateAmount();
}

void FoodDetailsPanel::setDate(const QDate& date)
{
    m_date = date;
    updateAmount();
}

double FoodDetailsPanel::grams() const
{
    return m_grams->value();
}

double FoodDetailsPanel::magnesiumMg() const
{
    return m_food ? FoodMagnesium::magnesiumFor(*m_food, m_grams->value()) : 0;
}

void FoodDetailsPanel::focusAmount()
{
    m_servings->setFocus();
    m_servings->selectAll();
}

void FoodDetailsPanel::updateAmount()
{
    if (!m_food)
        return;
    m_amount->setText(
        tr("= %1\u00A0mg of magnesium").arg(QLocale().toString(magnesiumMg(), 'f', 0)));
    m_addButton->setText(
        tr("&Add to %1").arg(QLocale().toString(m_date, QStringLiteral("ddd d MMM"))));
}

} // namespace stilla
