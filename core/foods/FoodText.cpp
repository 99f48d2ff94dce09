#include "FoodText.h"

#include <QLatin1String>

#include <algorithm>

namespace stilla {

std::vector<QString> FoodText::words(const QString& folded)
{
    std::vector<QString> words;
    const qsizetype size = folded.size();
    qsizetype start = -1;
    for (qsizetype i = 0; i <= size; ++i) {
        const bool inWord = i < size && folded.at(i).isLetterOrNumber();
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            words.push_back(folded.mid(start, i - start));
            start = -1;
        }
    }
    return words;
}

std::vector<QString> FoodText::forms(const QString& word)
{
    static const QLatin1String kEndings[]
        = {QLatin1String("erna"), QLatin1String("arna"), QLatin1String("orna"), QLatin1String("er"),
            QLatin1String("ar"), QLatin1String("or"), QLatin1String("en"), QLatin1String("et"),
            QLatin1String("na"), QLatin1String("es"), QLatin1String("n"), QLatin1String("s")};
    constexpr qsizetype kMinStem = 3;
    std::vector<QString> forms {word};
    auto add = [&forms](QString form) {
        if (std::find(forms.begin(), forms.end(), form) == forms.end())
            forms.push_back(std::move(form));
    };
    for (const QLatin1String& ending : kEndings) {
        if (word.size() - ending.size() >= kMinStem && word.endsWith(ending))
            add(word.left(word.size() - ending.size()));
    }
    if (word.size() - 3 >= kMinStem - 1 && word.endsWith(QLatin1String("ies")))
        add(word.left(word.size() - 3) + QLatin1Char('y'));
    return forms;
}

bool FoodText::withinOneEdit(QStringView a, QStringView b)
{
    const qsizetype sizeA = a.size();
    const qsizetype sizeB = b.size();
    if (sizeA - sizeB > 1 || sizeB - sizeA > 1)
        return false;
    qsizetype i = 0;
    while (i < sizeA && i < sizeB && a[i] == b[i])
        ++i;
    if (i == sizeA && i == sizeB)
        return true;
    if (sizeA == sizeB) {
        // Substitution, or two neighbouring letters swapped.
        if (a.mid(i + 1) == b.mid(i + 1))
            return true;
        return i + 1 < sizeA && a[i] == b[i + 1] && a[i + 1] == b[i]
            && a.mid(i + 2) == b.mid(i + 2);
    }
    // One insertion or deletion.
    return sizeA > sizeB ? a.mid(i + 1) == b.mid(i) : a.mid(i) == b.mid(i + 1);
}

} // namespace stilla
