#include "FoodPackWriter.h"

#include "core/foods/FoodPackFormat.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace stilla::foodpack {

namespace {

template<typename T> void put(QByteArray& out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, qsizetype(sizeof(T)));
}

void putDouble(QByteArray& out, double value)
{
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    put<quint64>(out, bits);
}

} // namespace

quint32 FoodPackWriter::intern(const QString& text)
{
    const auto found = m_stringIndex.constFind(text);
    if (found != m_stringIndex.constEnd())
        return found.value();
    const auto index = quint32(m_strings.size());
    m_strings.push_back(text.toUtf8());
    m_stringIndex.insert(text, index);
    return index;
}

QByteArray FoodPackWriter::write()
{
    std::sort(m_foods.begin(), m_foods.end(), [](const Food& a, const Food& b) {
        if (a.source != b.source)
            return a.source < b.source;
        return a.id < b.id;
    });
    struct Record
    {
        quint8 source;
        quint32 id, name, group, firstPortion;
        double magnesium;
        quint16 portionCount;
    };
    struct PortionRecord
    {
        quint32 label;
        double grams;
    };
    std::vector<Record> foods;
    std::vector<PortionRecord> portions;
    for (const Food& food : m_foods) {
        foods.push_back({food.source, intern(food.id), intern(food.name), intern(food.group),
            quint32(portions.size()), food.magnesiumPer100g, quint16(food.portions.size())});
        for (const Portion& portion : food.portions)
            portions.push_back({intern(portion.label), portion.grams});
    }

    QByteArray out;
    out.append(kMagic, sizeof kMagic);
    put<quint32>(out, kVersion);
    put<quint32>(out, quint32(m_strings.size()));
    put<quint32>(out, quint32(foods.size()));
    put<quint32>(out, quint32(portions.size()));
    quint32 dataSize = 0;
    for (const QByteArray& text : m_strings)
        dataSize += quint32(text.size());
    put<quint32>(out, dataSize);
    quint32 end = 0;
    for (const QByteArray& text : m_strings) {
        end += quint32(text.size());
        put<quint32>(out, end);
    }
    for (const QByteArray& text : m_strings)
        out.append(text);
    for (const Record& food : foods) {
        put<quint8>(out, food.source);
        put<quint32>(out, food.id);
        put<quint32>(out, food.name);
        put<quint32>(out, food.group);
        putDouble(out, food.magnesium);
        put<quint32>(out, food.firstPortion);
        put<quint16>(out, food.portionCount);
    }
    for (const PortionRecord& portion : portions) {
        put<quint32>(out, portion.label);
        putDouble(out, portion.grams);
    }
    put<quint32>(out, quint32(out.size()));
    return out;
}

} // namespace stilla::foodpack
