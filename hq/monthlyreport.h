#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class HqDatabase;

// The network's month from the branches' events (kinds are the audit actions of app/): per
// branch and for the network, tickets issued / served / no-shows, cases accepted, one-time
// notices, ratings and bad ratings, complaints received / closed; and how branches compare.
class MonthlyReport
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReport)
public:
    struct Row
    {
        QString code; // empty for the network's total
        QString name;
        qint64 issued = 0;
        qint64 served = 0;
        qint64 noShows = 0;
        qint64 casesAccepted = 0;
        qint64 notices = 0;
        qint64 ratings = 0;
        qint64 badRatings = 0;
        qint64 complaints = 0;
        qint64 complaintsClosed = 0;

        // Percentages (0 when the base is 0).
        double noShowRate() const;
        double badRatingRate() const;
        double share(const Row &network) const; // of the network's tickets served
    };

    // The month (its first day) in the given IANA time zone; throws HqDbError (also for an
    // unknown time zone).
    static MonthlyReport run(HqDatabase &db, const QDate &month, const QString &timeZone);

    QDate month;
    QString timeZone;
    QList<Row> branches; // every registered branch, by code
    Row network;

    QString text() const;
    // One line per branch and a final network line; the same figures and the comparison.
    QByteArray csv() const;
};
