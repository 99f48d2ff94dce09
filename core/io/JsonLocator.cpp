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

/// One pass over JSON text, keeping the stack of containers and the line, so the path of the
/// value being read is known at every point. No recursion: memory grows with nesting depth.
class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    { }

    /// Reads the text to its end (or, with @p stopAt, to that position), calling
    /// @p valueStarts(path, line) where each value begins.
    template<typename ValueStarts> void run(ValueStarts valueStarts, qsizetype stopAt = -1)
    {
        const qsizetype end = stopAt < 0 ? m_text.size() : std::min(stopAt, m_text.size());
        const auto startValue = [&]() {
            if (!m_stack.empty() && m_stack.size() <= kMaxDepth)
                valueStarts(childPath(m_stack.back()), m_line);
        };
        for (qsizetype i = 0; i < end; ++i) {
            const QChar c = m_text[i];
            if (c == QLatin1Char('\n')) {
                ++m_line;
                continue;
            }
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r')
                || c == QLatin1Char(':'))
                continue;
            if (c == QLatin1Char('"')) {
                QString value;
                for (++i; i < end && m_text[i] != QLatin1Char('"'); ++i) {
                    if (m_text[i] == QLatin1Char('\\') && i + 1 < end) {
                        ++i;
                        // Keys with escapes are matched by their escaped form; real keys have
                        // none.
                        value += QLatin1Char('\\');
                    }
                    if (m_expectKey && value.size() < 200)
                        value += m_text[i];
                }
                if (i >= end)
                    return; // stopped inside the string
                if (m_expectKey) {
                    m_stack.back().key = value;
                    m_expectKey = false;
                } else {
                    startValue(); // JSON strings hold no raw line breaks: still the same line
                }
                continue;
            }
            if (c == QLatin1Char(',')) {
                if (!m_stack.empty()) {
                    if (m_stack.back().isArray)
                        ++m_stack.back().index;
                    else
                        m_expectKey = true;
                }
                continue;
            }
            if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
                startValue();
                Frame frame;
                frame.isArray = c == QLatin1Char('[');
                frame.index = 0;
                // Deeper containers keep no path: each would copy its parent's, and a file
                // nested 100,000 levels deep would need gigabytes.
                if (!m_stack.empty() && m_stack.size() < kMaxDepth)
                    frame.path = childPath(m_stack.back());
                m_stack.push_back(std::move(frame));
                m_expectKey = !m_stack.back().isArray;
                continue;
            }
            if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
                if (!m_stack.empty())
                    m_stack.pop_back();
                m_expectKey = false;
                continue;
            }
            // A number, true, false or null: read to its end.
            startValue();
            while (i + 1 < end && m_text[i + 1] != QLatin1Char(',')
                && m_text[i + 1] != QLatin1Char('}') && m_text[i + 1] != QLatin1Char(']')
                && m_text[i + 1] != QLatin1Char('\n') && m_text[i + 1] != QLatin1Char(' '))
                ++i;
        }
    }

    /// Where run() stopped: the path of the value being read there, or of the object whose
    /// key is being read; "" at the top level.
    QString currentPath() const
    {
        if (m_stack.empty())
            return QString();
        // Past kMaxDepth (a file nested far deeper than any diary) the path stops there.
        if (m_stack.size() > kMaxDepth)
            return childPath(m_stack[kMaxDepth - 1]);
        return m_expectKey ? m_stack.back().path : childPath(m_stack.back());
    }

private:
    /// Paths are kept this deep; a diary's go no deeper than five ("days[0].foods[1].name").
    static constexpr std::size_t kMaxDepth = 8;

    QStringView m_text;
    std::vector<Frame> m_stack;
    int m_line = 1;
    bool m_expectKey = false; // inside an object, before a member's key
};

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
    Scanner(text).run([&](const QString& path, int line) {
        if (wanted.contains(path) && !found.contains(path))
            found.insert(path, line);
    });

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

QString JsonLocator::pathAt(QStringView text, qsizetype position)
{
    Scanner scanner(text);
    scanner.run([](const QString&, int) {}, position);
    return scanner.currentPath();
}

} // namespace stilla
