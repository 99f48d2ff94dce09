#include "DiaryPrompts.h"

#include "app/gui/widgets/MessageBox.h"

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
    DayEntry before;
    before.date = changed.date;
    if (saved)
        before = saved->withoutRowIds();
    const DayEntry after = changed.withoutRowIds();
    QStringList parts;
    if (after.sleep != before.sleep)
        parts << tr("the night's sleep");
    if (after.symptoms != before.symptoms)
        parts << tr("restless legs");
    if (after.foods != before.foods || after.supplements != before.supplements)
        parts << tr("magnesium");
    if (after.remedies != before.remedies)
        parts << tr("habits and other remedies");
    if (after.medications != before.medications || after.sideEffects != before.sideEffects
        || after.notes != before.notes)
        parts << tr("medications, side effects and notes");
    return parts;
}

bool DiaryPrompts::discardChanges(QWidget* parent, const DayEntry& changed,
    const std::optional<DayEntry>& saved, const QString& storeFailure)
{
    const QString day = QLocale().toString(changed.date, QLocale::LongFormat);
    const QStringList parts = changedParts(changed, saved);
    // What Discard takes back, so that nobody throws away a morning's entries unawares.
    const QString lost = parts.isEmpty() ? QString()
                                         : u' '
            + tr("Discarding takes back your changes to %1.")
                  .arg(QLocale().createSeparatedList(parts));
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
