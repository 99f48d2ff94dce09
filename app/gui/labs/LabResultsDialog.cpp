#include "LabResultsDialog.h"

#include "app/gui/Theme.h"
#include "app/gui/commands/DiaryUndo.h"
#include "app/gui/commands/LabResultCommand.h"
#include "app/gui/diary/DiarySection.h"
#include "app/gui/widgets/DateEdit.h"
#include "app/gui/widgets/MessageBox.h"
#include "app/gui/widgets/ScreenFit.h"
#include "app/gui/widgets/WrappingLabel.h"
#include "core/diary/DiaryStore.h"
#include "core/safety/LabRules.h"
#include "core/safety/SafetyFacts.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace stilla {

std::optional<double> LabResult::*LabResultsDialog::field(int index)
{
    return LabResult::values()[std::size_t(index)].member;
}

LabResultsDialog::LabResultsDialog(
    DiaryStore& store, DiaryUndo& undo, const QDate& date, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_undo(undo)
    , m_today(today)
    , m_table(new QTableWidget(0, 1 + kValues, this))
    , m_date(new DateEdit(this))
    , m_message(new WrappingLabel(this))
{
    setObjectName(QStringLiteral("labResultsDialog"));
    setWindowTitle(tr("Lab Results"));

    setUpTable();

    m_date->setObjectName(QStringLiteral("labDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDate(date.isValid() && date <= today ? date : today);
    m_date->setAccessibleName(tr("Date the blood was taken"));
    m_date->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    QFormLayout* form = valueForm();
    auto* hint = new WrappingLabel(
        tr("Leave a value empty when it was not measured. Units are those of Swedish "
           "laboratories; ferritin in ng/\u2060mL is the same number as in µg/L; give an eGFR "
           "reported as \">90\" as 90. Stilla compares ferritin and transferrin saturation with "
           "the limits for RLS in the guide's section \"Iron and RLS\", eGFR with the "
           "categories of kidney function, since the kidneys remove magnesium, and magnesium "
           "in the blood with its usual range, %1–%2\u00A0mmol/L.")
            .arg(LabResult::number(SafetyFacts::kSerumMagnesiumLow),
                LabResult::number(SafetyFacts::kSerumMagnesiumHigh)),
        this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_message->setObjectName(QStringLiteral("labMessageLabel"));
    m_message->setVisible(false);

    // Made after the fields, so that Tab goes down the dialog as it reads: the buttons, made
    // first, came between the date and the values.
    m_saveButton = new QPushButton(tr("&Save Result"), this);
    m_removeButton = new QPushButton(tr("&Remove Result"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton->setObjectName(QStringLiteral("labSaveButton"));
    m_saveButton->setDefault(true);
    m_removeButton->setObjectName(QStringLiteral("labRemoveButton"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_saveButton);
    actions->addWidget(m_removeButton);
    actions->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(spacing::xl, spacing::xl, spacing::xl, spacing::l);
    layout->setSpacing(spacing::m);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(m_buttons);
    MessageBox::translateButtons(*m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &LabResultsDialog::saveForm);
    connect(m_removeButton, &QPushButton::clicked, this, &LabResultsDialog::removeForm);
    connect(m_date, &QDateEdit::dateChanged, this, &LabResultsDialog::showDate);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < int(m_results.size()))
            m_date->setDate(m_results[std::size_t(row)].date);
    });
    const bool writable = !m_store.isReadOnly();
    m_saveButton->setEnabled(writable);
    m_removeButton->setEnabled(writable);
    reload();
    showDate(m_date->date());
    m_table->resizeColumnsToContents();
    const int tableWidth = m_table->horizontalHeader()->length() + 2 * m_table->frameWidth()
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table);
    resizeWithinScreen(*this, QSize(std::max(720, tableWidth + 2 * spacing::xl), 560));
}

/// The date of the test and a field for each value, with its unit and an example.
QFormLayout* LabResultsDialog::valueForm()
{
    const QStringList units {tr("Ferritin (µg/L)"), tr("Transferrin saturation (%)"),
        tr("Haemoglobin (g/L)"), tr("Magnesium in the blood (mmol/L)"),
        tr("eGFR, kidney function (mL/min/1.73 m²)")};
    const QStringList hints {tr("for example 41"), tr("for example 22"), tr("for example 135"),
        tr("for example 0.85"), tr("for example 85")};
    auto* form = new QFormLayout;
    form->setSpacing(spacing::m);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Date of the test:"), m_date);
    static constexpr std::array<const char*, kValues> kNames {"labFerritinField",
        "labSaturationField", "labHaemoglobinField", "labMagnesiumField", "labEgfrField"};
    const QStringList labels {tr("&Ferritin (µg/L):"), tr("&Transferrin saturation (%):"),
        tr("&Haemoglobin (g/L):"), tr("Magnesium in the &blood (mmol/L):"),
        tr("e&GFR, kidney function (mL/min/1.73\u00A0m²):")};
    for (int i = 0; i < kValues; ++i) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(kNames[std::size_t(i)]));
        edit->setPlaceholderText(hints[i]);
        edit->setAccessibleName(units[i]);
        edit->setAccessibleDescription(tr("Leave it empty when it was not measured."));
        edit->setMaximumWidth(
            fontMetrics().horizontalAdvance(QStringLiteral("for example 0.85")) + 3 * spacing::m);
        connect(edit, &QLineEdit::textEdited, this, [this] { m_typed = true; });
        m_fields[std::size_t(i)] = edit;
        form->addRow(labels[i], edit);
    }
    return form;
}

/// The table of the diary's lab results: one row a date, two-line headers.
void LabResultsDialog::setUpTable()
{
    m_table->setObjectName(QStringLiteral("labResultsTable"));
    m_table->setAccessibleName(tr("Lab results in the diary"));
    // Two lines each, so that five columns fit a narrow dialog without cutting a header.
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Ferritin\n(µg/L)"),
        tr("Transferrin\nsaturation (%)"), tr("Haemoglobin\n(g/L)"),
        tr("Magnesium in\nthe blood (mmol/L)"), tr("eGFR\n(mL/min/1.73\u00A0m²)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab goes on to the form, the arrows choose a row
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // Each column as wide as its heading and values; in a large font the dialog widens (below)
    // and, where the screen ends, the table scrolls sideways (the eGFR column, stretched into
    // what was left, cut its heading).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->setMinimumHeight(120);
}

void LabResultsDialog::reload()
{
    Result<std::vector<LabResult>> results = m_store.labs().results();
    if (!results) {
        showMessage(results.errorMessage(), true);
        return;
    }
    m_results = std::move(results).value();
    std::reverse(m_results.begin(), m_results.end()); // the newest first, where the eye starts
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_results.size()));
    for (int row = 0; row < int(m_results.size()); ++row) {
        const LabResult& result = m_results[std::size_t(row)];
        m_table->setItem(
            row, 0, new QTableWidgetItem(QLocale().toString(result.date, QLocale::ShortFormat)));
        for (int i = 0; i < kValues; ++i) {
            const std::optional<double>& value = result.*field(i);
            auto* item = new QTableWidgetItem(value ? LabResult::number(*value) : QString());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, 1 + i, item);
        }
    }
}

void LabResultsDialog::showDate(const QDate& date)
{
    const auto found = std::find_if(m_results.begin(), m_results.end(),
        [&date](const LabResult& result) { return result.date == date; });
    const QSignalBlocker blocker(m_table);
    m_table->setCurrentCell(found != m_results.end() ? int(found - m_results.begin()) : -1, 0);
    m_removeButton->setEnabled(found != m_results.end() && !m_store.isReadOnly());
    if (m_typed) {
        // Typed first and dated after: the values stay, for the date now chosen.
        const QString day = QLocale().toString(date, QLocale::LongFormat);
        showMessage(found != m_results.end()
                ? tr("The values typed are not saved yet. %1 has results already: Save Result "
                     "replaces them with the values shown.")
                      .arg(day)
                : tr("The values typed are not saved yet: Save Result saves them for %1.").arg(day),
            false);
        return;
    }
    for (int i = 0; i < kValues; ++i) {
        const std::optional<double> value
            = found != m_results.end() ? (*found).*field(i) : std::nullopt;
        m_fields[std::size_t(i)]->setText(value ? LabResult::number(*value) : QString());
    }
    m_message->setVisible(false);
}

void LabResultsDialog::reject()
{
    if (m_typed && !m_store.isReadOnly()) {
        const QString day = QLocale().toString(m_date->date(), QLocale::LongFormat);
        const auto answer = MessageBox::question(this, tr("Save the values typed?"),
            tr("The values typed for %1 are not saved.").arg(day),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
            tr("Save keeps them in the diary, Discard closes without them, and Cancel goes "
               "back to the form."));
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveForm()))
            return;
    }
    QDialog::reject();
}

void LabResultsDialog::showMessage(const QString& text, bool problem)
{
    m_message->setText(problem ? DiarySection::problemMark() + text : text);
    // The role, not a copied colour: a problem reads in BrightText, kept at 4.5:1 by Theme.
    m_message->setForegroundRole(problem ? QPalette::BrightText : QPalette::WindowText);
    m_message->setVisible(!text.isEmpty());
}

std::optional<LabResult> LabResultsDialog::formResult(QStringList& problems) const
{
    LabResult result;
    result.date = m_date->date();
    const QLocale locale;
    for (int i = 0; i < kValues; ++i) {
        const QString text = m_fields[std::size_t(i)]->text().trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        double value = locale.toDouble(text, &ok);
        if (!ok) // a point works in Swedish too, a comma in English
            value = QLocale::c().toDouble(QString(text).replace(u',', u'.'), &ok);
        if (!ok) {
            problems << tr("\"%1\" is not a number (%2).")
                            .arg(text, m_fields[std::size_t(i)]->accessibleName());
            continue;
        }
        result.*field(i) = value;
    }
    if (result.date > m_today) {
        problems << tr("The date of the test, %1, is after today.")
                        .arg(QLocale().toString(result.date, QLocale::LongFormat));
    }
    // Every problem at once: the values that are numbers are checked against their limits
    // too, so a person does not fix one field to be told about the next.
    problems += result.problems();
    if (!problems.isEmpty())
        return std::nullopt;
    return result;
}

bool LabResultsDialog::saveForm()
{
    QStringList problems;
    const std::optional<LabResult> result = formResult(problems);
    if (!result) {
        showMessage(tr("Not saved: %1").arg(problems.join(u' ')), true);
        return false;
    }
    if (result->isEmpty()) {
        showMessage(tr("Type at least one value, or use Remove Result to remove this date."), true);
        return false;
    }
    if (!confirmUnusual(*result))
        return false;
    const auto stored = m_store.labs().result(result->date);
    if (!stored) {
        showMessage(stored.errorMessage(), true);
        return false;
    }
    if (const Status saved
        = m_undo.push(new LabResultCommand(m_store, result->date, *stored, result,
            tr("Lab Results of %1").arg(QLocale().toString(result->date, QLocale::ShortFormat))));
        !saved) {
        showMessage(saved.errorMessage(), true);
        return false;
    }
    m_typed = false;
    reload();
    showDate(result->date);
    showMessage(
        tr("Saved the results of %1.").arg(QLocale().toString(result->date, QLocale::LongFormat)),
        false);
    return true;
}

bool LabResultsDialog::confirmUnusual(const LabResult& result)
{
    const QStringList questions = LabRules::questions(result);
    if (questions.isEmpty())
        return true;
    if (MessageBox::question(this, tr("Save an unusual value?"), questions.join(u' '),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel,
            tr("Save keeps the value as typed. Cancel leaves it in the form to correct."))
        == QMessageBox::Save)
        return true;
    // The one value asked about today is serum magnesium: back to its field, to correct it.
    for (int i = 0; i < kValues; ++i) {
        if (field(i) == &LabResult::serumMagnesium) {
            m_fields[std::size_t(i)]->setFocus(Qt::OtherFocusReason);
            m_fields[std::size_t(i)]->selectAll();
        }
    }
    showMessage(tr("Not saved: %1").arg(questions.join(u' ')), true);
    return false;
}

bool LabResultsDialog::removeForm()
{
    const QDate date = m_date->date();
    const QString day = QLocale().toString(date, QLocale::LongFormat);
    if (MessageBox::question(this, tr("Remove these results?"),
            tr("Remove the lab results of %1?").arg(day), QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel, tr("Every value of that date is removed from the diary."))
        != QMessageBox::Yes)
        return false;
    const auto stored = m_store.labs().result(date);
    if (!stored) {
        showMessage(stored.errorMessage(), true);
        return false;
    }
    if (const Status removed
        = m_undo.push(new LabResultCommand(m_store, date, *stored, std::nullopt,
            tr("Removal of the Lab Results of %1")
                .arg(QLocale().toString(date, QLocale::ShortFormat))));
        !removed) {
        showMessage(removed.errorMessage(), true);
        return false;
    }
    m_typed = false;
    reload();
    showDate(date);
    showMessage(tr("Removed the results of %1.").arg(day), false);
    return true;
}

} // namespace stilla
