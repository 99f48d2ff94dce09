#pragma once

#include "Page.h"

namespace stilla {

class GuidePage final : public Page
{
    Q_OBJECT

public:
    explicit GuidePage(QWidget* parent = nullptr);
    QString title() const override;

protected:
    void retranslate() override;
};

} // namespace stilla
