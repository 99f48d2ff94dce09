#include "HealthSection.h"

#include "app/gui/Theme.h"
#include "app/gui/widgets/AccessibleNames.h"
#include "app/gui/widgets/GridFlowLayout.h"
#include "app/gui/widgets/TimeField.h"
#include "app/gui/widgets/WrappingLabel.h"
#include "core/report/DisplayNames.h"
#include "core/safety/MedicationNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace stilla {

HealthSection::HealthSection(QWidget* parent)
    : DiarySection(parent)
    , m_medicationsTitle(subTitle())
    , m_medicationsLayout(new QVBoxLayout)
    , m_addMedicationButton(new QPushButton(this))
    , m_sameAsYesterday(new QPushButton(this))
    , m_commonTitle(subTitle())
    , m_seriousTitle(subTitle())
    , m_seriousHint(new WrappingLabel(this))
    , m_labsTitle(subTitle())
    , m_labSummary(new WrappingLabel(this))
    , m_labsButton(new QPushButton(this))
    , m_notesTitle(subTitle())
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("healthSection"));
    m_addMedicationButton->setObjectName(QStringLiteral("addMedicationButton"));
    m_sameAsYesterday->setObjectName(QStringLiteral("medicationsSameAsYesterdayButton"));
    m_sameAsYesterday->setEnabled(false);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(80);
    m_notes->setMaximumHeight(140);
    // What to do about the signs of too much magnesium: an instruction, in the text's own
    // colour, not a quiet hint.
    m_seriousHint->setObjectName(QStringLiteral("seriousSideEffectsHint"));
    m_medicationsLayout->setSpacing(spacing::xs);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(spacing::s);
    layout->addWidget(m_medicationsTitle);
    layout->addLayout(m_medicationsLayout);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addMedicationButton);
    buttons->addWidget(m_sameAsYesterday);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(messageLabel({FieldPath::anyRow(u"medications")}));
    layout->addSpacing(spacing::s);

    auto addEffects = [this, layout](QLabel* title, unsigned mask) {
        layout->addWidget(title);
        auto* boxes = new QWidget(this);
        auto* grid = new GridFlowLayout(3, boxes); // fewer columns in a narrow window
        grid->setHorizontalSpacing(spacing::l);
        grid->setVerticalSpacing(spacing::s);
        for (SideEffect effect : allSideEffects()) {
            if ((unsigned(effect) & mask) == 0)
                continue;
            auto* box = new QCheckBox(this);
            box->setObjectName(QStringLiteral("sideEffect_") + toName(effect));
            m_sideEffects[effect] = box;
            grid->addWidget(box);
            watch(box, &QCheckBox::toggled);
        }
        layout->addWidget(boxes);
    };
    addEffects(m_commonTitle, kCommonSideEffects);
    layout->addSpacing(spacing::xs);
    addEffects(m_seriousTitle, kSeriousSideEffects);
    layout->addWidget(m_seriousHint);
    layout->addSpacing(spacing::s);
    // Blood tests are kept apart from the day (DiaryStore::saveLabResult), so this part only
    // shows the newest and opens the dialog that keeps them.
    m_labSummary->setObjectName(QStringLiteral("labSummaryLabel"));
    m_labsButton->setObjectName(QStringLiteral("labResultsButton"));
    layout->addWidget(m_labsTitle);
    layout->addWidget(m_labSummary);
    auto* labButtons = new QHBoxLayout;
    labButtons->addWidget(m_labsButton);
    labButtons->addStretch(1);
    layout->addLayout(labButtons);
    layout->addSpacing(spacing::s);
    connect(m_labsButton, &QPushButton::clicked, this, &HealthSection::labResultsRequested);
    layout->addWidget(m_notesTitle);
    layout->addWidget(m_notes);
    layout->addWidget(messageLabel({QStringLiteral("notes")}));
    m_notesTitle->setBuddy(m_notes);

    connect(m_addMedicationButton, &QPushButton::clicked, this, &HealthSection::addMedication);
    connect(m_sameAsYesterday, &QPushButton::clicked, this, &HealthSection::addPrevious);
    connect(this, &DiarySection::edited, this, &HealthSection::updateRepeats);
    watch(m_notes, &QPlainTextEdit::textChanged);
    orderTabs();
    retranslate();
}

void HealthSection::orderTabs()
{
    // As the section reads: the medicines and their button, the side effects, the blood tests,
    // the notes (made first, the notes came before the side effects).
    QList<QWidget*> order;
    for (const MedicationRow& row : m_medications)
        order << row.widget;
    order << m_addMedicationButton << m_sameAsYesterday;
    for (const auto& [effect, box] : m_sideEffects)
        order << box;
    order << m_labsButton << m_notes;
    chainTabs(m_addMedicationButton, order);
}

void HealthSection::retranslate()
{
    setTitle(tr("Medications, side effects and notes"));
    m_medicationsTitle->setText(tr("Medications taken today"));
    m_addMedicationButton->setText(tr("Add a &medication"));
    m_addMedicationButton->setAccessibleName(tr("Add a medication"));
    m_sameAsYesterday->setText(tr("Same medications as yesterday"));
    m_sameAsYesterday->setAccessibleName(tr("Add the medications logged yesterday"));
    m_sameAsYesterday->setToolTip(tr("Adds yesterday's medications, with their kinds and times, "
                                     "to a day without medications. Change the times in their "
                                     "rows if today's were different."));
    m_commonTitle->setText(tr("Side effects noticed"));
    m_seriousTitle->setText(tr("Signs of too much magnesium"));
    m_seriousHint->setText(tr("If you notice any of these, stop taking magnesium and seek "
                              "medical care."));
    for (auto& [effect, box] : m_sideEffects)
        box->setText(DisplayNames::sideEffect(effect));
    m_labsTitle->setText(tr("Lab results"));
    m_labsButton->setText(tr("Lab Results…"));
    m_labsButton->setAccessibleName(tr("Lab results"));
    m_labsButton->setToolTip(tr("Add or look through your blood test results"));
    setNewestLabResult(m_newestLab);
    m_notesTitle->setText(tr("No&tes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Anything else worth remembering about today."));
    for (MedicationRow& row : m_medications)
        retranslateRow(row);
}

void HealthSection::setNewestLabResult(const std::optional<LabResult>& result)
{
    m_newestLab = result;
    m_labSummary->setText(result
            ? tr("Newest, %1: %2.")
                  .arg(QLocale().toString(result->date, QStringLiteral("d MMMM yyyy")),
                      result->describe())
            : tr("None yet. Ferritin and transferrin saturation matter in RLS: see \"Iron and "
                 "RLS\" in the guide."));
    m_labSummary->setAccessibleName(m_labSummary->text());
}

void HealthSection::retranslateRow(MedicationRow& row)
{
    for (int i = 0; i < row.medicationClass->count(); ++i)
        row.medicationClass->setItemText(
            i, DisplayNames::medicationClass(allMedicationClasses()[std::size_t(i)]));
    row.name->setPlaceholderText(tr("Name of the medication"));
    row.name->setAccessibleName(tr("Medication name"));
    setComboBoxName(row.medicationClass, tr("Kind of medication"));
    updateKindToolTip(row.medicationClass, MedicationNames::guessClass(row.name->text()));
    row.time->setAccessibleName(tr("Time taken"));
    row.time->setToolTip(tr("When you took it (optional): Stilla checks it against the time of "
                            "your magnesium for medicines that should be taken apart."));
    row.remove->setAccessibleName(tr("Remove this medication"));
    row.remove->setToolTip(row.remove->accessibleName());
}

void HealthSection::addMedication()
{
    addMedicationRow({});
    m_medications.back().name->setFocus();
    notifyEdited();
}

void HealthSection::addMedicationRow(const MedicationTaken& medication)
{
    auto* widget = new QWidget(this);
    // One line where it fits; the kind, time and remove button wrap under the name when narrow.
    auto* layout = new GridFlowLayout(4, widget);
    layout->setNaturalCells(true);
    layout->setHorizontalSpacing(spacing::s);
    layout->setVerticalSpacing(spacing::xs);
    MedicationRow row {widget, medication.id, new QLineEdit(medication.name, widget),
        new QComboBox(widget), new TimeField(widget), new QToolButton(widget)};
    row.name->setObjectName(QStringLiteral("medicationNameEdit"));
    row.medicationClass->setObjectName(QStringLiteral("medicationKindComboBox"));
    row.name->setMaxLength(DayValidation::kMaxNameLength);
    row.name->setMinimumWidth(200);
    for (std::size_t i = 0; i < allMedicationClasses().size(); ++i)
        row.medicationClass->addItem(QString());
    row.medicationClass->setCurrentIndex(classIndex(medication.medicationClass));
    row.remove->setText(QStringLiteral("✕"));
    row.remove->setAutoRaise(true);
    row.time->setTime(medication.timeTaken);
    row.time->setSuggestedTime(QTime(20, 0));
    layout->addWidget(row.name);
    layout->addWidget(row.medicationClass);
    layout->addWidget(row.time);
    layout->addWidget(row.remove);
    m_medicationsLayout->addWidget(widget);
    retranslateRow(row);
    // A new row asks for no name before the person has typed one (as a new supplement row).
    setUntouched(widget,
        medication.id == 0 && medication.name.isEmpty() && !medication.timeTaken.has_value());
    followNameWithKind(row, medication);
    touchOn(widget, row.name, &QLineEdit::textChanged);
    touchOn(widget, row.medicationClass, &QComboBox::activated);
    touchOn(widget, row.time, &QLineEdit::textChanged);
    watch(row.name, &QLineEdit::textChanged);
    watch(row.medicationClass, &QComboBox::activated);
    watch(row.time, &QLineEdit::textChanged);
    connect(row.remove, &QToolButton::clicked, this, [this, widget] {
        const auto it = std::find_if(m_medications.begin(), m_medications.end(),
            [widget](const MedicationRow& r) { return r.widget == widget; });
        if (it == m_medications.end())
            return;
        m_medications.erase(it);
        widget->deleteLater();
        notifyEdited();
    });
    m_medications.push_back(row);
    if (!loading())
        orderTabs();
}

void HealthSection::followNameWithKind(const MedicationRow& row, const MedicationTaken& medication)
{
    // The kind follows the name typed ("Gabapentin 300 mg" is a gabapentinoid, which the
    // safety notes check against the magnesium's time) until the person chooses a kind; a
    // kind other than "Other" stored with the day is the person's and stays. Only typing
    // (isModified) guesses: opening a day changes nothing stored.
    QComboBox* kind = row.medicationClass;
    QLineEdit* name = row.name;
    kind->setProperty(kKindChosen, medication.medicationClass != MedicationClass::Other);
    connect(kind, &QComboBox::activated, kind, [kind, name] {
        kind->setProperty(kKindChosen, true);
        kind->setProperty(kKindGuessed, false);
        updateKindToolTip(kind, MedicationNames::guessClass(name->text()));
    });
    // Connected before the section watches the name, so that the day saved and checked for
    // this change already has the kind. One guess per keystroke serves both the kind and the
    // tooltip.
    connect(name, &QLineEdit::textChanged, kind, [kind, name](const QString& text) {
        const auto guessed = MedicationNames::guessClass(text);
        if (name->isModified() && !kind->property(kKindChosen).toBool()) {
            kind->setCurrentIndex(classIndex(guessed.value_or(MedicationClass::Other)));
            kind->setProperty(kKindGuessed, guessed.has_value());
        }
        updateKindToolTip(kind, guessed);
    });
    updateKindToolTip(kind, MedicationNames::guessClass(medication.name));
}

int HealthSection::classIndex(MedicationClass medicationClass)
{
    const auto& classes = allMedicationClasses();
    return int(std::find(classes.begin(), classes.end(), medicationClass) - classes.begin());
}

void HealthSection::updateKindToolTip(
    QComboBox* kind, const std::optional<MedicationClass>& nameReadAs)
{
    // A kind left as "Other" is read by the safety notes from the name
    // (MedicationNames::kindForRules): the box says so, rather than seem to disagree with them.
    QString tip;
    if (kind->property(kKindGuessed).toBool()) {
        tip = tr("Chosen from the name: change it if it is wrong.");
    } else if (nameReadAs && kind->currentIndex() == classIndex(MedicationClass::Other)) {
        tip = tr("The safety notes read this medicine as \u201c%1\u201d from its name. "
                 "Choose its kind to be sure.")
                  .arg(DisplayNames::medicationClass(*nameReadAs));
    }
    kind->setToolTip(tip);
    kind->setAccessibleDescription(tip);
}

void HealthSection::setPrevious(const std::optional<DayEntry>& previous)
{
    m_previous = previous ? previous->medications : std::vector<MedicationTaken> {};
    updateRepeats();
}

void HealthSection::addPrevious()
{
    // An empty row just added (nothing typed in it) gives way to yesterday's rows.
    for (auto it = m_medications.begin(); it != m_medications.end();) {
        if (isUntouched(it->widget)) {
            it->widget->deleteLater();
            it = m_medications.erase(it);
        } else {
            ++it;
        }
    }
    const std::size_t first = m_medications.size();
    for (MedicationTaken medication : m_previous) {
        medication.id = 0;
        addMedicationRow(medication);
    }
    notifyEdited();
    if (first < m_medications.size())
        m_medications[first].name->setFocus(Qt::OtherFocusReason);
}

void HealthSection::updateRepeats()
{
    // Only onto a day without medications: added to those already there, yesterday's would
    // log a medicine twice. A row is part of the day once touched (as apply() has it).
    const bool hasMedications = std::any_of(m_medications.begin(), m_medications.end(),
        [](const MedicationRow& row) { return !isUntouched(row.widget); });
    m_sameAsYesterday->setEnabled(!m_previous.empty() && !hasMedications);
}

void HealthSection::load(const DayEntry& day)
{
    for (const MedicationRow& row : m_medications)
        delete row.widget;
    m_medications.clear();
    for (const MedicationTaken& medication : day.medications)
        addMedicationRow(medication);
    for (auto& [effect, box] : m_sideEffects)
        box->setChecked(day.hasSideEffect(effect));
    if (m_notes->toPlainText() != day.notes)
        m_notes->setPlainText(day.notes);
    updateRepeats();
}

QList<FieldProblem> HealthSection::inputProblems() const
{
    QList<FieldProblem> problems;
    for (std::size_t i = 0; i < m_medications.size(); ++i) {
        if (!m_medications[i].time->isValid()) {
            problems.append({FieldProblem::Kind::Error,
                FieldPath {QStringLiteral("medications"), i, QStringLiteral("time")}.toString(),
                tr("\"%1\" is not a time. Write it as hh:mm, for example 08:00.")
                    .arg(m_medications[i].time->text())});
        }
    }
    return problems;
}

void HealthSection::apply(DayEntry& day) const
{
    day.medications.clear();
    for (const MedicationRow& row : m_medications) {
        if (isUntouched(row.widget))
            continue;
        day.medications.push_back({row.id, row.name->text().trimmed(),
            allMedicationClasses()[std::size_t(row.medicationClass->currentIndex())],
            row.time->time()});
    }
    day.sideEffects = 0;
    for (const auto& [effect, box] : m_sideEffects) {
        if (box->isChecked())
            day.sideEffects |= unsigned(effect);
    }
    day.notes = m_notes->toPlainText();
}

} // namespace stilla
