#include "branch.h"

#include "branchstore.h"
#include "core/clock.h"
#include "core/datadir.h"
#include "dailylogstore.h"
#include "database.h"
#include "outboxstore.h"
#include "staff/passwordhasher.h"
#include "validation/masking.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace
{
} // namespace

Branch::Branch(std::unique_ptr<Database> db, QString dataDir)
    : m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
{}

Branch::~Branch() = default;

std::unique_ptr<Branch> Branch::open(const QString &dataDir, const QByteArray &passphrase)
{
    auto db =
        Database::open(DataDir::databasePath(dataDir), passphrase, Database::Mode::OpenExisting);
    std::unique_ptr<Branch> branch(new Branch(std::move(db), dataDir));
    branch->loadInfo();
    return branch;
}

std::unique_ptr<Branch> Branch::adopt(std::unique_ptr<Database> db, const QString &dataDir)
{
    std::unique_ptr<Branch> branch(new Branch(std::move(db), dataDir));
    branch->loadInfo();
    return branch;
}

std::unique_ptr<Branch> Branch::create(const QString &dataDir, const QByteArray &passphrase,
                                       const BranchInfo &info, const QString &actor)
{
    const QString codeProblem = checkCode(info.code);
    if (!codeProblem.isEmpty()) {
        throw DbException({DbError::Kind::Other, codeProblem});
    }
    if (info.name.trimmed().isEmpty()) {
        throw DbException({DbError::Kind::Other, tr("The branch needs a name.")});
    }
    if (!QTimeZone(info.timeZone.toUtf8()).isValid()) {
        throw DbException({DbError::Kind::Other, tr("Unknown time zone: %1").arg(info.timeZone)});
    }
    if (!QDir().mkpath(dataDir)) {
        throw DbException(
            {DbError::Kind::ReadOnly,
             tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dataDir))});
    }
    // Only the branch's own account may look inside its folder.
    QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    auto db = Database::open(DataDir::databasePath(dataDir), passphrase, Database::Mode::CreateNew);
    std::unique_ptr<Branch> branch(new Branch(std::move(db), dataDir));
    branch->m_zone = QTimeZone(info.timeZone.toUtf8());
    const QString now = Clock::isoUtc(Clock::nowUtc());
    branch->record(
        {actor, QStringLiteral("branch.create"), QStringLiteral("branch:") + info.code,
         QJsonObject{{QStringLiteral("code"), info.code},
                     {QStringLiteral("name"), info.name},
                     {QStringLiteral("timeZone"), info.timeZone}}},
        [&](AuditEvent &) {
            BranchStore(*branch->m_db).setBranch({info.code, info.name, info.timeZone, now});
        });
    branch->loadInfo();
    return branch;
}

QString Branch::checkCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{2,12}$"));
    if (!re.match(code).hasMatch()) {
        return tr("A branch code is 2 to 12 capital letters or digits (e.g. BJ0101).");
    }
    return {};
}

void Branch::loadInfo()
{
    if (const auto row = BranchStore(*m_db).branch()) {
        m_info = {row->code, row->name, row->timeZone};
    }
    m_zone = QTimeZone(m_info.timeZone.toUtf8());
    if (!m_zone.isValid()) {
        m_zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
    }
}

QDate Branch::businessDay(const QDateTime &utc) const
{
    return utc.toTimeZone(m_zone).date();
}

qint64 Branch::record(AuditEvent event, const std::function<void(AuditEvent &)> &change)
{
    return m_db->transaction([&] {
        // "Now" is read once the write lock is held: entries from several counters then follow
        // each other in time, and none can land on a business day the chain has already left.
        const QDateTime now = Clock::nowUtc();
        const QString at = Clock::isoUtc(now);
        const QString day = businessDay(now).toString(Qt::ISODate);
        if (lockedBySignedDay(event.action) && DailyLogStore(*m_db).isSigned(day)) {
            if (m_authorisedBy.isEmpty()) {
                throw DaySigned(tr("The daily log of %1 is signed: a manager must authorise any "
                                   "further change to that day.")
                                    .arg(day));
            }
            event.payload.insert(QStringLiteral("signedDayAuthorisedBy"), m_authorisedBy);
        }
        if (change) {
            change(event);
        }
        const qint64 seq = AuditChain(*m_db).append(event, at, day);
        QJsonObject envelope{{QStringLiteral("auditSeq"), seq},
                             {QStringLiteral("at"), at},
                             {QStringLiteral("actor"), event.actor},
                             {QStringLiteral("subject"), event.subject},
                             {QStringLiteral("payload"), event.payload}};
        if (!event.forHeadOffice.isEmpty()) {
            envelope.insert(QStringLiteral("forHeadOffice"), event.forHeadOffice);
        }
        OutboxStore(*m_db).insert(
            at, event.action,
            QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Compact)), seq);
        return seq;
    });
}

void Branch::changeSettings(const QMap<QString, QString> &values, const QString &actor)
{
    if (values.isEmpty()) {
        return;
    }
    QJsonObject payload;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        payload.insert(it.key(), it.value());
    }
    record({actor, QStringLiteral("setting.change"),
            QStringLiteral("settings:") + values.keys().join(QLatin1Char(',')), payload},
           [&](AuditEvent &) {
               BranchStore store(*m_db);
               for (auto it = values.cbegin(); it != values.cend(); ++it) {
                   store.setSetting(it.key(), it.value());
               }
           });
}

AuditChain::Verification Branch::verifyAudit()
{
    return AuditChain(*m_db).verify();
}

qint64 Branch::addStaff(const QString &actor, const QString &login, const QString &displayName,
                        const QString &role, const QString &password)
{
    const QString hash = PasswordHasher::hash(password); // slow: outside the transaction
    qint64 id = 0;
    record({actor, QStringLiteral("staff.create"), QStringLiteral("staff:") + login,
            QJsonObject{{QStringLiteral("login"), login},
                        {QStringLiteral("displayName"), displayName},
                        {QStringLiteral("role"), role}}},
           [&](AuditEvent &) {
               id = BranchStore(*m_db).insertStaff({0,
                                                    login,
                                                    displayName,
                                                    role,
                                                    hash,
                                                    true,
                                                    Clock::isoUtc(Clock::nowUtc()),
                                                    0,
                                                    {},
                                                    {}});
           });
    return id;
}

qint64 Branch::addCustomer(const QString &actor, const CustomerRow &customer)
{
    qint64 id = 0;
    // The audit payload keeps personal data masked: it travels to head office.
    QJsonObject payload{{QStringLiteral("name"), Masking::name(customer.name)}};
    if (!customer.idNumber.isEmpty()) {
        payload.insert(QStringLiteral("idNumber"), Masking::idNumber(customer.idNumber));
    }
    if (!customer.phone.isEmpty()) {
        payload.insert(QStringLiteral("phone"), Masking::phone(customer.phone));
    }
    record({actor, QStringLiteral("customer.create"), {}, payload}, [&](AuditEvent &event) {
        CustomerRow row = customer;
        row.createdUtc = Clock::isoUtc(Clock::nowUtc());
        id = BranchStore(*m_db).insertCustomer(row);
        event.subject = QStringLiteral("customer:") + QString::number(id);
    });
    return id;
}

QString Branch::archivePath(const QString &name) const
{
    const QDate day = businessDay(Clock::nowUtc());
    const QString dir = QDir(m_dataDir).absoluteFilePath(QStringLiteral("archive/")
                                                         + day.toString(QStringLiteral("yyyy-MM")));
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name + QStringLiteral(".pdf");
}

bool Branch::lockedBySignedDay(const QString &action)
{
    return action.startsWith(QLatin1String("case.")) || action.startsWith(QLatin1String("ticket."))
           || action.startsWith(QLatin1String("inquiry."))
           || action == QLatin1String("customer.create");
}
