#pragma once

#include <QMenu>

class QActionGroup;

namespace stilla {

class Translators;

/// The Language menu: one checkable entry per supported language, each in its own language,
/// with the one in use checked (it follows every switch, from here or from Settings).
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    LanguageMenu(const Translators& translators, QWidget* parent = nullptr);

signals:
    /// The person chose the language with this code ("sv", "en").
    void languageChosen(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const Translators& m_translators;
    QActionGroup* m_group;
};

} // namespace stilla
