#include "JsonLocator.h"

#include <algorithm>
#include <vector>

namespace stilla {

namespace {

struct Frame
{
    bool isArray = false;
    int index = -1; ///< arrays: index of the current element
    QString key; ///< objects: the current member's key
    QString path; ///< path of the container itself
};

QString childPath(const Frame& frame)
{
    if (frame.isArray)
        return frame.path + QLatin1Char('[') + QString::number(frame.index) + QLatin1Char(']');
    return frame.path.isEmpty() ? frame.key : frame.path + QLatin1Char('.') + frame.key;
}

} // namespace

QString JsonLocator::parentPath(const QString& path)
{
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    const qsizetype bracket = path.lastIndexOf(QLatin1Char('['));
    const qsizetype cut = std::max(dot, bracket);
    return cut < 0 ? QString() : path.left(cut);
}

QHash<QString, int> JsonLocator::lines(QStringView text, const QSet<QString>& paths)
{
    // Every ancestor is wanted too, for paths that are not in the file.
    QSet<QString> wanted;
    for (QString path : paths) {
        while (!path.isEmpty() && !wanted.contains(path)) {
            wanted.insert(path);
            path = parentPath(path);
        }
    }
    QHash<QString, int> found;
    std::vector<Frame> stack;
    int line = 1;
    bool expectKey = false; // inside an object, before a member's key

    const auto valueStarts = [&]() {
        if (stack.empty())
            return;
        const QString path = childPath(stack.back());
        if (wanted.contains(path) && !found.contains(path))
            found.insert(path, line);
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\n')) {
            ++line;
            continue;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r')
            || c == QLatin1Char(':'))
            continue;
        if (c == QLatin1Char('"')) {
            QString value;
            for (++i; i < text.size() && text[i] != QLatin1Char('"'); ++i) {
                if (text[i] == QLatin1Char('\\') && i + 1 < text.size()) {
                    ++i;
                    // Keys with escapes are matched by their escaped form; real keys have none.
                    value += QLatin1Char('\\');
                }
                if (expectKey && value.size() < 200)
                    value += text[i];
            }
            if (expectKey) {
                stack.back().key = value;
                expectKey = false;
            } else {
                valueStarts(); // JSON strings hold no raw line breaks: still the same line
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            if (!stack.empty()) {
                if (stack.back().isArray)
                    ++stack.back().index;
                else
                    expectKey = true;
            }
            continue;
        }
        if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            valueStarts();
            Frame frame;
            frame.isArray = c == QLatin1Char('[');
            frame.index = 0;
            frame.path = stack.empty() ? QString() : childPath(stack.back());
            stack.push_back(std::move(frame));
            expectKey = !stack.back().isArray;
            continue;
        }
        if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            if (!stack.empty())
                stack.pop_back();
            expectKey = false;
            continue;
        }
        // A number, true, false or null: read to its end.
        valueStarts();
        while (i + 1 < text.size() && text[i + 1] != QLatin1Char(',')
            && text[i + 1] != QLatin1Char('}') && text[i + 1] != QLatin1Char(']')
            && text[i + 1] != QLatin1Char('\n') && text[i + 1] != QLatin1Char(' '))
            ++i;
    }

    QHash<QString, int> result;
    for (const QString& path : paths) {
        QString at = path;
        while (!at.isEmpty() && !found.contains(at))
            at = parentPath(at);
        if (!at.isEmpty())
            result.insert(path, found.value(at));
    }
    return result;
}

} // namespace stilla
