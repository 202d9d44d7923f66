#include "auditchain.h"

#include "validation/masking.h"

#include "auditstore.h"
#include "database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace
{
QString sha256Hex(const QJsonArray &fields)
{
    // A compact JSON array is an unambiguous, canonical encoding of the fields.
    const QByteArray canonical = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}
} // namespace

QString AuditChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditChain::entryHash(const AuditRow &r)
{
    return sha256Hex({r.prevHash, QString::number(r.seq), r.atUtc, r.businessDay, r.actor, r.action,
                      r.subject, r.payload});
}

QString AuditChain::anchorHash(const QString &businessDay, const QString &prevHash)
{
    return sha256Hex({QStringLiteral("anchor"), businessDay, prevHash});
}

qint64 AuditChain::append(const AuditEvent &event, const QString &atUtc, const QString &businessDay)
{
    Q_ASSERT(m_db.inTransaction());
    AuditStore store(m_db);
    const std::optional<AuditRow> last = store.last();
    AuditRow row;
    row.seq = store.nextSeq();
    row.atUtc = atUtc;
    // A PC clock set back across midnight must not look like tampering: the chain's days never
    // go backwards (the entry keeps its real time in at_utc).
    row.businessDay = last && businessDay < last->businessDay ? last->businessDay : businessDay;
    row.actor = event.actor;
    row.action = event.action;
    row.subject = event.subject;
    row.payload = QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact));

    const QString previous = last ? last->hash : genesisHash();
    if (!last || last->businessDay != row.businessDay) {
        // A new business day: anchor it to where the chain stands.
        const AuditAnchorRow anchor{row.businessDay, row.seq, previous,
                                    anchorHash(row.businessDay, previous)};
        store.insertAnchor(anchor);
        row.prevHash = anchor.anchorHash;
    } else {
        row.prevHash = previous;
    }
    row.hash = entryHash(row);
    store.insert(row);
    return row.seq;
}

AuditChain::Verification AuditChain::verify()
{
    AuditStore store(m_db);
    std::map<QString, AuditAnchorRow> anchors;
    for (AuditAnchorRow &a : store.anchors()) {
        anchors.emplace(a.businessDay, std::move(a));
    }

    Verification v;
    auto fail = [&v](qint64 seq, QString reason) {
        v.ok = false;
        v.firstBadSeq = seq;
        v.reason = std::move(reason);
        return false;
    };
    QString prevHash = genesisHash();
    QString prevDay;
    qint64 expectedSeq = 1;
    qint64 anchorsUsed = 0;

    store.forEach([&](const AuditRow &row) {
        if (row.seq != expectedSeq) {
            return fail(expectedSeq, row.seq > expectedSeq
                                         ? tr("entry %1 is missing (deleted)").arg(expectedSeq)
                                         : tr("entry %1 is out of order").arg(row.seq));
        }
        if (entryHash(row) != row.hash) {
            return fail(row.seq, tr("entry %1 does not match its hash (edited)").arg(row.seq));
        }
        QString expectedPrev = prevHash;
        if (row.businessDay != prevDay) {
            if (!prevDay.isEmpty() && row.businessDay < prevDay) {
                return fail(row.seq, tr("entry %1 goes back to an earlier business day (%2)")
                                         .arg(row.seq)
                                         .arg(row.businessDay));
            }
            const auto it = anchors.find(row.businessDay);
            if (it == anchors.end() || it->second.firstSeq != row.seq
                || it->second.prevHash != prevHash
                || it->second.anchorHash != anchorHash(row.businessDay, prevHash)) {
                return fail(row.seq, tr("the anchor of business day %1 does not match entry %2")
                                         .arg(row.businessDay)
                                         .arg(row.seq));
            }
            ++anchorsUsed;
            expectedPrev = it->second.anchorHash;
        }
        if (row.prevHash != expectedPrev) {
            return fail(row.seq, tr("entry %1 does not follow entry %2 (deleted or reordered)")
                                     .arg(row.seq)
                                     .arg(row.seq - 1));
        }
        prevHash = row.hash;
        prevDay = row.businessDay;
        ++expectedSeq;
        ++v.entries;
        return true;
    });
    if (!v.ok) {
        return v;
    }
    // Entries removed from the end leave the sequence's high-water mark behind.
    if (store.highWater() >= expectedSeq) {
        fail(expectedSeq, tr("entries from %1 on are missing (deleted)").arg(expectedSeq));
    } else if (anchorsUsed != static_cast<qint64>(anchors.size())) {
        fail(expectedSeq, tr("an anchor names a business day that has no entries"));
    }
    return v;
}

void AuditEvent::sendSms(const QString &phone, const QString &text)
{
    payload.insert(QStringLiteral("sms"), Masking::phone(phone));
    forHeadOffice.insert(QStringLiteral("sms"), QJsonObject{{QStringLiteral("to"), phone},
                                                            {QStringLiteral("text"), text}});
}
