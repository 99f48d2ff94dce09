#include "DiaryPrompts.h"

#include "app/gui/widgets/MessageBox.h"
#include "core/report/DisplayNames.h"

#include <QLocale>

namespace stilla {

bool DiaryPrompts::confirmLargeDose(QWidget* parent, double mg)
{
    const auto answer = MessageBox::question(parent, tr("Is this amount right?"),
        tr("%1\u00A0mg of magnesium in one dose is far more than any usual supplement.")
            .arg(QLocale().toString(mg, 'f', 0)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
        tr("Choose Yes if the label really says so, or No to correct it (perhaps it was "
           "meant as %1\u00A0mg).")
            .arg(QLocale().toString(mg / 10, 'f', 0)));
    return answer == QMessageBox::Yes;
}

QStringList DiaryPrompts::changedParts(
    const DayEntry& changed, const std::optional<DayEntry>& saved)
{
    DayEntry before = saved.value_or(DayEntry {});
    before.date = changed.date;
    // The parts as the Discard question names them: the last section's three parts as one.
    QStringList parts;
    for (DayPart part : stilla::changedParts(before, changed)) {
        QString name;
        switch (part) {
        case DayPart::Sleep:
            name = tr("the night's sleep");
            break;
        case DayPart::Symptoms:
            name = tr("restless legs");
            break;
        case DayPart::Magnesium:
            name = tr("magnesium");
            break;
        case DayPart::Remedies:
            name = tr("habits and other remedies");
            break;
        case DayPart::Medications:
        case DayPart::SideEffectsNoted:
        case DayPart::Notes:
            name = tr("medications, side effects and notes");
            break;
        }
        if (!parts.contains(name))
            parts << name;
    }
    return parts;
}

bool DiaryPrompts::discardChanges(QWidget* parent, const DayEntry& changed,
    const std::optional<DayEntry>& saved, const QString& storeFailure)
{
    const QString day = QLocale().toString(changed.date, QLocale::LongFormat);
    const QStringList parts = changedParts(changed, saved);
    // What Discard takes back, so that nobody throws away a morning's entries unawares.
    const QString lost = parts.isEmpty()
        ? QString()
        : u' ' + tr("Discarding takes back your changes to %1.").arg(DisplayNames::list(parts));
    // Fields to correct, or a diary that refused the day (a full disk, say).
    const bool problems = storeFailure.isEmpty();
    const QString text = problems
        ? tr("The changes to %1 cannot be saved yet.").arg(day)
        : tr("The changes to %1 could not be saved: %2").arg(day, storeFailure);
    const QString choices = problems
        ? tr("Choose Cancel to stay and correct the marked fields, or Discard to leave the day "
             "as it was last saved.")
        : tr("Choose Cancel to stay: your changes stay in the form, and Stilla saves them once "
             "the problem is solved. Discard leaves the day as it was last saved.");
    return MessageBox::question(parent, tr("Unsaved changes"), text,
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel, choices + lost)
        == QMessageBox::Discard;
}

} // namespace stilla
