#pragma once

#include "core/labs/LabResult.h"

#include <QDate>
#include <QDialog>

#include <array>
#include <optional>
#include <vector>

class QFormLayout;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace stilla {

class DiaryStore;
class DiaryUndo;

/// Blood test results: every result in the diary in a table (the newest first), and a form to add,
/// change or remove the results of one date (ferritin, transferrin saturation, haemoglobin, serum
/// magnesium). Each save writes at once; a value that cannot be right is named beside the
/// form and nothing is saved. Values typed and not saved are never thrown away unasked: they
/// stay when the date is changed (typed first, dated after), and closing asks about them.
class LabResultsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// @p date: the test date the form starts on (the diary day shown); @p today: the last date
    /// a result can be saved for (a later one is named as a problem when saving, so that a
    /// date can be typed from left to right through days later than today's).
    /// Saves and removals are steps of @p undo (Edit ▸ Undo).
    LabResultsDialog(DiaryStore& store, DiaryUndo& undo, const QDate& date, const QDate& today,
        QWidget* parent = nullptr);

    /// Saves what the form shows for its date; false (with the message shown) when a value is
    /// not a number or cannot be right, or the diary refused.
    bool saveForm();
    /// Removes the results of the form's date.
    bool removeForm();

    void reject() override;

private:
    QFormLayout* valueForm();
    void setUpTable();
    /// The five values in the order of LabResult's fields: ferritin, transferrin saturation,
    /// haemoglobin, serum magnesium, eGFR.
    static constexpr int kValues = int(LabResult::kValueCount);
    void reload();
    /// Shows the stored values of @p date, unless values have been typed and not saved: those
    /// stay, said to be saved for @p date.
    void showDate(const QDate& date);
    void showMessage(const QString& text, bool problem);
    std::optional<LabResult> formResult(QStringList& problems) const;
    /// Asks before a value that is more often a slip than real (LabRules::questions()) is
    /// saved; false, with the field to correct focused, when the person does not save it.
    bool confirmUnusual(const LabResult& result);
    static std::optional<double> LabResult::*field(int index);

    DiaryStore& m_store;
    DiaryUndo& m_undo;
    QDate m_today;
    bool m_typed = false; ///< values typed since the form last showed what is stored
    std::vector<LabResult> m_results;
    QTableWidget* m_table;
    QDateEdit* m_date;
    std::array<QLineEdit*, kValues> m_fields {};
    QLabel* m_message;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace stilla
