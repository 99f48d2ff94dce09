#include "DiaryStore.h"

#include "BatchWrite.h"
#include "DayTable.h"
#include "DayValidation.h"
#include "DiaryCheck.h"
#include "DiaryFile.h"
#include "DiarySql.h"
#include "Schema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStringList>

#include <atomic>

namespace stilla {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

template<typename T> Result<T> failure(const Status& status)
{
    return Error {status.errorMessage()};
}

} // namespace

// ---- opening ---------------------------------------------------------------------------------

DiaryStore::DiaryStore(QString path, std::chrono::milliseconds busyTimeout)
    : m_path(std::move(path))
    , m_busyTimeout(busyTimeout)
    , m_notifier(std::make_unique<DiaryNotifier>())
{
    static std::atomic<int> counter {0};
    m_connectionName = QStringLiteral("stilla-diary-%1").arg(++counter);
}

DiaryStore::~DiaryStore()
{
    disconnect();
}

DiaryStore::OpenResult DiaryStore::open(
    const QString& path, std::chrono::milliseconds busyTimeout, IntegrityCheck integrity)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(absolute)) {
        const QString folder = QFileInfo(absolute).absolutePath();
        if (!QDir().mkpath(folder) || DiaryCheck::isReadOnly(absolute)) {
            return {nullptr, OpenProblem::ReadOnly,
                DiaryCheck::message(OpenProblem::ReadOnly, absolute)};
        }
        // Left-over journal files without their database must not be applied to a new one.
        for (const QString& companion : DiaryFile::companions(absolute)) {
            if (QFileInfo::exists(companion))
                QFile::rename(
                    companion, DiaryFile::unusedName(companion + QStringLiteral(".orphaned")));
        }
        if (auto created = DiaryFile::createPrivate(absolute); !created)
            return {nullptr, OpenProblem::Io, created.errorMessage()};
        qCInfo(lcDiary) << "Created a new diary";
    }
    std::unique_ptr<DiaryStore> store(new DiaryStore(absolute, busyTimeout));
    QString message;
    const OpenProblem problem = store->connect(message, integrity);
    if (problem != OpenProblem::None)
        return {nullptr, problem, message};
    return {std::move(store), OpenProblem::None, {}};
}

DiaryStore::OpenResult DiaryStore::openReadOnly(
    const QString& path, const QString& reason, std::chrono::milliseconds busyTimeout)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    std::unique_ptr<DiaryStore> store(new DiaryStore(absolute, busyTimeout));
    store->m_readOnly = true;
    store->m_readOnlyReason = reason;
    QString message;
    const OpenProblem problem = store->connectReadOnly(message);
    if (problem != OpenProblem::None)
        return {nullptr, problem, message};
    return {std::move(store), OpenProblem::None, {}};
}

DiaryStore::FileCheck DiaryStore::checkFile(
    const QString& path, std::chrono::milliseconds busyTimeout)
{
    return DiaryCheck::run(path, busyTimeout);
}

DiaryStore::OpenProblem DiaryStore::connect(QString& message, IntegrityCheck integrity)
{
    if (DiaryCheck::isReadOnly(m_path)) {
        message = DiaryCheck::message(OpenProblem::ReadOnly, m_path);
        return OpenProblem::ReadOnly;
    }
    if (auto finished = DiaryCheck::finishInterruptedChange(m_path, m_busyTimeout); !finished)
        qCWarning(lcDiary) << "Could not undo a change a crash cut short:"
                           << finished.errorMessage();
    // A restore cut short leaves the copy it was about to put in place: never used, so it goes.
    if (const int removed = DiaryFile::removeTemporaries(m_path, QStringLiteral(".incoming")))
        qCInfo(lcDiary) << "Removed" << removed << "files left by a restore that was cut short";
    const bool inBackground = integrity == IntegrityCheck::InBackground;
    FileCheck check = DiaryCheck::run(m_path, m_busyTimeout,
        inBackground ? DiaryCheck::Depth::WithoutIntegrity : DiaryCheck::Depth::Full);
    // Migrations write, so a diary that needs one (a new one included) is checked whole first.
    const bool checkLater = inBackground && check.problem == OpenProblem::None
        && check.schemaVersion == kSchemaVersion;
    if (inBackground && check.problem == OpenProblem::None && !checkLater)
        check = DiaryCheck::integrity(m_path, m_busyTimeout);
    if (check.problem != OpenProblem::None) {
        message = check.message;
        return check.problem;
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeout.count()));
    auto failed = [this, &message](const QString& detail, OpenProblem problem) {
        message = DiaryCheck::message(problem, m_path, detail);
        disconnect();
        return problem;
    };
    if (!m_db.open())
        return failed(DiarySql::describe(m_db.lastError()), DiaryCheck::classify(m_db.lastError()));

    QSqlQuery query(m_db);
    const QString pragmas[]
        = {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA user_version")};
    QVariant answers[std::size(pragmas)];
    for (std::size_t i = 0; i < std::size(pragmas); ++i) {
        if (!query.exec(pragmas[i])) {
            const QSqlError error = query.lastError();
            query = QSqlQuery();
            return failed(DiarySql::describe(error), DiaryCheck::classify(error));
        }
        if (query.next())
            answers[i] = query.value(0);
    }
    query = QSqlQuery();
    if (answers[0].toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcDiary) << "The diary is not in WAL mode:" << answers[0].toString();
    const int version = answers[3].toInt();
    if (version > kSchemaVersion)
        return failed({}, OpenProblem::TooNew);
    if (auto migrated = Schema::migrate(m_db, version); !migrated)
        return failed(migrated.errorMessage(), OpenProblem::Io);
    qCInfo(lcDiary) << "Opened the diary, schema version" << kSchemaVersion;
    m_integrity.forget();
    if (checkLater) {
        // Writes wait for the check (requireWritable). Damage is announced on the notifier's
        // thread, where damage() waits for the result; the notice is dropped if the store (and
        // its notifier) is gone.
        m_integrity.start(m_path, m_busyTimeout, m_notifier.get(), [this] {
            if (const auto damaged = damage(true))
                emit m_notifier->damageFound(*damaged);
        });
    }
    return OpenProblem::None;
}

std::optional<QString> DiaryStore::damage(bool wait) const
{
    if (wait)
        m_integrity.finish();
    else
        m_integrity.finishIfEnded();
    return m_integrity.damage();
}

Status DiaryStore::replaceDamaged(const QString& backupFile, const QDateTime& now)
{
    m_integrity.finish();
    if (!m_integrity.damage())
        return Error {
            tr("The diary %1 is not damaged, so it was not replaced.").arg(shown(m_path))};
    disconnect();
    auto aside = setAside(m_path, now);
    if (!aside)
        return Error {aside.errorMessage()};
    Status made = backupFile.isEmpty() ? DiaryFile::createPrivate(m_path)
                                       : installBackup(backupFile, m_path);
    if (!made) {
        // Put the damaged file back where it was, so nothing moves without the user's say.
        QFile::remove(m_path);
        if (auto back = DiaryFile::moveWithCompanions(*aside, m_path); !back)
            qCWarning(lcDiary) << "Could not move the damaged diary back:" << back.errorMessage();
        return made;
    }
    QString message;
    if (connect(message) != OpenProblem::None)
        return Error {message};
    qCInfo(lcDiary) << (backupFile.isEmpty() ? "Started a new diary in place of a damaged one"
                                             : "Restored a backup in place of a damaged diary");
    emit m_notifier->diaryReset();
    return {};
}

DiaryStore::OpenProblem DiaryStore::connectReadOnly(QString& message)
{
    const FileCheck check = DiaryCheck::run(m_path, m_busyTimeout);
    if (check.problem != OpenProblem::None) {
        message = check.message;
        return check.problem;
    }
    if (DiaryFile::inspect(m_path) == DiaryFile::Header::Empty) {
        message = tr("The diary %1 is new and empty, and Stilla may not set it up now: %2")
                      .arg(shown(m_path), m_readOnlyReason);
        return OpenProblem::ReadOnly;
    }
    if (check.schemaVersion < kSchemaVersion) {
        message = tr("The diary %1 was made by an earlier version of Stilla and must be updated "
                     "once before this version can show it, but Stilla may not change it now: "
                     "%2")
                      .arg(shown(m_path), m_readOnlyReason);
        return OpenProblem::ReadOnly;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    DiaryCheck::configureReadOnly(m_db, m_path, m_busyTimeout);
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        message
            = DiaryCheck::message(DiaryCheck::classify(error), m_path, DiarySql::describe(error));
        disconnect();
        return DiaryCheck::classify(error);
    }
    qCInfo(lcDiary) << "Opened the diary read-only, schema version" << check.schemaVersion;
    return OpenProblem::None;
}

void DiaryStore::disconnect()
{
    // The background check reads the file; it finishes before the file may be moved or closed.
    m_integrity.finish();
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString DiaryStore::shownPath() const
{
    return QDir::toNativeSeparators(m_path);
}

Status DiaryStore::requireOpen() const
{
    if (m_db.isValid() && m_db.isOpen())
        return {};
    return Error {tr("The diary %1 is closed after an earlier error. Restart Stilla to open it "
                     "again.")
                      .arg(shown(m_path))};
}

Status DiaryStore::requireWritable() const
{
    if (auto ok = requireOpen(); !ok)
        return ok;
    if (m_readOnly) {
        return Error {tr("The diary %1 is open read-only, so nothing was changed. %2")
                          .arg(shown(m_path), m_readOnlyReason)};
    }
    m_integrity.finish();
    if (m_integrity.damage())
        return Error {*m_integrity.damage()};
    return {};
}

Result<qint64> DiaryStore::setMaxPageCount(qint64 pages)
{
    if (auto ok = requireOpen(); !ok)
        return failure<qint64>(ok);
    auto value = DiarySql::scalar(m_db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    if (!value)
        return Error {value.errorMessage()};
    return value->toLongLong();
}

// ---- reading ---------------------------------------------------------------------------------

Result<std::optional<DayEntry>> DiaryStore::day(const QDate& date) const
{
    if (!date.isValid())
        return std::optional<DayEntry>();
    auto found = days(date, date);
    if (!found)
        return Error {found.errorMessage()};
    if (found->empty())
        return std::optional<DayEntry>();
    return std::optional<DayEntry>(std::move(found.value().front()));
}

Result<std::vector<DayEntry>> DiaryStore::days(const QDate& from, const QDate& to) const
{
    if (auto ok = requireOpen(); !ok)
        return failure<std::vector<DayEntry>>(ok);
    return DayTable::select(m_db, from, to);
}

Result<std::vector<QDate>> DiaryStore::datesWithEntries(const QDate& from, const QDate& to) const
{
    if (auto ok = requireOpen(); !ok)
        return failure<std::vector<QDate>>(ok);
    return DayTable::dates(m_db, from, to);
}

Result<QDate> DiaryStore::dateQuery(const QString& sql) const
{
    if (auto ok = requireOpen(); !ok)
        return failure<QDate>(ok);
    auto value = DiarySql::scalar(m_db, sql);
    if (!value)
        return Error {
            tr("Could not read the diary %1: %2.").arg(shown(m_path), value.errorMessage())};
    return value->isNull() ? QDate() : QDate::fromString(value->toString(), Qt::ISODate);
}

Result<QDate> DiaryStore::firstDate() const
{
    return dateQuery(QStringLiteral("SELECT min(date) FROM day"));
}

Result<QDate> DiaryStore::lastDate() const
{
    return dateQuery(QStringLiteral("SELECT max(date) FROM day"));
}

Result<int> DiaryStore::dayCount() const
{
    if (auto ok = requireOpen(); !ok)
        return failure<int>(ok);
    auto value = DiarySql::scalar(m_db, QStringLiteral("SELECT count(*) FROM day"));
    if (!value)
        return Error {
            tr("Could not read the diary %1: %2.").arg(shown(m_path), value.errorMessage())};
    return value->toInt();
}

Result<QString> DiaryStore::integrityCheck() const
{
    if (auto ok = requireOpen(); !ok)
        return failure<QString>(ok);
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error {DiarySql::describe(query.lastError())};
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString();
    return rows.join(u'\n');
}

Result<qint64> DiaryStore::changeToken() const
{
    if (auto ok = requireOpen(); !ok)
        return failure<qint64>(ok);
    auto value = DiarySql::scalar(m_db, QStringLiteral("SELECT change_token FROM diary_state"));
    if (!value)
        return Error {value.errorMessage()};
    return value->toLongLong();
}

// ---- writing ---------------------------------------------------------------------------------

Result<DayEntry> DiaryStore::save(const DayEntry& day)
{
    if (auto ok = requireWritable(); !ok)
        return failure<DayEntry>(ok);
    if (const QString errors = DayValidation::errors(day); !errors.isEmpty())
        return Error {
            tr("The day %1 was not saved: %2").arg(DayValidation::dateText(day.date), errors)};
    DayEntry stored = day;
    if (auto ok = DayTable::normalize(stored); !ok)
        return failure<DayEntry>(ok);
    if (stored.isEmpty()) {
        if (auto removed = remove(stored.date); !removed)
            return failure<DayEntry>(removed);
        return stored;
    }

    Status done = DiarySql::begin(m_db);
    if (done) {
        if (auto removed = DayTable::remove(m_db, stored.date); !removed)
            done = Error {removed.errorMessage()};
    }
    if (done)
        done = DayTable::insert(m_db, stored);
    if (done)
        done = DayTable::touch(m_db);
    if (done)
        done = DiarySql::commit(m_db);
    if (!done) {
        DiarySql::rollback(m_db);
        return Error {
            tr("Could not save %1 in the diary %2: %3. The diary was not changed.")
                .arg(DayValidation::dateText(stored.date), shown(m_path), done.errorMessage())};
    }
    emit m_notifier->dayChanged(stored.date);
    return stored;
}

Status DiaryStore::remove(const QDate& date)
{
    if (auto ok = requireWritable(); !ok)
        return ok;
    bool removed = false;
    Status done = DiarySql::begin(m_db);
    if (done) {
        auto result = DayTable::remove(m_db, date);
        if (result)
            removed = *result;
        else
            done = Error {result.errorMessage()};
    }
    if (done && removed)
        done = DayTable::touch(m_db);
    if (done)
        done = DiarySql::commit(m_db);
    if (!done) {
        DiarySql::rollback(m_db);
        return Error {tr("Could not remove %1 from the diary %2: %3. The diary was not changed.")
                          .arg(DayValidation::dateText(date), shown(m_path), done.errorMessage())};
    }
    if (removed)
        emit m_notifier->dayRemoved(date);
    return {};
}

Result<DiaryStore::SaveManyReport> DiaryStore::saveMany(const std::vector<DayEntry>& days,
    ConflictPolicy policy, const std::vector<LabResult>& labs,
    const std::vector<ExperimentPlan>& experiments)
{
    if (auto ok = requireWritable(); !ok)
        return failure<SaveManyReport>(ok);
    // Everything is checked before anything is written.
    BatchWrite batch(m_db, policy);
    if (auto ok = batch.check(days, labs, experiments); !ok)
        return failure<SaveManyReport>(ok);
    Status done = DiarySql::begin(m_db);
    if (done)
        done = batch.write();
    if (const QString conflicts = batch.conflicts(); done && !conflicts.isEmpty()) {
        DiarySql::rollback(m_db);
        return Error {conflicts};
    }
    const SaveManyReport& report = batch.report();
    const bool changed
        = report.added + report.replaced + report.labsSaved + report.experimentsSaved > 0;
    if (done && changed)
        done = DayTable::touch(m_db);
    if (done)
        done = DiarySql::commit(m_db);
    if (!done) {
        DiarySql::rollback(m_db);
        return Error {tr("Could not save the days in the diary %1: %2. The diary was not changed.")
                          .arg(shown(m_path), done.errorMessage())};
    }
    if (report.added + report.replaced > 0)
        emit m_notifier->diaryReset();
    if (report.labsSaved > 0)
        emit m_notifier->labResultsChanged();
    if (report.experimentsSaved > 0)
        emit m_notifier->experimentsChanged();
    return report;
}

} // namespace stilla
