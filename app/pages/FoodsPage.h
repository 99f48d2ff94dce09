#pragma once

#include "Page.h"

namespace stilla {

class FoodsPage final : public Page
{
    Q_OBJECT

public:
    explicit FoodsPage(QWidget* parent = nullptr);
    QString title() const override;

protected:
    void retranslate() override;
};

} // namespace stilla
