#include "BackgroundIntegrityCheck.h"

#include "DiaryCheck.h"
#include "core/Logging.h"

#include <QMetaObject>
#include <QObject>

namespace stilla {

void BackgroundIntegrityCheck::start(const QString& path, std::chrono::milliseconds busyTimeout,
    QObject* context, std::function<void()> onDamage)
{
    m_running = std::async(std::launch::async,
        [path, busyTimeout, context, onDamage = std::move(onDamage)]() -> std::optional<QString> {
            const DiaryStore::FileCheck found = DiaryCheck::integrity(path, busyTimeout);
            if (found.problem == DiaryStore::OpenProblem::None)
                return std::nullopt;
            QMetaObject::invokeMethod(context, onDamage, Qt::QueuedConnection);
            return found.message;
        });
}

void BackgroundIntegrityCheck::finish()
{
    if (!m_running.valid())
        return;
    if (std::optional<QString> found = m_running.get()) {
        m_damage = std::move(found);
        qCWarning(lcDiary) << "The background integrity check failed; the diary is not written";
    }
}

void BackgroundIntegrityCheck::finishIfEnded()
{
    if (m_running.valid()
        && m_running.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
        finish();
}

} // namespace stilla
