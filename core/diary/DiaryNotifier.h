#pragma once

#include <QDate>
#include <QObject>

namespace stilla {

/// The one announcement of diary changes. The DiaryStore owns it and emits after each write
/// has been committed; models and views connect to it and refresh what they show.
class DiaryNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DiaryNotifier(QObject* parent = nullptr);

signals:
    /// One day was saved (created or replaced).
    void dayChanged(QDate date);
    /// One day was removed.
    void dayRemoved(QDate date);
    /// Many days changed at once (import, restore): reload everything.
    void diaryReset();
    /// One of the user's own foods was added, changed or removed.
    void customFoodsChanged();
    /// A food was marked or unmarked as a favourite.
    void favouritesChanged();
    /// Blood test results were added, changed or removed (DiaryStore::saveLabResult).
    void labResultsChanged();
    /// A self-experiment was planned, changed (paused, resumed, stopped) or removed.
    void experimentsChanged();
    /// The integrity check that ran while the diary was already open found it damaged: it is
    /// no longer written to (DiaryStore::IntegrityCheck::InBackground). @p message is for people.
    void damageFound(const QString& message);
};

} // namespace stilla
