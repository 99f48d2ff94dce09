#include "FoodSearch.h"

#include "FoodCatalogue.h"
#include "FoodMagnesium.h"
#include "FoodText.h"
#include "core/TextFolding.h"

#include <QLatin1String>

#include <algorithm>
#include <numeric>

namespace stilla {

namespace {

// Classes of a query word against a name word, best last.
enum : quint8 {
    kNoMatch = 0,
    kFuzzy = 1,
    kSubstring = 2,
    kWordStart = 4,
    kSameWordInflected = 5,
    kSameWord = 6,
};

// Tiers of a whole name, best last; see FoodSearch.h.
enum Tier { kTierFuzzy = 1, kTierSubstring, kTierWordStart, kTierWords, kTierPrefix, kTierExact };

constexpr int kTierWeight = 1'000'000;
constexpr int kLanguageBoost = 40'000;
constexpr int kFavouriteBoost = 30'000;
constexpr int kCuratedBoost = 20'000;
constexpr int kRecentBoost = 10'000;
/// With empty text the curated foods come before everything else.
constexpr int kCuratedBoostEmptyQuery = 200'000;

constexpr qsizetype kMinSubstring = 3;
constexpr qsizetype kMinFuzzy = 4;
constexpr qsizetype kMinInflectedPrefix = 4;

QString normalizedWords(const std::vector<QString>& words)
{
    QString text;
    for (const QString& word : words) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += word;
    }
    return text;
}

quint8 classifyWord(const QString& token, const std::vector<QString>& tokenForms,
    const QString& word, const std::vector<QString>& wordForms)
{
    const qsizetype tokenSize = token.size();
    const qsizetype wordSize = word.size();
    if (wordSize > 0 && tokenSize > 0 && word.at(0) == token.at(0)) {
        if (word == token)
            return kSameWord;
        for (const QString& form : tokenForms) {
            if (form == word
                || std::find(wordForms.begin(), wordForms.end(), form) != wordForms.end())
                return kSameWordInflected;
        }
        if (word.startsWith(token))
            return kWordStart;
        for (const QString& form : tokenForms) {
            if (form.size() >= kMinInflectedPrefix && word.startsWith(form))
                return kWordStart;
        }
    }
    if (tokenSize >= kMinSubstring && wordSize > tokenSize && word.contains(token))
        return kSubstring;
    if (tokenSize >= kMinFuzzy) {
        const QStringView view(word);
        if (FoodText::withinOneEdit(token, view))
            return kFuzzy;
        // While typing: the start of the word with one mistake.
        for (qsizetype n = tokenSize; n <= tokenSize + 1 && n < wordSize; ++n) {
            if (FoodText::withinOneEdit(token, view.left(n)))
                return kFuzzy;
        }
    }
    return kNoMatch;
}

} // namespace

FoodSearch::FoodSearch(const FoodCatalogue& catalogue)
    : m_catalogue(catalogue)
{
    const std::vector<Food>& foods = catalogue.foods();
    const CuratedFoods& curated = catalogue.curated();
    m_indexed.resize(foods.size());
    for (std::size_t i = 0; i < foods.size(); ++i) {
        const Food& food = foods[i];
        Indexed& indexed = m_indexed[i];
        indexed.firstName = int(m_names.size());
        addName(food.name);
        indexed.curated = curated.indexOf(food.source, food.id);
        if (indexed.curated >= 0) {
            // An article food answers to all its names: the curated ones in both languages and
            // its twin's name in the other database, so both twins match alike and the UI
            // language decides between them.
            const CuratedFood& entry = curated.foods()[std::size_t(indexed.curated)];
            for (const QString& name : entry.searchNames())
                addName(name);
            const Food* twin = food.source == FoodSource::Slv
                ? catalogue.find(FoodSource::Usda, entry.usdaId)
                : catalogue.find(FoodSource::Slv, entry.slvId);
            if (twin)
                addName(twin->name);
        }
        indexed.nameCount = int(m_names.size()) - indexed.firstName;
    }
    m_wordForms.reserve(m_words.size());
    for (const QString& word : m_words) {
        std::vector<QString> forms = FoodText::forms(word);
        forms.erase(forms.begin()); // the word itself is compared first
        m_wordForms.push_back(std::move(forms));
    }
    m_wordIds.clear();

    // A fixed order for ties: folded name, then source, then id.
    std::vector<int> order(foods.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this, &foods](int a, int b) {
        const QString& nameA = m_names[std::size_t(m_indexed[std::size_t(a)].firstName)].normalized;
        const QString& nameB = m_names[std::size_t(m_indexed[std::size_t(b)].firstName)].normalized;
        if (nameA != nameB)
            return nameA < nameB;
        const Food& foodA = foods[std::size_t(a)];
        const Food& foodB = foods[std::size_t(b)];
        if (foodA.source != foodB.source)
            return foodA.source < foodB.source;
        return foodA.id < foodB.id;
    });
    for (std::size_t rank = 0; rank < order.size(); ++rank)
        m_indexed[std::size_t(order[rank])].nameRank = int(rank);
}

int FoodSearch::wordId(const QString& word)
{
    const auto found = m_wordIds.constFind(word);
    if (found != m_wordIds.constEnd())
        return found.value();
    const int id = int(m_words.size());
    m_words.push_back(word);
    m_wordIds.insert(word, id);
    return id;
}

void FoodSearch::addName(const QString& name)
{
    const std::vector<QString> words = FoodText::words(TextFolding::fold(name));
    Name entry;
    entry.firstWord = int(m_nameWords.size());
    entry.wordCount = int(words.size());
    entry.normalized = normalizedWords(words);
    for (const QString& word : words)
        m_nameWords.push_back(wordId(word));
    m_names.push_back(std::move(entry));
}

std::vector<std::vector<quint8>> FoodSearch::classify(const std::vector<QString>& tokens) const
{
    std::vector<std::vector<quint8>> classes;
    classes.reserve(tokens.size());
    for (const QString& token : tokens) {
        const std::vector<QString> forms = FoodText::forms(token);
        std::vector<quint8> perWord(m_words.size(), kNoMatch);
        for (std::size_t w = 0; w < m_words.size(); ++w)
            perWord[w] = classifyWord(token, forms, m_words[w], m_wordForms[w]);
        classes.push_back(std::move(perWord));
    }
    return classes;
}

int FoodSearch::scoreName(const Name& name, const std::vector<std::vector<quint8>>& classes,
    const QString& normalizedQuery) const
{
    const int* words = m_nameWords.data() + name.firstWord;
    quint8 weakest = kSameWord;
    int classSum = 0;
    bool startsWithAToken = false;
    for (std::size_t t = 0; t < classes.size(); ++t) {
        const quint8* perWord = classes[t].data();
        quint8 best = kNoMatch;
        int bestPosition = -1;
        for (int w = 0; w < name.wordCount; ++w) {
            const quint8 found = perWord[words[w]];
            if (found > best) {
                best = found;
                bestPosition = w;
            }
        }
        if (best == kNoMatch)
            return -1;
        weakest = std::min(weakest, best);
        classSum += best;
        // A name that begins with a word asked for: the first token ("spenat" for "Spenat,
        // rå"), or any, since USDA's names lead with the kind of food ("pumpkin seeds" finds
        // "Seeds, pumpkin …" before "Fish, sunfish, pumpkin seed").
        if (bestPosition == 0 && best >= kWordStart)
            startsWithAToken = true;
    }

    int tier = kTierFuzzy;
    if (weakest >= kSameWordInflected)
        tier = kTierWords;
    else if (weakest >= kWordStart)
        tier = kTierWordStart;
    else if (weakest >= kSubstring)
        tier = kTierSubstring;
    if (weakest >= kWordStart) {
        if (name.normalized == normalizedQuery
            || (weakest >= kSameWordInflected && int(classes.size()) == name.wordCount))
            tier = kTierExact;
        else if (name.normalized.startsWith(normalizedQuery))
            tier = kTierPrefix;
    }
    const int detail = (startsWithAToken ? 3000 : 0) + classSum * 600 / int(classes.size())
        + (20 - std::min(name.wordCount, 20)) * 150;
    return tier * kTierWeight + detail;
}

std::vector<FoodMatch> FoodSearch::search(const FoodQuery& query) const
{
    const std::vector<Food>& foods = m_catalogue.foods();
    const std::vector<QString> tokens = FoodText::words(TextFolding::fold(query.text));
    const QString normalizedQuery = normalizedWords(tokens);
    const std::vector<std::vector<quint8>> classes = classify(tokens);

    // Favourites and recent foods, by position in the catalogue.
    enum : quint8 { kFavourite = 1, kRecent = 2 };
    std::vector<quint8> marks(foods.size(), 0);
    const auto mark = [this, &foods, &marks](const QSet<QString>& keys, quint8 flag) {
        for (const QString& key : keys) {
            const qsizetype colon = key.indexOf(QLatin1Char(':'));
            const auto source = foodSourceFromName(key.left(colon));
            if (colon < 0 || !source)
                continue;
            if (const Food* food = m_catalogue.find(*source, key.mid(colon + 1)))
                marks[std::size_t(food - foods.data())] |= flag;
        }
    };
    mark(query.favourites, kFavourite);
    mark(query.recent, kRecent);

    std::optional<FoodSource> preferred;
    if (query.language == QLatin1String("sv"))
        preferred = FoodSource::Slv;
    else if (query.language == QLatin1String("en"))
        preferred = FoodSource::Usda;

    struct Scored
    {
        int score;
        int rank;
        int index;
    };
    std::vector<Scored> scored;
    for (std::size_t i = 0; i < foods.size(); ++i) {
        const Food& food = foods[i];
        if (query.source && food.source != *query.source)
            continue;
        if (!query.group.isEmpty() && food.group != query.group)
            continue;
        if (query.richOnly && !FoodMagnesium::isRich(food))
            continue;
        const Indexed& indexed = m_indexed[i];
        int score = 0;
        if (!tokens.empty()) {
            score = -1;
            for (int n = 0; n < indexed.nameCount; ++n) {
                score = std::max(score,
                    scoreName(m_names[std::size_t(indexed.firstName) + std::size_t(n)], classes,
                        normalizedQuery));
            }
            if (score < 0)
                continue;
        }
        if (food.source == FoodSource::Custom || (preferred && food.source == *preferred))
            score += kLanguageBoost;
        if (marks[i] & kFavourite)
            score += kFavouriteBoost;
        if (marks[i] & kRecent)
            score += kRecentBoost;
        if (indexed.curated >= 0)
            score += tokens.empty() ? kCuratedBoostEmptyQuery - indexed.curated : kCuratedBoost;
        scored.push_back({score, indexed.nameRank, int(i)});
    }

    const auto better = [](const Scored& a, const Scored& b) {
        return a.score != b.score ? a.score > b.score : a.rank < b.rank;
    };
    const std::size_t count
        = query.limit > 0 ? std::min(scored.size(), std::size_t(query.limit)) : scored.size();
    std::partial_sort(scored.begin(), scored.begin() + std::ptrdiff_t(count), scored.end(), better);

    std::vector<FoodMatch> matches;
    matches.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const auto index = std::size_t(scored[i].index);
        matches.push_back({&foods[index], scored[i].score, m_indexed[index].curated >= 0,
            (marks[index] & kFavourite) != 0, (marks[index] & kRecent) != 0});
    }
    return matches;
}

} // namespace stilla
