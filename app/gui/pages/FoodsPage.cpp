#include "FoodsPage.h"

#include "app/gui/AppContext.h"
#include "app/gui/Theme.h"
#include "app/gui/commands/UndoActions.h"
#include "app/gui/foods/FoodDayPanel.h"
#include "app/gui/foods/FoodDetailsPanel.h"
#include "app/gui/foods/FoodResultsColumns.h"
#include "app/gui/foods/FoodResultsModel.h"
#include "app/gui/foods/MiddleElidingDelegate.h"
#include "app/gui/foods/OwnFoodActions.h"
#include "app/gui/widgets/AccessibleNames.h"
#include "app/gui/widgets/GridFlowLayout.h"
#include "app/gui/widgets/RememberedSplitter.h"
#include "app/gui/widgets/VerticalScrollArea.h"
#include "app/gui/widgets/WrappingLabel.h"
#include "core/Clock.h"
#include "core/Language.h"
#include "core/Logging.h"
#include "core/Settings.h"
#include "core/diary/DiaryStore.h"
#include "core/foods/FoodGroups.h"
#include "core/foods/FoodLibrary.h"
#include "core/foods/FoodMagnesium.h"
#include "core/foods/FoodSearch.h"
#include "core/foods/FoodSources.h"
#include "core/foods/PreparedFoods.h"
#include "core/nutrition/IntakeTarget.h"
#include "core/safety/ProfileStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace stilla {

namespace {
constexpr int kResultLimit = 200;
} // namespace

FoodsPage::FoodsPage(AppContext& context, QWidget* parent)
    : Page(parent)
    , m_context(context)
    , m_library(std::make_unique<FoodLibrary>(context.diary))
    , m_searchEdit(new QLineEdit(this))
    , m_sourceCombo(new QComboBox(this))
    , m_groupCombo(new QComboBox(this))
    , m_richCheck(new QCheckBox(this))
    , m_newFoodButton(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_resultCount(new WrappingLabel(this))
    , m_details(new FoodDetailsPanel(*m_library, this))
    , m_dayHeader(new WrappingLabel(this))
    , m_backButton(new QPushButton(this))
    , m_day(new FoodDayPanel(context, this))
    , m_attribution(new WrappingLabel(this))
    , m_ownFoods(new OwnFoodActions(context, *m_library, this))
{
    setObjectName(QStringLiteral("foodsPage"));
    m_searchEdit->setObjectName(QStringLiteral("foodSearchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_sourceCombo->setObjectName(QStringLiteral("foodSourceComboBox"));
    m_groupCombo->setObjectName(QStringLiteral("foodGroupComboBox"));
    m_richCheck->setObjectName(QStringLiteral("richOnlyCheckBox"));
    m_newFoodButton->setObjectName(QStringLiteral("newFoodButton"));
    m_table->setObjectName(QStringLiteral("foodResultsView"));
    m_dayHeader->setObjectName(QStringLiteral("foodsDayLabel"));
    m_backButton->setObjectName(QStringLiteral("backToDiaryButton"));
    m_dayHeader->setTextFormat(Qt::PlainText);
    m_dayHeader->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_dayHeader->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_dayHeader->setMinimumWidth(120);
    {
        QFont bold = m_dayHeader->font();
        bold.setBold(true);
        m_dayHeader->setFont(bold);
    }
    // The day foods go to stands beside the page title, with the way back to it.
    headerLayout()->addWidget(m_dayHeader, 1);
    headerLayout()->addWidget(m_backButton);
    for (int i = 0; i < 4; ++i)
        m_sourceCombo->addItem(QString());
    // Every text of the page wraps, so that the page fits an 800×600 window.
    m_attribution->setForegroundRole(QPalette::PlaceholderText);
    m_resultCount->setObjectName(QStringLiteral("foodResultCountLabel"));
    m_resultCount->setForegroundRole(QPalette::PlaceholderText);
    // Down from the search goes to the results.
    m_searchEdit->installEventFilter(this);

    // The foods found beside the chosen one, with a handle between them that the person may
    // drag (in a narrow window the names want more room) and that stays where they left it.
    m_columns = new RememberedSplitter(m_context.settings, Settings::Key::FoodsSplitter, this);
    m_columns->setObjectName(QStringLiteral("foodsSplitter"));
    auto* search = new QWidget(m_columns);
    search->setLayout(buildSearchColumn());
    m_columns->addWidget(search);
    m_detailsScroll = buildDetailsColumn();
    m_columns->addWidget(m_detailsScroll);
    m_columns->setStretchFactor(0, 1);
    m_columns->setStretchFactor(1, 0);
    contentLayout()->addWidget(m_columns, 1);
    addAction(m_columns->moveAction()); // F8, for Help ▸ Keyboard Shortcuts
    contentLayout()->addWidget(m_attribution);

    connectSignals();
    m_date = m_context.clock.today();
    m_details->setDate(m_date);
    retranslate();
    updateDetails();
}

FoodsPage::~FoodsPage() = default;

QVBoxLayout* FoodsPage::buildSearchColumn()
{
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the list for the portion and Add, as in any form; the arrow keys choose a food
    // (a table's Tab went from cell to cell, changing the food chosen, and never left it).
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setHighlightSections(false);

    // The filters: the two lists and the check box in a row, which wraps in a narrow window
    // (the food group list, squeezed beside the other, showed "All foo"). Each list is as
    // wide as its longest name.
    for (QComboBox* combo : {m_sourceCombo, m_groupCombo})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* filters = new GridFlowLayout(3);
    filters->setNaturalCells(true);
    filters->setHorizontalSpacing(spacing::s);
    filters->setVerticalSpacing(spacing::s);
    filters->addWidget(m_sourceCombo);
    filters->addWidget(m_groupCombo);
    filters->addWidget(m_richCheck);

    auto* searchRow = new QHBoxLayout;
    searchRow->setSpacing(spacing::s);
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_newFoodButton);
    auto* left = new QVBoxLayout;
    left->setContentsMargins(0, 0, spacing::s, 0);
    left->setSpacing(spacing::s);
    left->addLayout(searchRow);
    left->addLayout(filters);
    left->addWidget(m_table, 1);
    left->addWidget(m_resultCount);
    return left;
}

/// The chosen food and the day.
QScrollArea* FoodsPage::buildDetailsColumn()
{
    // The chosen food and the day stand in a column that scrolls when the window is too low
    // for it, so that it never makes the window taller than the screen or squeezes its texts.
    auto* details = new QWidget;
    auto* detailsScroll = new VerticalScrollArea(details, this);
    // Its fields take the focus, and bring themselves into view; the area itself is no stop.
    detailsScroll->setFocusPolicy(Qt::NoFocus);
    detailsScroll->setObjectName(QStringLiteral("foodDetailsScrollArea"));
    detailsScroll->setMaximumWidth(360);
    detailsScroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    details->setObjectName(QStringLiteral("foodDetails"));
    auto* right = new QVBoxLayout(details);
    right->setContentsMargins(spacing::l, 0, 0, 0);
    right->setSpacing(spacing::s);
    right->addWidget(m_details);
    right->addSpacing(spacing::l);
    right->addWidget(m_day);
    right->addStretch(1);
    return detailsScroll;
}

void FoodsPage::connectSignals()
{
    connect(m_searchEdit, &QLineEdit::textChanged, this, &FoodsPage::runSearch);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_model && m_model->rowCount() > 0) {
            selectResult(0);
            m_details->focusAmount();
        }
    });
    connect(m_sourceCombo, &QComboBox::activated, this, [this] {
        updateGroups();
        runSearch();
    });
    connect(m_groupCombo, &QComboBox::activated, this, &FoodsPage::runSearch);
    connect(m_richCheck, &QCheckBox::toggled, this, &FoodsPage::runSearch);
    connect(m_table, &QTableView::activated, m_details, &FoodDetailsPanel::focusAmount);
    connect(m_backButton, &QPushButton::clicked, this, &FoodsPage::diaryRequested);
    connect(m_details, &FoodDetailsPanel::addRequested, this, &FoodsPage::addSelected);
    connect(m_details, &FoodDetailsPanel::favouriteRequested, this, [this] {
        if (const Food* food = selectedFood())
            m_ownFoods->toggleFavourite(*food);
    });
    connect(m_details, &FoodDetailsPanel::editRequested, this, [this] {
        if (const Food* food = selectedFood())
            m_ownFoods->editFood(*food);
    });
    connect(m_details, &FoodDetailsPanel::deleteRequested, this, [this] {
        if (const Food* food = selectedFood())
            m_ownFoods->deleteFood(*food);
    });
    connect(m_newFoodButton, &QPushButton::clicked, this, [this] {
        if (const auto name = m_ownFoods->createFood()) {
            m_sourceCombo->setCurrentIndex(0); // all sources, so that the new food is found
            search(*name);
        }
    });
    // The library follows the diary (own foods, favourites, a restore or an import): the
    // results point into its catalogue, so they are dropped first and searched again after.
    connect(m_library.get(), &FoodLibrary::aboutToChange, this, [this] {
        if (m_model)
            m_model->setMatches({}, language());
        m_details->showFood(nullptr, language(), false); // it points into the catalogue too
    });
    connect(m_library.get(), &FoodLibrary::changed, this, [this] {
        runSearch();
        updateDetails();
    });
}

bool FoodsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_searchEdit && key->key() == Qt::Key_Down && m_model
            && m_model->rowCount() > 0) {
            m_table->setFocus();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

QString FoodsPage::pageTitle()
{
    return tr("Foods");
}

QString FoodsPage::language() const
{
    return m_context.translators.language().isEmpty() ? QStringLiteral("en")
                                                      : m_context.translators.language();
}

bool FoodsPage::ensureCatalogue()
{
    if (m_library->isLoaded())
        return true;
    if (!m_library->load(m_context.foods ? m_context.foods->take() : PreparedFoods::loadNow())) {
        m_loadError = m_library->error();
        qCWarning(lcApp) << "the food catalogue could not be loaded:" << m_loadError;
        m_resultCount->setText(tr("The food databases could not be loaded: %1").arg(m_loadError));
        return false;
    }
    m_model = std::make_unique<FoodResultsModel>(m_library->catalogue());
    m_table->setModel(m_model.get());
    // The name gets the room; the other columns start at a sensible width and can be resized.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    (new FoodResultsColumns(m_table))->apply();
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setItemDelegateForColumn(FoodResultsModel::Name, new MiddleElidingDelegate(m_table));
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &FoodsPage::updateDetails);
    updateGroups();
    runSearch();
    return true;
}

void FoodsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (ensureCatalogue())
        m_day->refresh();
    // The last search stays, selected: what is typed next starts a new one instead of
    // running on the end of the old ("spinchpumpafrön").
    m_searchEdit->setFocus();
    m_searchEdit->selectAll();
}

void FoodsPage::retranslate()
{
    setHeader(pageTitle(), QString());
    m_columns->moveAction()->setText(tr("Move the divider beside the list of foods"));
    m_searchEdit->setPlaceholderText(
        tr("Search foods in Swedish or English, e.g. pumpkin seeds or pumpafrön"));
    m_searchEdit->setAccessibleName(tr("Search foods"));
    setClearButtonName(m_searchEdit, tr("Clear the search"));
    m_sourceCombo->setItemText(0, tr("All sources"));
    m_sourceCombo->setItemText(1, tr("Swedish Food Agency"));
    m_sourceCombo->setItemText(2, tr("USDA (United States)"));
    m_sourceCombo->setItemText(3, tr("My foods"));
    setComboBoxName(m_sourceCombo, tr("Food source"));
    setComboBoxName(m_groupCombo, tr("Food group"));
    m_richCheck->setText(tr("&Rich in magnesium"));
    m_richCheck->setToolTip(
        tr("At least %1\u00A0mg per 100\u00A0g: \"high in magnesium\" as EU rules "
           "(Regulation 1924/2006) define it.")
            .arg(QLocale().toString(FoodMagnesium::kHighInPer100g, 'f', 1)));
    m_detailsScroll->setAccessibleName(tr("The chosen food and the day's magnesium"));
    m_backButton->setText(tr("Back to the &Diary"));
    m_backButton->setAccessibleName(tr("Back to the diary, at the day foods are added to"));
    updateDayHeader();
    m_newFoodButton->setText(tr("&New Food…"));
    m_newFoodButton->setAccessibleName(tr("Add a food of your own"));
    m_table->setAccessibleName(tr("Foods found"));
    m_attribution->setText(FoodSources::attributions(language()).join(QStringLiteral("  ·  ")));
    updateGroups();
    runSearch();
    updateDetails();
}

void FoodsPage::updateGroups()
{
    const int index = m_sourceCombo->currentIndex();
    const QString current = m_groupCombo->currentData().toString();
    const QSignalBlocker blocker(m_groupCombo);
    m_groupCombo->clear();
    m_groupCombo->addItem(tr("All groups"), QString());
    m_groupCombo->setEnabled(index == 1 || index == 2);
    if (!m_library->isLoaded() || !m_groupCombo->isEnabled())
        return;
    const FoodSource source = index == 1 ? FoodSource::Slv : FoodSource::Usda;
    QList<QPair<QString, QString>> groups;
    for (const QString& group : m_library->catalogue().groups(source))
        groups.append({FoodGroups::displayName(source, group, language()), group});
    std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto& [shown, group] : groups)
        m_groupCombo->addItem(shown, group);
    m_groupCombo->setCurrentIndex(std::max(0, m_groupCombo->findData(current)));
}

void FoodsPage::search(const QString& text)
{
    ensureCatalogue();
    m_searchEdit->setText(text);
    runSearch();
}

void FoodsPage::runSearch()
{
    if (!m_library->isLoaded() || !m_model)
        return;
    FoodQuery query;
    query.text = m_searchEdit->text();
    query.language = language();
    const int source = m_sourceCombo->currentIndex();
    if (source == 1)
        query.source = FoodSource::Slv;
    else if (source == 2)
        query.source = FoodSource::Usda;
    else if (source == 3)
        query.source = FoodSource::Custom;
    query.group = m_groupCombo->currentData().toString();
    query.richOnly = m_richCheck->isChecked();
    query.limit = kResultLimit + 1; // one more, to know whether there are more than shown
    const QString selected = selectedFood() ? foodKey(*selectedFood()) : QString();
    auto matches = m_library->search(query);
    const bool more = int(matches.size()) > kResultLimit;
    if (more)
        matches.resize(kResultLimit);
    const int found = int(matches.size());
    m_model->setMatches(std::move(matches), language());
    // "%" or "  " searches for nothing: the guide's foods are shown, and said to be.
    const bool typed = std::any_of(
        query.text.begin(), query.text.end(), [](QChar c) { return c.isLetterOrNumber(); });
    if (!typed) {
        m_resultCount->setText(tr("The foods the guide names come first. Type to search all "
                                  "%Ln foods.",
            nullptr, int(m_library->catalogue().foods().size())));
    } else {
        m_resultCount->setText(found == 0 ? tr("No foods found. Check the spelling, or add "
                                               "the food yourself with New Food.")
                : more ? tr("The %Ln best matches are shown, and there are more: type more to "
                            "narrow the search.",
                      nullptr, found)
                       : tr("%Ln food(s) found.", nullptr, found));
    }
    // Keep the same food selected while typing narrows the list; else the best match.
    int row = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (foodKey(*m_model->match(i)->food) == selected)
            row = i;
    }
    if (m_model->rowCount() > 0)
        selectResult(row);
    else
        updateDetails();
}

void FoodsPage::selectResult(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateDetails();
}

double FoodsPage::chosenGrams() const
{
    return m_details->grams();
}

double FoodsPage::chosenMagnesiumMg() const
{
    return m_details->magnesiumMg();
}

const Food* FoodsPage::selectedFood() const
{
    if (!m_model || !m_table->selectionModel())
        return nullptr;
    const FoodMatch* match = m_model->match(m_table->selectionModel()->currentIndex().row());
    return match ? match->food : nullptr;
}

void FoodsPage::updateDetails()
{
    // Adding, favourites and your own foods write the diary: not in a read-only one.
    const bool writable = m_context.diary && !m_context.diary->isReadOnly();
    m_newFoodButton->setEnabled(writable);
    m_details->showFood(selectedFood(), language(), writable);
}

void FoodsPage::addSelected()
{
    const Food* food = selectedFood();
    if (!food || !m_context.diary || m_context.diary->isReadOnly())
        return;
    FoodIntake intake;
    intake.source = toName(food->source);
    intake.foodId = food->id;
    intake.name = FoodResultsModel::displayName(m_library->catalogue(), *food, language());
    intake.grams = std::round(m_details->grams() * 10) / 10;
    intake.magnesiumMg = std::round(FoodMagnesium::magnesiumFor(*food, intake.grams) * 10) / 10;
    emit addFoodRequested(intake);
    m_library->markRecent(*food);
    m_day->refresh();
    UndoActions::leaveUndoToDiary(m_searchEdit);
    m_searchEdit->setFocus();
    m_searchEdit->selectAll();
}

void FoodsPage::setDiaryDate(const QDate& date)
{
    if (date == m_date)
        return;
    m_date = date;
    m_day->setDate(date);
    m_details->setDate(date);
    updateDayHeader();
}

void FoodsPage::updateDayHeader()
{
    const QDate today = m_context.clock.today();
    const QString day = QLocale().toString(m_date, QLocale::LongFormat);
    QString text;
    if (m_date == today)
        text = tr("Adding to today, %1").arg(day);
    else if (m_date == today.addDays(-1))
        text = tr("Adding to yesterday, %1").arg(day);
    else
        text = tr("Adding to %1").arg(day);
    m_dayHeader->setText(text);
    m_dayHeader->setAccessibleName(text);
}

} // namespace stilla
