#pragma once

#include "catalogue/localizedtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

// How long a step may take, in working days (calendar) or natural days (extended by weekday
// public holidays, seed 003).
struct TimeLimit
{
    enum class Kind { Working, Natural };
    int days = 0;
    Kind kind = Kind::Working;
    bool isSet() const { return days > 0; }
};

// One line of a service's document checklist.
struct ChecklistItem
{
    enum class Form { Original, Copy, OriginalAndCopy };
    QString document; // key into Catalogue::documents()
    Form form = Form::Original;
    int count = 1;
    QString condition; // empty: always; else a key into Catalogue::conditions()
    LocalizedText note;
};

struct Fee
{
    QString code;
    LocalizedText name;
    LocalizedText content;
    LocalizedText unit;
    qint64 priceFen = 0; // in 分 (hundredths of a yuan), never floating point
};

// The phrases said at fixed moments of a service (seed 000 / 001 规范用语). They may hold
// {branch}, {ticket}, {window} and {clerk}.
struct ScriptSet
{
    LocalizedText greeting;
    LocalizedText asking;
    LocalizedText waiting;
    LocalizedText resuming;
    LocalizedText apology;
    LocalizedText farewell;
};

struct ForbiddenPhrase
{
    QString stage;             // key into Catalogue::stages()
    QString phrase;            // as a clerk might type it (zh_CN)
    LocalizedText alternative; // what to say instead
    QString source;            // which seed or standard it comes from
};

struct Service
{
    enum class RequestType {
        Consultation,
        Business,
        Complaint,
        Repair,
        Praise,
        Suggestion,
        Callback,
        Reminder
    };

    QString code;
    LocalizedText name;
    LocalizedText category;
    QString sector; // key into Catalogue::sectors()
    RequestType requestType = RequestType::Business;
    QChar queuePrefix;
    QList<ChecklistItem> checklist;
    QStringList forms; // keys into Catalogue::forms()
    TimeLimit accept;
    TimeLimit process;
    TimeLimit notice;  // one-time notice of what is missing
    TimeLimit refusal; // refusal notice with reasons
    TimeLimit payment; // payment after agreement (claims)
    QStringList fees;  // fee codes
    QString scriptSet; // key into Catalogue::scriptSets()
    QStringList forbiddenStages;

    static QString requestTypeKey(RequestType t);
};

// The service catalogue head office publishes: services with their checklists, limits, fees and
// scripts, and the phrasebook. Parsed strictly: a document with any error is refused whole.
class Catalogue
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)
public:
    static constexpr const char *Format = "counterdesk.catalogue/1";

    // Parses a catalogue document; on error returns nothing and says exactly what is wrong.
    static std::optional<Catalogue> fromJson(const QJsonObject &document, QString *error);

    int version() const { return m_version; }
    QString issuedAt() const { return m_issuedAt; }
    QString issuer() const { return m_issuer; }
    const QList<Service> &services() const { return m_services; }
    const Service *service(const QString &code) const;
    const QList<Fee> &fees() const { return m_fees; }
    const Fee *fee(const QString &code) const;
    const QMap<QString, LocalizedText> &documents() const { return m_documents; }
    const QMap<QString, LocalizedText> &conditions() const { return m_conditions; }
    const QMap<QString, LocalizedText> &forms() const { return m_forms; }
    const QMap<QString, LocalizedText> &sectors() const { return m_sectors; }
    const QMap<QString, LocalizedText> &stages() const { return m_stages; }
    const QMap<QString, ScriptSet> &scriptSets() const { return m_scriptSets; }
    const QList<ForbiddenPhrase> &forbiddenPhrases() const { return m_forbidden; }
    // The knowledge base that travels with the catalogue (parsed by KnowledgeBase).
    const QJsonArray &knowledge() const { return m_knowledge; }

    // The items that apply, given which conditions hold (e.g. {"agent"}).
    QList<ChecklistItem> checklistFor(const Service &service, const QSet<QString> &holds) const;
    // The forbidden phrases for a service's stages (the general stage always applies).
    QList<ForbiddenPhrase> forbiddenFor(const Service &service) const;
    const ScriptSet *scriptsFor(const Service &service) const;
    // The service's fees as the customer reads them ("名称：每份 ¥10.00", or "免费"), in lang.
    QStringList feeLines(const Service &service, const QString &lang) const;
    // Replaces {branch}, {ticket}, {window}, {clerk} in a script phrase.
    static QString render(QString phrase, const QMap<QString, QString> &values);

private:
    int m_version = 0;
    QString m_issuedAt;
    QString m_issuer;
    QList<Service> m_services;
    QList<Fee> m_fees;
    QMap<QString, LocalizedText> m_documents;
    QMap<QString, LocalizedText> m_conditions;
    QMap<QString, LocalizedText> m_forms;
    QMap<QString, LocalizedText> m_sectors;
    QMap<QString, LocalizedText> m_stages;
    QMap<QString, ScriptSet> m_scriptSets;
    QList<ForbiddenPhrase> m_forbidden;
    QJsonArray m_knowledge;
};
