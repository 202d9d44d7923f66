#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

// A counter's, kiosk's or display's connection to the hall host: authenticated requests to the
// hall API and its push channel, over TLS pinned to the host's certificate fingerprint (any
// other certificate is refused, whatever authority signed it). When the host goes away it
// says so (connectionLost), retries with growing pauses, and says when it is back
// (connectionRestored: time to fetch /api/v1/queue again). No widgets: the banner is the GUI's.
class HallClient : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        int status = 0;   // 0: no answer (host unreachable, TLS refused, timeout)
        QJsonObject json; // the body when it is a JSON object
        QByteArray body;
        QString error; // transport error, or the API's "message"
        bool ok() const { return status >= 200 && status < 300; }
        // An answer as it came (status 0: none; then error is the transport's).
        static Reply read(int status, const QByteArray &body, const QString &transportError);
    };
    using Callback = std::function<void(const Reply &)>;

    // host: "https://10.0.0.5:8443"; fingerprint as `serve` and `device add` print it. An empty
    // token sends no Authorization header (head office: requests are signed instead).
    HallClient(const QUrl &host, const QString &fingerprint, const QByteArray &token,
               QObject *parent = nullptr);
    ~HallClient() override;

    // GETs are retried (with the same backoff) up to `attempts` times while the host cannot be
    // reached. POSTs are sent once and never repeated behind the clerk's back: a lost answer
    // to call-next is reported (status 0), and the push or a GET of the queue tells what
    // happened.
    void get(const QString &path, Callback done, int attempts = 5);
    void post(const QString &path, const QJsonObject &body, Callback done);

    // The clerk's sign-in (POST /api/v1/sessions), sent with every later request; empty: none.
    void setStaffSession(const QByteArray &session);

    // Extra headers for each request (sent again on each attempt), computed from the verb, the
    // path and the body: head office's signed requests (docs/sync.md).
    using Signer = std::function<QList<QPair<QByteArray, QByteArray>>(
        const QByteArray &verb, const QString &path, const QByteArray &body)>;
    void setSigner(Signer signer);

    // Opens the push channel (/api/v1/events) and keeps it open until unsubscribe().
    void subscribe();
    void unsubscribe();
    bool isConnected() const;

    // Pauses between reconnection attempts: initial, doubling up to max (with jitter).
    void setBackoff(int initialMs, int maxMs);
    void setRequestTimeout(int ms);
    // The push channel is pinged this often; two intervals without an answer is a loss.
    void setKeepAlive(int ms);

Q_SIGNALS:
    void eventReceived(const QJsonObject &event);
    // The push channel opened for the first time.
    void connected();
    // The host cannot be reached (or presented another certificate); retrying.
    void connectionLost(const QString &reason);
    // Back after a loss; events may have been missed: resync.
    void connectionRestored();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
