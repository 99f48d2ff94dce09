#pragma once

#include "app/report/DoctorReport.h"
#include "core/Result.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;

namespace stilla {

class Clock;
class DiaryStore;
class Settings;

/// "Report for the Doctor": choose the period (or a preset), the language and the paper, then
/// look at the report in a print preview or save it as a PDF. The profile for the safety notes
/// is read from the settings when the report is made.
class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    /// @p language: the report's language to start with ("sv" or "en"), usually the UI's.
    ReportDialog(const DiaryStore& diary, Settings& settings, const Clock& clock,
        const QString& language, QWidget* parent = nullptr);
    ~ReportDialog() override;

    /// The report as chosen now.
    DoctorReport::Options options() const;
    /// Reads the days and the profile and makes the report.
    Result<DoctorReport> makeReport() const;
    /// Renders the report on @p printer (what the preview shows); returns the page count, 0
    /// when the report could not be made (the dialog then says why).
    int renderTo(QPrinter& printer);
    /// Saves the report to @p path and says so in the dialog.
    Status saveTo(const QString& path);

    enum class Preset { LastMonth, LastThreeMonths, Custom };
    void applyPreset(Preset preset);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void retranslate();
    void updateState();
    void showPreview();
    void askAndSave();
    void showMessage(const QString& text, bool problem);

    const DiaryStore& m_diary;
    Settings& m_settings;
    const Clock& m_clock;
    QLabel* m_intro;
    QLabel* m_periodLabel;
    QComboBox* m_presetCombo;
    QLabel* m_fromLabel;
    QDateEdit* m_fromEdit;
    QLabel* m_toLabel;
    QDateEdit* m_toEdit;
    QLabel* m_languageLabel;
    QComboBox* m_languageCombo;
    QLabel* m_paperLabel;
    QComboBox* m_paperCombo;
    QLabel* m_nameLabel;
    QLineEdit* m_nameEdit;
    QLabel* m_birthYearLabel;
    QLineEdit* m_birthYearEdit;
    QLabel* m_personNote;
    QLabel* m_message;
    QPushButton* m_previewButton;
    QPushButton* m_saveButton;
    QPushButton* m_closeButton;
};

} // namespace stilla
