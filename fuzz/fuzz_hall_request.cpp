// The hall host's API (app/hall/hallapi, hallserver): a request as a device, a customer's phone
// or anyone on the LAN sends it, without a socket. The input is the request as it is written:
//   METHOD TARGET            (TARGET: path and query, percent-encoded as sent)
//   Name: value              (headers; the header block also goes through ConnectionGuard's check)
//                            (a blank line)
//   body
// In the target and the header values $COUNTER, $KIOSK and $DISPLAY stand for paired devices'
// tokens, $TICKET for a ticket issued today and $STAFF for a clerk's sign-in at window 2, so
// that inputs reach past authentication. Each request's changes are rolled back.

#include "fuzzsupport.h"

#include "branch/branch.h"
#include "branchstore.h"
#include "core/clock.h"
#include "database.h"
#include "hall/devicedirectory.h"
#include "hall/hallapi.h"
#include "hall/hallserver.h"
#include "hall/stafftokens.h"
#include "queue/ticketqueue.h"

#include <QJsonDocument>
#include <QUrl>

namespace
{
QList<QPair<QByteArray, QByteArray>> placeholders;
HallApi *api = nullptr;

void setUp()
{
    Branch &branch = FuzzSupport::branch();
    DeviceDirectory devices(branch);
    const auto pair = [&](Device::Role role, const char *name) {
        return devices.add(role, QLatin1String(name), QStringLiteral("fuzz")).token;
    };
    placeholders.append({"$COUNTER", pair(Device::Role::Counter, "Counter 2")});
    placeholders.append({"$KIOSK", pair(Device::Role::Kiosk, "Kiosk")});
    placeholders.append({"$DISPLAY", pair(Device::Role::Display, "Display")});
    TicketQueue queue(branch);
    TicketQueue::IssueRequest issue;
    issue.serviceCode = QStringLiteral("INS-BQ-CONTACT");
    const TicketQueue::Result ticket = queue.issue(issue, QStringLiteral("fuzz"));
    queue.issue(issue, QStringLiteral("fuzz"));
    placeholders.append({"$TICKET", ticket.ticket.token.toLatin1()});
    const auto clerk = BranchStore(branch.database()).staffByLogin(QStringLiteral("limin"));
    Session session{clerk->id, clerk->login, clerk->displayName, clerk->role, 2};
    placeholders.append({"$STAFF", StaffTokens(branch).issue(session, Clock::nowUtc())});
    api = new HallApi(branch);
}

QByteArray substituted(QByteArray text)
{
    for (const auto &[name, value] : placeholders) {
        text.replace(name, value);
    }
    return text;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::init(argc, argv);
    setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input = FuzzSupport::bytes(data, size);
    input.replace("\r\n", "\n");
    qsizetype blank = input.indexOf("\n\n");
    const QByteArray head = blank < 0 ? input : input.left(blank);
    const QByteArray body = blank < 0 ? QByteArray() : input.mid(blank + 2);

    HallLimits limits;
    const HallHttp::HeaderCheck check = HallHttp::checkHeader(head, limits);
    if (check.status != 0 && (check.code.isEmpty() || check.message.isEmpty())) {
        FuzzSupport::violated("a refused header without a code or message");
    }

    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    HallRequest r;
    r.method = requestLine.value(0);
    const QUrl url = QUrl::fromEncoded(substituted(requestLine.value(1)));
    r.path = url.path();
    r.query = QUrlQuery(url);
    r.body = body;
    r.peer = QStringLiteral("192.0.2.7");
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
        const QByteArray value = substituted(lines.at(i).mid(colon + 1).trimmed());
        if (name == "authorization") {
            r.authorization = value;
        } else if (name == "content-type") {
            r.contentType = value;
        } else if (name == "x-staff-session") {
            r.staffSession = value;
        }
    }

    FuzzSupport::rolledBack([&] {
        const HallResponse response = api->handle(r);
        if (response.status < 200 || response.status > 599) {
            FuzzSupport::violated("a status that is no HTTP answer",
                                  QString::number(response.status));
        }
        if (response.contentType.startsWith("application/json")
            && !QJsonDocument::fromJson(response.body).isObject()) {
            FuzzSupport::violated("a JSON answer that is not a JSON object");
        }
        if (response.status >= 400 && response.status != 404 && response.contentType.isEmpty()) {
            FuzzSupport::violated("an error without a body", QString::number(response.status));
        }
        for (const auto &[name, value] : response.headers) {
            if (name.contains('\n') || value.contains('\n') || value.contains('\r')) {
                FuzzSupport::violated("a header that splits the answer",
                                      QString::fromLatin1(name + ": " + value));
            }
        }
        const QByteArray wire = HallHttp::response(response, false);
        if (!wire.startsWith("HTTP/1.1 ")) {
            FuzzSupport::violated("an answer that is no HTTP/1.1");
        }
    });
    return 0;
}
