#pragma once

#include <QDialog>

class QLabel;
class QDialogButtonBox;

namespace stilla {

/// Version, licence, the medical notice and the data sources Stilla is built on.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// The attributions shown under "Data sources" (rich text), one entry per source.
    static QStringList attributions();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_iconLabel;
    QLabel* m_nameLabel;
    QLabel* m_textLabel;
    QDialogButtonBox* m_buttons;
};

} // namespace stilla
