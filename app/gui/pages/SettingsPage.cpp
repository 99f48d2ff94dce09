#include "SettingsPage.h"

#include "app/gui/AppContext.h"
#include "app/gui/settings/ProfileEditor.h"
#include "app/gui/widgets/AccessibleNames.h"
#include "app/gui/widgets/WrappingLabel.h"
#include "core/Language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTimeEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace stilla {

SettingsPage::SettingsPage(AppContext& context, QWidget* parent)
    : Page(parent)
    , m_context(context)
    , m_displayGroup(new QGroupBox(this))
    , m_languageLabel(new QLabel(this))
    , m_languageCombo(new QComboBox(this))
    , m_appearanceLabel(new QLabel(this))
    , m_appearanceCombo(new QComboBox(this))
    , m_dataGroup(new QGroupBox(this))
    , m_dataDirLabel(new QLabel(this))
    , m_dataDirEdit(new QLineEdit(this))
    , m_openDataDirButton(new QPushButton(this))
    , m_privacyLabel(new WrappingLabel(this))
    , m_profileEditor(new ProfileEditor(context.settings, context.diary, context.clock, this))
    , m_profileWelcome(new QWidget(this))
    , m_profileWelcomeLabel(new WrappingLabel(m_profileWelcome))
    , m_profileDoneButton(new QPushButton(m_profileWelcome))
{
    m_profileWelcome->setObjectName(QStringLiteral("profileWelcome"));
    m_profileEditor->setObjectName(QStringLiteral("profileEditor"));
    m_profileDoneButton->setObjectName(QStringLiteral("profileDoneButton"));
    auto* welcomeLayout = new QHBoxLayout(m_profileWelcome);
    welcomeLayout->setContentsMargins(0, 0, 0, 0);
    welcomeLayout->setSpacing(spacing::m);
    welcomeLayout->addWidget(m_profileWelcomeLabel, 1);
    welcomeLayout->addWidget(m_profileDoneButton, 0, Qt::AlignVCenter);
    m_profileWelcome->hide();
    connect(m_profileDoneButton, &QPushButton::clicked, this, [this] {
        m_profileWelcome->hide();
        emit diaryRequested();
    });
    setObjectName(QStringLiteral("settingsPage"));
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_appearanceCombo->setObjectName(QStringLiteral("appearanceComboBox"));
    m_dataDirEdit->setObjectName(QStringLiteral("dataDirLineEdit"));
    m_openDataDirButton->setObjectName(QStringLiteral("openDataDirButton"));

    // Language names are shown in their own language, so they never need translating.
    m_languageCombo->addItem(QStringLiteral("Svenska"), QString::fromLatin1(Language::kSwedish));
    m_languageCombo->addItem(QStringLiteral("English"), QString::fromLatin1(Language::kEnglish));
    for (const Appearance appearance :
        {Appearance::System, Appearance::Light, Appearance::Dark, Appearance::HighContrast})
        m_appearanceCombo->addItem(QString(), Theme::toString(appearance));

    auto* displayForm = new QFormLayout(m_displayGroup);
    displayForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    displayForm->setSpacing(spacing::m);
    displayForm->addRow(m_languageLabel, m_languageCombo);
    displayForm->addRow(m_appearanceLabel, m_appearanceCombo);
    m_languageLabel->setBuddy(m_languageCombo);
    m_appearanceLabel->setBuddy(m_appearanceCombo);

    m_dataDirEdit->setReadOnly(true);
    m_dataDirEdit->setText(QDir::toNativeSeparators(m_context.dataDir));
    auto* dataRow = new QHBoxLayout;
    dataRow->setSpacing(spacing::s);
    dataRow->addWidget(m_dataDirEdit, 1);
    dataRow->addWidget(m_openDataDirButton);
    m_dataDirLabel->setBuddy(m_dataDirEdit);
    auto* dataForm = new QFormLayout(m_dataGroup);
    dataForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    dataForm->setSpacing(spacing::m);
    dataForm->addRow(m_dataDirLabel, dataRow);
    dataForm->addRow(m_privacyLabel);

    buildColumn();

    connect(m_languageCombo, &QComboBox::activated, this,
        [this](int index) { emit languageRequested(m_languageCombo->itemData(index).toString()); });
    connect(m_appearanceCombo, &QComboBox::activated, this, [this](int index) {
        emit appearanceRequested(
            Theme::appearanceFromString(m_appearanceCombo->itemData(index).toString()));
    });
    connect(m_openDataDirButton, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_context.dataDir)); });

    retranslate();
    syncFromContext();
}

/// The groups in one scrolling column of at most 900 px.
void SettingsPage::buildColumn()
{
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_scroll = scroll;
    // The groups stand in one column of at most 900 px. The limit is on the column, inside a
    // row with a stretch beside it: a row gives each item its real width before asking its
    // height, so the check boxes that flow into fewer columns in a narrow window are never cut.
    // (A vertical layout asks the height of a group at the full width, whatever its maximum.)
    auto* row = new QWidget;
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, spacing::m, 0);
    auto* column = new QWidget(row);
    column->setMaximumWidth(900);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(spacing::l);
    buildReminders();
    for (QWidget* group : std::initializer_list<QWidget*> {
             m_displayGroup, m_profileWelcome, m_profileEditor, m_reminderGroup, m_dataGroup})
        columnLayout->addWidget(group);
    columnLayout->addStretch(1);
    rowLayout->addWidget(column, 1);
    rowLayout->addStretch(0);
    scroll->setWidget(row);
    contentLayout()->addWidget(scroll, 1);
}

void SettingsPage::buildReminders()
{
    m_reminderGroup = new QGroupBox(this);
    m_reminderGroup->setObjectName(QStringLiteral("reminderGroup"));
    m_eveningCheck = new QCheckBox(m_reminderGroup);
    m_eveningCheck->setObjectName(QStringLiteral("eveningReminderCheck"));
    m_eveningTime = new QTimeEdit(m_reminderGroup);
    m_eveningTime->setObjectName(QStringLiteral("eveningReminderTime"));
    m_morningCheck = new QCheckBox(m_reminderGroup);
    m_morningCheck->setObjectName(QStringLiteral("morningReminderCheck"));
    m_morningTime = new QTimeEdit(m_reminderGroup);
    m_morningTime->setObjectName(QStringLiteral("morningReminderTime"));
    m_reminderNote = new WrappingLabel(m_reminderGroup);
    m_reminderNote->setObjectName(QStringLiteral("reminderNoteLabel"));
    for (QTimeEdit* edit : {m_eveningTime, m_morningTime}) {
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
        // The wheel never changes a time the person did not click into.
        edit->setFocusPolicy(Qt::StrongFocus);
        edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    m_eveningTime->setTime(Reminder::time(m_context.settings, ReminderKind::Evening));
    m_morningTime->setTime(Reminder::time(m_context.settings, ReminderKind::Morning));
    m_eveningCheck->setChecked(Reminder::isOn(m_context.settings, ReminderKind::Evening));
    m_morningCheck->setChecked(Reminder::isOn(m_context.settings, ReminderKind::Morning));
    auto* form = new QFormLayout(m_reminderGroup);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setSpacing(spacing::m);
    form->addRow(m_eveningCheck, m_eveningTime);
    form->addRow(m_morningCheck, m_morningTime);
    form->addRow(m_reminderNote);
    connect(m_eveningCheck, &QCheckBox::toggled, this,
        [this] { applyReminder(ReminderKind::Evening); });
    connect(m_morningCheck, &QCheckBox::toggled, this,
        [this] { applyReminder(ReminderKind::Morning); });
    connect(m_eveningTime, &QTimeEdit::editingFinished, this, [this] {
        if (m_eveningCheck->isChecked())
            applyReminder(ReminderKind::Evening);
    });
    connect(m_morningTime, &QTimeEdit::editingFinished, this, [this] {
        if (m_morningCheck->isChecked())
            applyReminder(ReminderKind::Morning);
    });
}

void SettingsPage::applyReminder(ReminderKind kind)
{
    const bool morning = kind == ReminderKind::Morning;
    QCheckBox* check = morning ? m_morningCheck : m_eveningCheck;
    const QTime at = (morning ? m_morningTime : m_eveningTime)->time();
    ReminderInstaller installer(m_context.reminderConfigHome.isEmpty()
            ? ReminderInstaller::defaultConfigHome()
            : m_context.reminderConfigHome,
        QCoreApplication::applicationDirPath() + QStringLiteral("/stilla-cli"), m_context.dataDir,
        m_context.systemctl);
    const bool on = check->isChecked();
    const Status done = on ? installer.enable(kind, at) : installer.disable(kind);
    if (!done) {
        // What is installed is what the box shows.
        const QSignalBlocker blocker(check);
        check->setChecked(installer.isInstalled(kind));
        m_reminderNote->setText(done.errorMessage());
        return;
    }
    Reminder::store(m_context.settings, kind, on, at);
    m_reminderNote->setText(on ? tr("On: a notification at %1 when the diary is not filled in. "
                                    "Nothing runs in between.")
                                     .arg(QLocale().toString(at, QLocale::ShortFormat))
                               : tr("Off: nothing is installed."));
}

QString SettingsPage::pageTitle()
{
    return tr("Settings");
}

void SettingsPage::startProfile()
{
    m_profileWelcome->show();
    // The profile's first field, and the profile as far into view as it goes.
    QWidget* first = m_profileEditor;
    do {
        first = first->nextInFocusChain();
    } while (first != m_profileEditor
        && !(m_profileEditor->isAncestorOf(first) && (first->focusPolicy() & Qt::TabFocus)
            && first->isEnabled()));
    m_scroll->ensureWidgetVisible(m_profileWelcome, 0, 0);
    if (first != m_profileEditor)
        first->setFocus(Qt::OtherFocusReason);
}

void SettingsPage::syncFromContext()
{
    const QSignalBlocker blockLanguage(m_languageCombo);
    const QSignalBlocker blockAppearance(m_appearanceCombo);
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(m_context.translators.language()));
    m_appearanceCombo->setCurrentIndex(
        m_appearanceCombo->findData(Theme::toString(Theme::current())));
}

void SettingsPage::retranslate()
{
    setHeader(pageTitle(), tr("Choose how Stilla looks and speaks. Changes apply at once."));
    m_displayGroup->setTitle(tr("Display"));
    m_languageLabel->setText(tr("La&nguage:"));
    setComboBoxName(m_languageCombo, tr("Language"));
    m_appearanceLabel->setText(tr("&Appearance:"));
    setComboBoxName(m_appearanceCombo, tr("Appearance"));
    m_appearanceCombo->setItemText(0, tr("Follow the system"));
    m_appearanceCombo->setItemText(1, tr("Light"));
    m_appearanceCombo->setItemText(2, tr("Dark"));
    m_appearanceCombo->setItemText(3, tr("High contrast"));
    m_dataGroup->setTitle(tr("Your data"));
    m_dataDirLabel->setText(tr("&Data folder:"));
    m_dataDirEdit->setAccessibleName(tr("Data folder"));
    m_openDataDirButton->setText(tr("&Open Folder"));
    m_openDataDirButton->setAccessibleName(tr("Open the data folder"));
    m_scroll->setAccessibleName(tr("Settings"));
    m_profileWelcomeLabel->setText(
        tr("Fill in what applies to you below; every answer is optional and kept as you choose "
           "it. When you are done, go on to today's diary."));
    m_profileDoneButton->setText(tr("&Continue to Today's Diary"));
    m_reminderGroup->setTitle(tr("Reminders"));
    m_eveningCheck->setText(tr("&Remind me to fill in the diary at:"));
    m_eveningTime->setAccessibleName(tr("Time of the evening reminder"));
    m_morningCheck->setText(tr("Remind me about last night's &sleep at:"));
    m_morningTime->setAccessibleName(tr("Time of the morning reminder"));
    m_reminderNote->setText(
        tr("Off until you switch them on. A reminder is a desktop notification, shown only when "
           "the diary is not filled in yet, and it never shows what the diary holds; it works "
           "with Stilla closed, through a timer of your desktop session (systemd)."));
    m_privacyLabel->setText(tr("Your diary stays on this computer. Stilla never sends anything "
                               "over the network; the folder is readable only by you."));
}

} // namespace stilla
