#pragma once

#include "Page.h"

namespace stilla {

class DiaryPage final : public Page
{
    Q_OBJECT

public:
    explicit DiaryPage(QWidget* parent = nullptr);
    QString title() const override;

protected:
    void retranslate() override;
};

} // namespace stilla
