#include "ReportDialog.h"

#include "app/gui/PrintToFile.h"
#include "app/gui/Theme.h"
#include "app/gui/widgets/AccessibleNames.h"
#include "app/gui/widgets/DateEdit.h"
#include "app/gui/widgets/FileDialog.h"
#include "app/gui/widgets/ScreenFit.h"
#include "app/gui/widgets/WrappingLabel.h"
#include "core/Clock.h"
#include "core/Language.h"
#include "core/Settings.h"
#include "core/diary/DiaryStore.h"
#include "core/nutrition/IntakeTarget.h"
#include "core/safety/ProfileStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace stilla {

ReportDialog::ReportDialog(const DiaryStore& diary, Settings& settings, const Clock& clock,
    const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_diary(diary)
    , m_settings(settings)
    , m_clock(clock)
    , m_intro(new WrappingLabel(this))
    , m_periodLabel(new QLabel(this))
    , m_presetCombo(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_fromEdit(new DateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_toEdit(new DateEdit(this))
    , m_languageLabel(new QLabel(this))
    , m_languageCombo(new QComboBox(this))
    , m_paperLabel(new QLabel(this))
    , m_paperCombo(new QComboBox(this))
    , m_nameLabel(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_birthYearLabel(new QLabel(this))
    , m_birthYearEdit(new QLineEdit(this))
    , m_personNote(new WrappingLabel(this))
    , m_message(new WrappingLabel(this))
    , m_previewButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("reportDialog"));
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_toEdit->setObjectName(QStringLiteral("toEdit"));
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_paperCombo->setObjectName(QStringLiteral("paperCombo"));
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_birthYearEdit->setObjectName(QStringLiteral("birthYearEdit"));
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(clock.today());
    }
    m_fromLabel->setBuddy(m_fromEdit);
    m_toLabel->setBuddy(m_toEdit);
    m_periodLabel->setBuddy(m_presetCombo);
    m_languageLabel->setBuddy(m_languageCombo);
    m_paperLabel->setBuddy(m_paperCombo);
    m_nameLabel->setBuddy(m_nameEdit);
    m_birthYearLabel->setBuddy(m_birthYearEdit);
    // Who the report is about: typed for this report only, never saved (not in the settings,
    // not in the diary). A text field, not a spin box, so no scroll wheel changes the year.
    m_nameEdit->setMaxLength(100);
    m_birthYearEdit->setMaxLength(4);
    m_birthYearEdit->setValidator(new QIntValidator(0, 9999, m_birthYearEdit));
    m_birthYearEdit->setMaximumWidth(
        m_birthYearEdit->fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 2 * spacing::m);

    m_presetCombo->addItems({QString(), QString(), QString()});
    m_languageCombo->addItem(QStringLiteral("Svenska"), QString::fromLatin1(Language::kSwedish));
    m_languageCombo->addItem(QStringLiteral("English"), QString::fromLatin1(Language::kEnglish));
    m_languageCombo->setCurrentIndex(std::max(0,
        m_languageCombo->findData(
            Language::isSupported(language) ? language : QString::fromLatin1(Language::kEnglish))));
    m_paperCombo->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_paperCombo->addItem(QStringLiteral("Letter"), int(QPageSize::Letter));
    m_paperCombo->setCurrentIndex(
        DoctorReport::defaultPageSize().id() == QPageSize::Letter ? 1 : 0);

    buildLayout();

    connect(m_presetCombo, &QComboBox::currentIndexChanged, this,
        [this](int index) { applyPreset(static_cast<Preset>(index)); });
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            const QSignalBlocker blocker(m_presetCombo);
            m_presetCombo->setCurrentIndex(int(Preset::Custom));
            updateState();
        });
    }
    connect(m_birthYearEdit, &QLineEdit::textChanged, this, &ReportDialog::updateState);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportDialog::showPreview);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportDialog::askAndSave);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    retranslate();
    applyPreset(Preset::LastMonth);
    m_message->hide();
}

/// The form (period, language, paper, who it is about), the message and the buttons.
void ReportDialog::buildLayout()
{
    auto* form = new QFormLayout;
    form->setSpacing(spacing::s);
    form->addRow(m_periodLabel, m_presetCombo);
    form->addRow(m_fromLabel, m_fromEdit);
    form->addRow(m_toLabel, m_toEdit);
    form->addRow(m_languageLabel, m_languageCombo);
    form->addRow(m_paperLabel, m_paperCombo);
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(m_birthYearLabel, m_birthYearEdit);
    form->addRow(QString(), m_personNote);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    m_saveButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(spacing::m);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::applyPreset(Preset preset)
{
    {
        const QSignalBlocker presetBlocker(m_presetCombo);
        m_presetCombo->setCurrentIndex(int(preset));
    }
    const QDate today = m_clock.today();
    if (preset != Preset::Custom) {
        const QSignalBlocker fromBlocker(m_fromEdit);
        const QSignalBlocker toBlocker(m_toEdit);
        const int months = preset == Preset::LastMonth ? 1 : 3;
        m_fromEdit->setDate(today.addMonths(-months).addDays(1));
        m_toEdit->setDate(today);
    }
    updateState();
}

DoctorReport::Options ReportDialog::options() const
{
    DoctorReport::Options options;
    options.from = m_fromEdit->date();
    options.to = m_toEdit->date();
    options.language = m_languageCombo->currentData().toString();
    options.pageSize = QPageSize(QPageSize::PageSizeId(m_paperCombo->currentData().toInt()));
    options.created = m_clock.today();
    options.name = m_nameEdit->text().simplified();
    if (const QString year = m_birthYearEdit->text().trimmed(); !year.isEmpty())
        options.birthYear = year.toInt();
    return options;
}

Result<DoctorReport> ReportDialog::makeReport() const
{
    const Profile profile = ProfileStore(m_settings).load();
    DoctorReport::Options chosen = options();
    chosen.intakeTarget = IntakeTargets::choice(m_settings);
    return DoctorReport::load(m_diary, profile, chosen);
}

int ReportDialog::renderTo(QPrinter& printer)
{
    const Result<DoctorReport> report = makeReport();
    if (!report) {
        showMessage(report.errorMessage(), true);
        return 0;
    }
    return report->render(printer);
}

Status ReportDialog::saveTo(const QString& path)
{
    const Result<DoctorReport> report = makeReport();
    const Status saved = report ? report->writePdf(path) : Status(Error {report.errorMessage()});
    if (saved)
        showMessage(tr("Saved the report to %1.").arg(QDir::toNativeSeparators(path)), false);
    else
        showMessage(saved.errorMessage(), true);
    return saved;
}

void ReportDialog::showPreview()
{
    const Result<DoctorReport> report = makeReport();
    if (!report) {
        showMessage(report.errorMessage(), true);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    report->preparePage(printer);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Report for the Doctor: Preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* target) {
        // The preview's PDF export prints to a file: written atomically.
        PrintToFile output(*target);
        renderTo(*target);
        if (const Status saved = output.commit(); !saved)
            showMessage(saved.errorMessage(), true);
    });
    resizeWithinScreen(preview, QSize(900, 1000));
    preview.exec();
}

void ReportDialog::askAndSave()
{
    const DoctorReport::Options chosen = options();
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QLatin1Char('/')
        + tr("stilla-report-%1-%2")
              .arg(chosen.from.toString(Qt::ISODate), chosen.to.toString(Qt::ISODate))
        + QStringLiteral(".pdf");
    QString path = FileDialog::saveFileName(
        this, tr("Save the Report"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    (void)saveTo(path);
}

void ReportDialog::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem);
    m_message->setVisible(!text.isEmpty());
    // Taller by the message, so that no line above it is squeezed (the note under the birth
    // year was cut in half once "Saved the report to …" appeared).
    if (layout()) {
        layout()->activate();
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : sizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
}

void ReportDialog::updateState()
{
    QString problem;
    if (m_fromEdit->date() > m_toEdit->date()) {
        problem = tr("The first day is after the last day. Choose an earlier first day or a "
                     "later last day.");
    } else if (const Status checked = DoctorReport::check(options()); !checked) {
        problem = checked.errorMessage();
    }
    m_previewButton->setEnabled(problem.isEmpty());
    m_saveButton->setEnabled(problem.isEmpty());
    showMessage(problem, !problem.isEmpty());
}

void ReportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReportDialog::retranslate()
{
    setWindowTitle(tr("Report for the Doctor"));
    m_intro->setText(tr("A PDF of the diary written for your doctor: one first page with the "
                        "key figures and the trend, then the details and a table of the days. "
                        "It stays on this computer until you share it."));
    m_periodLabel->setText(tr("&Period:"));
    m_presetCombo->setItemText(int(Preset::LastMonth), tr("The last month"));
    m_presetCombo->setItemText(int(Preset::LastThreeMonths), tr("The last 3 months"));
    m_presetCombo->setItemText(int(Preset::Custom), tr("Chosen dates"));
    setComboBoxName(m_presetCombo, tr("Period of the report"));
    m_fromLabel->setText(tr("&From:"));
    m_fromEdit->setAccessibleName(tr("First day of the report"));
    m_toLabel->setText(tr("&To:"));
    m_toEdit->setAccessibleName(tr("Last day of the report"));
    m_languageLabel->setText(tr("&Language:"));
    setComboBoxName(m_languageCombo, tr("Language of the report"));
    m_paperLabel->setText(tr("P&aper:"));
    setComboBoxName(m_paperCombo, tr("Paper size of the report"));
    m_nameLabel->setText(tr("&Name:"));
    m_nameEdit->setPlaceholderText(tr("Optional"));
    m_nameEdit->setAccessibleName(tr("Name on the report"));
    m_birthYearLabel->setText(tr("&Birth year:"));
    m_birthYearEdit->setPlaceholderText(tr("Optional"));
    m_birthYearEdit->setAccessibleName(tr("Birth year on the report"));
    m_personNote->setText(tr("Name and birth year are printed on this report only; Stilla "
                             "does not save them."));
    m_previewButton->setText(tr("Pre&view…"));
    m_previewButton->setAccessibleName(tr("Preview the report"));
    m_saveButton->setText(tr("&Save PDF…"));
    m_saveButton->setAccessibleName(tr("Save the report as a PDF"));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close"));
    m_message->setAccessibleName(tr("Report status"));
}

} // namespace stilla
