#include "MagnesiumSection.h"

#include "SupplementDoseRow.h"
#include "app/gui/Theme.h"
#include "app/gui/widgets/AccessibleNames.h"
#include "app/gui/widgets/GridFlowLayout.h"
#include "app/gui/widgets/TimeField.h"
#include "app/gui/widgets/WrappingLabel.h"
#include "core/report/DisplayNames.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace stilla {

namespace {

QString mg(double value)
{
    return MagnesiumSection::tr("%1\u00A0mg").arg(QLocale().toString(value, 'f', 0));
}

/// Puts the cursor in a new row's amount, its text selected to be typed over, as tabbing into
/// it would; but as the program's move, not the person's, so that the mouse wheel does not
/// change it until they click or type there (WheelGuard).
void focusForTyping(QAbstractSpinBox* field)
{
    field->setFocus(Qt::OtherFocusReason);
    field->selectAll();
}

/// The same food in the same amount, whatever its row in the diary.
bool sameFood(const FoodIntake& a, const FoodIntake& b)
{
    return a.source == b.source && a.foodId == b.foodId && a.name == b.name && a.grams == b.grams
        && a.magnesiumMg == b.magnesiumMg;
}

/// The same dose, whatever its row in the diary.
bool sameDose(const SupplementIntake& a, const SupplementIntake& b)
{
    return a.form == b.form && a.elementalMg == b.elementalMg && a.timeTaken == b.timeTaken
        && a.route == b.route;
}

/// True when every item of @p wanted is in @p held (as many times as it is wanted).
template<typename T, typename Same>
bool holdsAll(std::vector<T> held, const std::vector<T>& wanted, Same same)
{
    for (const T& item : wanted) {
        const auto it = std::find_if(
            held.begin(), held.end(), [&](const T& candidate) { return same(candidate, item); });
        if (it == held.end())
            return false;
        held.erase(it);
    }
    return true;
}

} // namespace

MagnesiumSection::MagnesiumSection(QWidget* parent)
    : DiarySection(parent)
    , m_foodsTitle(subTitle())
    , m_foodsLayout(new QVBoxLayout)
    , m_noFoodsLabel(new QLabel(this))
    , m_addFoodButton(new QPushButton(this))
    , m_sameFoods(new QPushButton(this))
    , m_supplementsTitle(subTitle())
    , m_supplementsLayout(new QVBoxLayout)
    , m_addSupplementButton(new QPushButton(this))
    , m_sameAsYesterday(new QPushButton(this))
    , m_usualButton(new QPushButton(this))
    , m_totalsLabel(new WrappingLabel(this))
{
    setObjectName(QStringLiteral("magnesiumSection"));
    m_addFoodButton->setObjectName(QStringLiteral("addFoodButton"));
    m_addSupplementButton->setObjectName(QStringLiteral("addSupplementButton"));
    m_sameFoods->setObjectName(QStringLiteral("foodsSameAsYesterdayButton"));
    m_sameAsYesterday->setObjectName(QStringLiteral("supplementsSameAsYesterdayButton"));
    m_usualButton->setObjectName(QStringLiteral("usualSupplementButton"));
    m_usualButton->hide();
    m_totalsLabel->setObjectName(QStringLiteral("magnesiumTotalsLabel"));
    m_noFoodsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_foodsLayout->setSpacing(spacing::xs);
    m_supplementsLayout->setSpacing(spacing::xs);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(spacing::s);
    layout->addWidget(m_foodsTitle);
    layout->addWidget(m_noFoodsLabel);
    layout->addLayout(m_foodsLayout);
    // The buttons stand side by side where they fit, one under the other in a narrow window.
    auto* foodButtons = new GridFlowLayout(2);
    foodButtons->setNaturalCells(true);
    foodButtons->setHorizontalSpacing(spacing::s);
    foodButtons->setVerticalSpacing(spacing::xs);
    foodButtons->addWidget(m_addFoodButton);
    foodButtons->addWidget(m_sameFoods);
    layout->addLayout(foodButtons);
    m_foodsMessage = messageLabel({FieldPath::anyRow(u"foods")});
    layout->addWidget(m_foodsMessage);
    layout->addSpacing(spacing::s);
    layout->addWidget(m_supplementsTitle);
    layout->addLayout(m_supplementsLayout);
    auto* supplementButtons = new GridFlowLayout(3);
    supplementButtons->setNaturalCells(true);
    supplementButtons->setHorizontalSpacing(spacing::s);
    supplementButtons->setVerticalSpacing(spacing::xs);
    supplementButtons->addWidget(m_addSupplementButton);
    supplementButtons->addWidget(m_usualButton);
    supplementButtons->addWidget(m_sameAsYesterday);
    layout->addLayout(supplementButtons);
    m_supplementsMessage = messageLabel({FieldPath::anyRow(u"supplements")});
    layout->addWidget(m_supplementsMessage);
    layout->addSpacing(spacing::s);
    layout->addWidget(m_totalsLabel);

    connect(m_addFoodButton, &QPushButton::clicked, this, &MagnesiumSection::addFoodRequested);
    connect(m_addSupplementButton, &QPushButton::clicked, this, &MagnesiumSection::addSupplement);
    // A repeat button is disabled once used; the focus goes to the first row it added (it
    // went on to the next button, "Add a supplement", where a second Space added an empty row).
    connect(m_sameFoods, &QPushButton::clicked, this, [this] {
        const std::size_t first = m_foods.size();
        for (FoodIntake food : m_previousFoods) {
            food.id = 0;
            addFoodRow(food);
        }
        updateTotals();
        notifyEdited();
        if (first < m_foods.size())
            focusForTyping(m_foods[first].grams);
    });
    connect(m_sameAsYesterday, &QPushButton::clicked, this, [this] {
        const std::size_t first = m_supplements.size();
        for (SupplementIntake dose : m_previous) {
            dose.id = 0;
            addSupplementRow(dose);
        }
        updateTotals();
        notifyEdited();
        if (first < m_supplements.size())
            focusForTyping(m_supplements[first]->amountField());
    });
    connect(m_usualButton, &QPushButton::clicked, this, [this] {
        if (!m_usual)
            return;
        addSupplementRow(*m_usual);
        updateTotals();
        notifyEdited();
        focusForTyping(m_supplements.back()->amountField());
    });
    m_sameFoods->setEnabled(false);
    m_sameAsYesterday->setEnabled(false);
    retranslate();
}

void MagnesiumSection::retranslate()
{
    setTitle(tr("Magnesium"));
    m_foodsTitle->setText(tr("From food"));
    m_noFoodsLabel->setText(tr("No foods logged for this day."));
    m_addFoodButton->setText(tr("&Add food…"));
    m_addFoodButton->setAccessibleName(tr("Add a food from the food picker"));
    m_supplementsTitle->setText(tr("Supplements"));
    m_addSupplementButton->setText(tr("Add a su&pplement"));
    m_addSupplementButton->setAccessibleName(tr("Add a supplement dose"));
    m_sameFoods->setText(tr("Same foods as yesterday"));
    m_sameFoods->setAccessibleName(tr("Add the foods logged yesterday"));
    m_sameAsYesterday->setText(tr("Same doses as yesterday"));
    m_sameAsYesterday->setAccessibleName(tr("Add yesterday's supplement doses"));
    m_sameAsYesterday->setToolTip(tr("Adds yesterday's doses to a day without doses. Once the "
                                     "day has a dose, change or add doses in their rows."));
    if (m_usual) {
        const QString amount = mg(m_usual->elementalMg);
        const QString form = DisplayNames::supplementForm(m_usual->form);
        m_usualButton->setText(m_usual->timeTaken
                ? tr("My usual: %1, %2 at %3")
                      .arg(form, amount,
                          QLocale().toString(*m_usual->timeTaken, QLocale::ShortFormat))
                : tr("My usual: %1, %2").arg(form, amount));
        m_usualButton->setAccessibleName(tr("Add your usual dose: %1").arg(m_usualButton->text()));
        m_usualButton->setToolTip(tr("The dose you logged on the most days of the last four "
                                     "weeks."));
    }
    for (SupplementDoseRow* row : m_supplements)
        row->retranslate();
    for (FoodRow& row : m_foods) {
        row.grams->setAccessibleName(tr("Grams of %1").arg(row.food.name));
        row.remove->setAccessibleName(tr("Remove %1").arg(row.food.name));
    }
    updateTotals();
}

void MagnesiumSection::addSupplement()
{
    SupplementIntake dose;
    if (!m_supplements.empty())
        dose.form = m_supplements.back()->form();
    addSupplementRow(dose);
    m_supplements.back()->amountField()->setFocus();
    m_supplements.back()->amountField()->selectAll();
    updateTotals();
    notifyEdited();
}

void MagnesiumSection::addFood(const FoodIntake& food)
{
    addFoodRow(food);
    updateTotals();
    notifyEdited();
}

void MagnesiumSection::addSupplementRow(const SupplementIntake& dose)
{
    auto* row = new SupplementDoseRow(dose, this);
    m_supplementsLayout->addWidget(row);
    // A row just added, with nothing in it yet, is not part of the day: it is neither saved nor
    // checked, so it shows no error and no safety note before anything is typed. The first
    // change the person makes in it makes it part of the day.
    const bool empty = dose.id == 0 && dose.elementalMg <= 0 && !dose.timeTaken.has_value();
    setUntouched(row, empty);
    touchOn(row, row, &SupplementDoseRow::changed);
    watch(row, &SupplementDoseRow::changed);
    // A changed dose may make the day hold yesterday's doses or drop them.
    connect(row, &SupplementDoseRow::changed, this, &MagnesiumSection::updateTotals);
    connect(row, &SupplementDoseRow::removeRequested, this, [this, row] {
        const auto it = std::find(m_supplements.begin(), m_supplements.end(), row);
        if (it == m_supplements.end())
            return;
        m_supplements.erase(it);
        row->deleteLater();
        updateTotals();
        notifyEdited();
    });
    m_supplements.push_back(row);
    if (!loading())
        orderTabs();
}

void MagnesiumSection::addFoodRow(const FoodIntake& food)
{
    auto* widget = new QWidget(this);
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(spacing::s);
    FoodRow row {widget, food, new QDoubleSpinBox(widget), new QLabel(food.name, widget),
        new QLabel(widget), new QToolButton(widget)};
    row.name->setMinimumWidth(200);
    row.grams->setRange(0, DayValidation::kMaxFoodGrams);
    row.grams->setDecimals(0);
    row.grams->setSuffix(QStringLiteral("\u00A0g"));
    row.grams->setValue(food.grams);
    // An imported daily total has no weight: only its magnesium is known.
    row.grams->setVisible(food.grams > 0);
    row.remove->setText(QStringLiteral("✕"));
    row.remove->setAutoRaise(true);
    layout->addWidget(row.name, 1);
    layout->addWidget(row.grams);
    layout->addWidget(row.magnesium);
    layout->addWidget(row.remove);
    // Room for "1888 mg", right-aligned, so the gram fields of all rows stand in one column.
    row.magnesium->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.magnesium->setMinimumWidth(
        row.magnesium->fontMetrics().horizontalAdvance(QStringLiteral("1888\u00A0mg")));
    m_foodsLayout->addWidget(widget);
    row.magnesium->setText(mg(food.magnesiumMg));
    row.grams->setAccessibleName(tr("Grams of %1").arg(food.name));
    row.remove->setAccessibleName(tr("Remove %1").arg(food.name));
    row.remove->setToolTip(row.remove->accessibleName());

    watch(row.grams, &QDoubleSpinBox::valueChanged);
    connect(row.grams, &QDoubleSpinBox::valueChanged, this, [this, widget] {
        for (FoodRow& r : m_foods) {
            if (r.widget == widget)
                r.magnesium->setText(mg(foodMagnesium(r)));
        }
        updateTotals();
    });
    connect(row.remove, &QToolButton::clicked, this, [this, widget] {
        const auto it = std::find_if(m_foods.begin(), m_foods.end(),
            [widget](const FoodRow& r) { return r.widget == widget; });
        if (it == m_foods.end())
            return;
        m_foods.erase(it);
        widget->deleteLater();
        m_noFoodsLabel->setVisible(m_foods.empty());
        updateTotals();
        notifyEdited();
    });
    m_foods.push_back(row);
    if (!loading())
        orderTabs();
    m_noFoodsLabel->setVisible(false);
}

double MagnesiumSection::foodMagnesium(const FoodRow& row) const
{
    // The magnesium scales with the amount, at the food's own rate when it was logged.
    if (row.food.grams <= 0)
        return row.food.magnesiumMg;
    return row.food.magnesiumMg * row.grams->value() / row.food.grams;
}

void MagnesiumSection::clearRows()
{
    for (const FoodRow& row : m_foods)
        delete row.widget;
    for (SupplementDoseRow* row : m_supplements)
        delete row;
    m_foods.clear();
    m_supplements.clear();
}

void MagnesiumSection::load(const DayEntry& day)
{
    clearRows();
    for (const FoodIntake& food : day.foods)
        addFoodRow(food);
    for (const SupplementIntake& dose : day.supplements)
        addSupplementRow(dose);
    m_noFoodsLabel->setVisible(m_foods.empty());
    updateTotals();
}

void MagnesiumSection::apply(DayEntry& day) const
{
    day.foods.clear();
    for (const FoodRow& row : m_foods) {
        FoodIntake food = row.food;
        if (food.grams > 0) {
            food.magnesiumMg = foodMagnesium(row);
            food.grams = row.grams->value();
        }
        day.foods.push_back(food);
    }
    day.supplements.clear();
    for (const SupplementDoseRow* row : dayDoses())
        day.supplements.push_back(row->dose());
}

std::vector<SupplementDoseRow*> MagnesiumSection::dayDoses() const
{
    std::vector<SupplementDoseRow*> rows;
    std::copy_if(m_supplements.begin(), m_supplements.end(), std::back_inserter(rows),
        [](const SupplementDoseRow* row) { return !isUntouched(row); });
    return rows;
}

QList<FieldProblem> MagnesiumSection::inputProblems() const
{
    // Numbered as the day's doses are, so that a problem names the row DayValidation would.
    QList<FieldProblem> problems;
    const std::vector<SupplementDoseRow*> doses = dayDoses();
    for (std::size_t i = 0; i < doses.size(); ++i) {
        if (!doses[i]->timeField()->isValid()) {
            problems.append({FieldProblem::Kind::Error,
                FieldPath {QStringLiteral("supplements"), i, QStringLiteral("time")}.toString(),
                tr("\"%1\" is not a time. Write it as hh:mm, for example 08:00.")
                    .arg(doses[i]->timeField()->text())});
        }
    }
    return problems;
}

QWidget* MagnesiumSection::errorField(const std::optional<FieldPath>& path) const
{
    if (!path)
        return nullptr;
    if (path->list == u"foods" && path->row < m_foods.size())
        return m_foods[path->row].grams;
    const std::vector<SupplementDoseRow*> doses = dayDoses();
    if (path->list == u"supplements" && path->row < doses.size()) {
        if (path->field == u"time")
            return doses[path->row]->timeField();
        return doses[path->row]->amountField();
    }
    return nullptr;
}

void MagnesiumSection::markListRows(const std::vector<FieldProblem>& errors)
{
    m_listErrors = errors;
    // Each row's amount field says its own problems to a screen reader; a food's name is
    // marked as a field's label is, since the message under the list may be far below it.
    QHash<QWidget*, QStringList> spoken;
    for (const FieldProblem& error : errors) {
        if (QWidget* field = errorField(FieldPath::parse(error.field)))
            spoken[field] << error.message;
    }
    for (const FoodRow& row : m_foods) {
        setMarked(row.name, spoken.contains(row.grams));
        row.grams->setAccessibleDescription(spoken.value(row.grams).join(u' '));
    }
    for (const SupplementDoseRow* row : m_supplements) {
        row->amountField()->setAccessibleDescription(spoken.value(row->amountField()).join(u' '));
        row->timeField()->setAccessibleDescription(spoken.value(row->timeField()).join(u' '));
    }
}

QWidget* MagnesiumSection::listErrorField(const QLabel* message) const
{
    const QStringView list = message == m_foodsMessage ? u"foods" : u"supplements";
    for (const FieldProblem& error : m_listErrors) {
        const std::optional<FieldPath> path = FieldPath::parse(error.field);
        QWidget* field = path && path->list == list ? errorField(path) : nullptr;
        if (field != nullptr && field->isVisibleTo(this))
            return field;
    }
    return nullptr;
}

void MagnesiumSection::setPrevious(const std::optional<DayEntry>& previous)
{
    m_previousFoods = previous ? previous->foods : std::vector<FoodIntake> {};
    m_previous = previous ? previous->supplements : std::vector<SupplementIntake> {};
    updateRepeats();
}

void MagnesiumSection::setUsualSupplement(const std::optional<SupplementIntake>& usual)
{
    m_usual = usual;
    m_usualButton->setVisible(usual.has_value());
    retranslate();
}

void MagnesiumSection::updateRepeats()
{
    DayEntry shown;
    apply(shown);
    m_sameFoods->setEnabled(
        !m_previousFoods.empty() && !holdsAll(shown.foods, m_previousFoods, sameFood));
    // Only onto a day without doses: added to doses already there (or to one of them changed,
    // 200 mg made 201), yesterday's would double the day's magnesium.
    m_sameAsYesterday->setEnabled(!m_previous.empty() && shown.supplements.empty());
    m_usualButton->setEnabled(m_usual && !holdsAll(shown.supplements, {*m_usual}, sameDose));
}

void MagnesiumSection::updateTotals()
{
    double food = 0;
    for (const FoodRow& row : m_foods)
        food += foodMagnesium(row);
    double supplements = 0;
    for (const SupplementDoseRow* row : m_supplements)
        supplements += row->amountMg();
    m_totalsLabel->setText(tr("For the day: %1 from food, %2 from supplements, %3 in all.")
                               .arg(mg(food), mg(supplements), mg(food + supplements)));
    updateRepeats();
}

void MagnesiumSection::orderTabs()
{
    // Rows are made after the buttons under them: without this, Tab reached a new row last.
    QList<QWidget*> order;
    for (const FoodRow& row : m_foods)
        order << row.widget;
    order << m_addFoodButton << m_sameFoods;
    for (SupplementDoseRow* row : m_supplements)
        order << row;
    order << m_addSupplementButton << m_usualButton << m_sameAsYesterday;
    chainTabs(m_addFoodButton, order);
}

} // namespace stilla
