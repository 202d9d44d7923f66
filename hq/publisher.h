#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

class HqDatabase;

// What head office publishes to every branch: the service catalogue (fees inside) and the
// working-day calendar, each a SignedDocument by head office's key, versioned and stored in
// published_documents. GET /api/v1/updates hands out the newest.
class Publisher
{
    Q_DECLARE_TR_FUNCTIONS(Publisher)
public:
    static constexpr const char *CalendarFormat = "counterdesk.calendar";
    static constexpr const char *CatalogueKind = "catalogue";
    static constexpr const char *CalendarKind = "calendar";

    struct Result
    {
        bool ok = false;
        int version = 0;
        QString message;
    };
    struct Published
    {
        int version = 0;
        QByteArray envelope;
    };

    explicit Publisher(HqDatabase &db)
        : m_db(db)
    {}

    // Checks the catalogue as a branch would, gives it the next version when its own "version"
    // is not newer than the newest published, signs and stores it.
    Result publishCatalogue(const QByteArray &json, const QByteArray &privateSeed);
    // Checks the calendar file, signs {"version", "published", "tsv"} and stores it; the version
    // must be newer than the newest published.
    Result publishCalendar(const QString &tsv, int version, const QByteArray &privateSeed,
                           const QDate &published);

    // The newest published document of a kind when its version is above `than`.
    std::optional<Published> newest(const char *kind, qint64 than);
    int newestVersion(const char *kind);

private:
    bool store(const char *kind, int version, const QByteArray &envelope, QString *refusal);

    HqDatabase &m_db;
};
