#pragma once

#include "Page.h"

namespace stilla {

class ChartsPage final : public Page
{
    Q_OBJECT

public:
    explicit ChartsPage(QWidget* parent = nullptr);
    QString title() const override;

protected:
    void retranslate() override;
};

} // namespace stilla
