#include "FoodPack.h"

#include "FoodPackFormat.h"

#include <QtEndian>

#include <cstring>

namespace stilla {

namespace {

/// Reads little-endian values from a byte range, remembering whether it ran past the end.
class Reader
{
public:
    Reader(const char* data, qsizetype size)
        : m_data(data)
        , m_size(size)
    { }

    bool has(qsizetype bytes) const { return bytes >= 0 && m_pos <= m_size - bytes; }
    template<typename T> T get()
    {
        if (!has(qsizetype(sizeof(T)))) {
            m_failed = true;
            return T {};
        }
        const T value = qFromLittleEndian<T>(m_data + m_pos);
        m_pos += qsizetype(sizeof(T));
        return value;
    }
    double getDouble()
    {
        const quint64 bits = get<quint64>();
        double value = 0;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    const char* take(qsizetype bytes)
    {
        if (!has(bytes)) {
            m_failed = true;
            return nullptr;
        }
        const char* start = m_data + m_pos;
        m_pos += bytes;
        return start;
    }
    qsizetype pos() const { return m_pos; }
    bool failed() const { return m_failed; }

private:
    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

} // namespace

Result<std::vector<Food>> FoodPack::read(const QByteArray& pack)
{
    const auto damaged = [](const QString& detail) {
        return Error {tr("The food catalogue in this build of Stilla is damaged (%1). Please "
                         "reinstall Stilla.")
                          .arg(detail)};
    };
    if (pack.size() < foodpack::kHeaderSize + 4
        || std::memcmp(pack.constData(), foodpack::kMagic, sizeof foodpack::kMagic) != 0)
        return damaged(QStringLiteral("not a food pack"));
    Reader in(pack.constData(), pack.size());
    in.take(sizeof foodpack::kMagic);
    const quint32 version = in.get<quint32>();
    if (version != foodpack::kVersion)
        return damaged(
            QStringLiteral("version %1, expected %2").arg(version).arg(foodpack::kVersion));
    const quint32 stringCount = in.get<quint32>();
    const quint32 foodCount = in.get<quint32>();
    const quint32 portionCount = in.get<quint32>();
    const quint32 dataSize = in.get<quint32>();
    const qint64 expected = qint64(foodpack::kHeaderSize) + 4 * qint64(stringCount) + dataSize
        + qint64(foodCount) * foodpack::kFoodRecordSize
        + qint64(portionCount) * foodpack::kPortionRecordSize + 4;
    if (expected != pack.size())
        return damaged(QStringLiteral("%1 bytes, expected %2").arg(pack.size()).arg(expected));

    // The strings: each distinct text once; foods and portions share them.
    const char* ends = in.take(4 * qsizetype(stringCount));
    const char* data = in.take(qsizetype(dataSize));
    std::vector<QString> strings;
    strings.reserve(stringCount);
    quint32 start = 0;
    for (quint32 i = 0; i < stringCount; ++i) {
        const quint32 end = qFromLittleEndian<quint32>(ends + 4 * qsizetype(i));
        if (end < start || end > dataSize)
            return damaged(QStringLiteral("string %1").arg(i));
        strings.push_back(QString::fromUtf8(data + start, qsizetype(end - start)));
        start = end;
    }
    const auto text = [&strings](quint32 index, bool& ok) {
        if (index >= strings.size()) {
            ok = false;
            return QString();
        }
        return strings[index];
    };

    const char* foodBytes = in.take(qsizetype(foodCount) * foodpack::kFoodRecordSize);
    Reader portionsIn(in.take(qsizetype(portionCount) * foodpack::kPortionRecordSize),
        qsizetype(portionCount) * foodpack::kPortionRecordSize);
    if (in.get<quint32>() != quint32(pack.size() - 4) || in.failed())
        return damaged(QStringLiteral("truncated"));

    std::vector<Food> foods(foodCount);
    Reader foodsIn(foodBytes, qsizetype(foodCount) * foodpack::kFoodRecordSize);
    bool ok = true;
    quint32 nextPortion = 0;
    for (Food& food : foods) {
        const quint8 source = foodsIn.get<quint8>();
        food.source = source == 0 ? FoodSource::Slv : FoodSource::Usda;
        food.id = text(foodsIn.get<quint32>(), ok);
        food.name = text(foodsIn.get<quint32>(), ok);
        food.group = text(foodsIn.get<quint32>(), ok);
        food.magnesiumPer100g = foodsIn.getDouble();
        const quint32 first = foodsIn.get<quint32>();
        const quint16 count = foodsIn.get<quint16>();
        // Portions are stored in food order, so they are read one after the other.
        if (source > 1 || first != nextPortion || qint64(first) + count > qint64(portionCount)
            || !ok)
            return damaged(QStringLiteral("food %1").arg(food.id));
        nextPortion += count;
        food.portions.reserve(count);
        for (quint16 p = 0; p < count; ++p) {
            FoodPortion portion;
            portion.label = text(portionsIn.get<quint32>(), ok);
            portion.grams = portionsIn.getDouble();
            food.portions.push_back(std::move(portion));
        }
    }
    if (!ok || foodsIn.failed() || portionsIn.failed())
        return damaged(QStringLiteral("index out of range"));
    return foods;
}

} // namespace stilla
