// The branch's side of the nightly sync (app/sync/syncclient): a whole run of SyncClient on the
// demo branch against a head office whose answers are the input. The input is a list of answers
// separated by lines of "--": each is "STATUS" on its first line (200 when it is not a number)
// and the body; "ack-all" answers every batch until the next GET. In the answer to GET
// /api/v1/updates, a "document" in place of an "envelope" is signed with the demo head office's
// key first, so the documents reach past their signatures.

#include "fuzzsupport.h"

#include "branch/branch.h"
#include "calendar/calendarupdate.h"
#include "catalogue/catalogue.h"
#include "crypto/signeddocument.h"
#include "outboxstore.h"
#include "sync/syncclient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace
{
struct Answer
{
    int status = 200;
    QByteArray body;
};

QList<Answer> answers(QByteArray input)
{
    QList<Answer> list;
    input.replace("\r\n", "\n");
    qsizetype from = 0;
    while (from <= input.size()) {
        qsizetype end = input.indexOf("\n--\n", from);
        if (end < 0) {
            end = input.size();
        }
        Answer a;
        a.body = input.mid(from, end - from);
        const qsizetype eol = a.body.indexOf('\n');
        bool number = false;
        const int status = a.body.left(eol < 0 ? a.body.size() : eol).trimmed().toInt(&number);
        if (number && status >= 0 && status < 1000) {
            a.status = status;
            a.body = eol < 0 ? QByteArray() : a.body.mid(eol + 1);
        }
        list.append(a);
        from = end + 4;
    }
    return list;
}

// The updates' documents, signed when given as "document" (with their format).
QByteArray resigned(const QByteArray &body)
{
    QJsonObject reply = QJsonDocument::fromJson(body).object();
    const QList<QPair<QString, QString>> kinds{
        {QStringLiteral("catalogue"), QLatin1String(Catalogue::Format)},
        {QStringLiteral("calendar"), QLatin1String(CalendarUpdate::Format)}};
    bool changed = false;
    for (const auto &[key, format] : kinds) {
        QJsonObject o = reply.value(key).toObject();
        if (o.value(QStringLiteral("document")).isObject()) {
            o.insert(QStringLiteral("envelope"),
                     QString::fromUtf8(FuzzSupport::signedByHeadOffice(
                         format, o.take(QStringLiteral("document")).toObject())));
            reply.insert(key, o);
            changed = true;
        }
    }
    return changed ? QJsonDocument(reply).toJson(QJsonDocument::Compact) : body;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::init(argc, argv);
    FuzzSupport::branch();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<Answer> script = answers(FuzzSupport::bytes(data, size));
    Branch &branch = FuzzSupport::branch();
    FuzzSupport::rolledBack([&] {
        SyncClient client(branch, QUrl(QStringLiteral("https://hq.invalid:9443")),
                          QStringLiteral("SHA256:fuzz"));
        client.setBatchLimits(40, 64 * 1024);
        qsizetype next = 0;
        int requests = 0;
        client.setTransport([&](const QByteArray &verb, const QString &path,
                                const QJsonObject &body, const HallClient::Callback &done) {
            // A run that keeps asking after the script is over meets a head office gone away.
            if (++requests > 200) {
                FuzzSupport::violated("a sync run does not end", path);
            }
            // "ack-all" answers every batch as a good head office does, until a GET comes.
            const auto ackAll = [&] {
                return next < script.size() && script.at(next).body.trimmed() == "ack-all";
            };
            if (verb == "POST" && ackAll()) {
                const QJsonArray events = body.value(QStringLiteral("events")).toArray();
                const QJsonObject reply{
                    {QStringLiteral("acknowledged"),
                     events.isEmpty() ? 0 : events.last()[QStringLiteral("seq")].toInteger()},
                    {QStringLiteral("stored"), events.size()},
                    {QStringLiteral("duplicates"), 0}};
                done(HallClient::Reply::read(200, QJsonDocument(reply).toJson(), {}));
                return;
            }
            while (verb == "GET" && ackAll()) {
                ++next;
            }
            if (next >= script.size()) {
                done(HallClient::Reply::read(0, {}, QStringLiteral("Connection refused")));
                return;
            }
            const Answer &a = script.at(next++);
            const bool updates = verb == "GET" && path.startsWith(QLatin1String("/api/v1/updates"));
            done(HallClient::Reply::read(a.status, updates ? resigned(a.body) : a.body, {}));
        });
        bool finished = false;
        SyncClient::Summary summary;
        QObject::connect(&client, &SyncClient::finished, [&](const SyncClient::Summary &s) {
            finished = true;
            summary = s;
        });
        client.start();
        if (!finished) {
            FuzzSupport::violated("a sync run with every answer given did not finish");
        }
        if (!summary.ok && summary.error.isEmpty()) {
            FuzzSupport::violated("a failed sync says nothing");
        }
        // Only what head office acknowledged is marked, and it acknowledged only what was sent:
        // a watermark beyond the branch's last event would skip the events that take its numbers.
        const qint64 written = OutboxStore(branch.database()).lastSeq();
        if (summary.acknowledged < 0 || summary.acknowledged > written || summary.pending < 0
            || summary.stored < 0 || summary.duplicates < 0 || summary.stored > summary.sent
            || summary.duplicates > summary.sent) {
            FuzzSupport::violated("the summary's figures are beyond what was written or sent",
                                  QStringLiteral("acknowledged %1 of %2, stored %3, duplicates %4, "
                                                 "sent %5")
                                      .arg(summary.acknowledged)
                                      .arg(written)
                                      .arg(summary.stored)
                                      .arg(summary.duplicates)
                                      .arg(summary.sent));
        }
    });
    return 0;
}
