#include "catalogue.h"

#include "printing/documentlanguage.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace
{
// Collects the first error and stops further parsing.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)
public:
    QString error;

    bool fail(const QString &message)
    {
        if (error.isEmpty()) {
            error = message;
        }
        return false;
    }

    bool text(const QJsonObject &o, const char *key, LocalizedText &out, const QString &where)
    {
        if (!LocalizedText::fromJson(o.value(QLatin1String(key)), out)) {
            return fail(tr("%1: '%2' needs at least a zh_CN text").arg(where, QLatin1String(key)));
        }
        return true;
    }

    bool dictionary(const QJsonObject &root, const char *key, const char *field,
                    QMap<QString, LocalizedText> &out)
    {
        const QJsonObject dict = root.value(QLatin1String(key)).toObject();
        for (auto it = dict.begin(); it != dict.end(); ++it) {
            LocalizedText t;
            if (!text(it.value().toObject(), field, t,
                      QStringLiteral("%1.%2").arg(QLatin1String(key), it.key()))) {
                return false;
            }
            out.insert(it.key(), t);
        }
        return true;
    }

    bool limit(const QJsonObject &limits, const char *key, TimeLimit &out, const QString &where)
    {
        const QJsonValue v = limits.value(QLatin1String(key));
        if (v.isUndefined()) {
            return true;
        }
        const QJsonObject o = v.toObject();
        const int days = o.value(QStringLiteral("days")).toInt(-1);
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (days <= 0 || days > 366) {
            return fail(tr("%1: limit '%2' needs 1 to 366 days").arg(where, QLatin1String(key)));
        }
        if (kind != QLatin1String("working") && kind != QLatin1String("natural")) {
            return fail(tr("%1: limit '%2' must be in working or natural days")
                            .arg(where, QLatin1String(key)));
        }
        out.days = days;
        out.kind =
            kind == QLatin1String("working") ? TimeLimit::Kind::Working : TimeLimit::Kind::Natural;
        return true;
    }
};

const QStringList kRequestTypes = {QStringLiteral("consultation"), QStringLiteral("business"),
                                   QStringLiteral("complaint"),    QStringLiteral("repair"),
                                   QStringLiteral("praise"),       QStringLiteral("suggestion"),
                                   QStringLiteral("callback"),     QStringLiteral("reminder")};
} // namespace

QString Service::requestTypeKey(RequestType t)
{
    return kRequestTypes.at(static_cast<int>(t));
}

std::optional<Catalogue> Catalogue::fromJson(const QJsonObject &doc, QString *error)
{
    Parser p;
    Catalogue c;
    auto done = [&]() -> std::optional<Catalogue> {
        if (!p.error.isEmpty()) {
            if (error) {
                *error = p.error;
            }
            return std::nullopt;
        }
        return c;
    };

    c.m_version = doc.value(QStringLiteral("version")).toInt(0);
    c.m_issuedAt = doc.value(QStringLiteral("issuedAt")).toString();
    c.m_issuer = doc.value(QStringLiteral("issuer")).toString();
    if (c.m_version <= 0) {
        p.fail(tr("the catalogue has no version number"));
        return done();
    }
    if (!p.dictionary(doc, "sectors", "name", c.m_sectors)
        || !p.dictionary(doc, "documents", "name", c.m_documents)
        || !p.dictionary(doc, "conditions", "question", c.m_conditions)
        || !p.dictionary(doc, "forms", "name", c.m_forms)
        || !p.dictionary(doc, "stages", "name", c.m_stages)) {
        return done();
    }
    if (c.m_sectors.isEmpty()) {
        p.fail(tr("the catalogue defines no sectors"));
        return done();
    }

    const QJsonObject scripts = doc.value(QStringLiteral("scriptSets")).toObject();
    for (auto it = scripts.begin(); it != scripts.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const QString where = QStringLiteral("scriptSets.") + it.key();
        ScriptSet s;
        if (!p.text(o, "greeting", s.greeting, where) || !p.text(o, "asking", s.asking, where)
            || !p.text(o, "waiting", s.waiting, where) || !p.text(o, "resuming", s.resuming, where)
            || !p.text(o, "apology", s.apology, where)
            || !p.text(o, "farewell", s.farewell, where)) {
            return done();
        }
        c.m_scriptSets.insert(it.key(), s);
    }

    const QJsonArray forbidden = doc.value(QStringLiteral("forbidden")).toArray();
    for (const QJsonValue &v : forbidden) {
        const QJsonObject o = v.toObject();
        ForbiddenPhrase f;
        f.stage = o.value(QStringLiteral("stage")).toString();
        f.phrase = o.value(QStringLiteral("phrase")).toString().trimmed();
        f.source = o.value(QStringLiteral("source")).toString();
        if (!c.m_stages.contains(f.stage)) {
            p.fail(tr("forbidden phrase '%1' names an unknown stage '%2'").arg(f.phrase, f.stage));
            return done();
        }
        if (f.phrase.isEmpty()
            || !p.text(o, "alternative", f.alternative,
                       tr("forbidden phrase '%1'").arg(f.phrase))) {
            p.fail(tr("a forbidden phrase needs the phrase and its alternative"));
            return done();
        }
        c.m_forbidden << f;
    }

    QSet<QString> feeCodes;
    for (const QJsonValue &v : doc.value(QStringLiteral("fees")).toArray()) {
        const QJsonObject o = v.toObject();
        Fee f;
        f.code = o.value(QStringLiteral("code")).toString();
        const QString where = tr("fee %1").arg(f.code);
        if (f.code.isEmpty() || feeCodes.contains(f.code)) {
            p.fail(tr("every fee needs a unique code (%1)").arg(f.code));
            return done();
        }
        const QJsonValue price = o.value(QStringLiteral("priceFen"));
        if (!price.isDouble() || price.toDouble() < 0
            || price.toDouble() != double(price.toInteger())) {
            p.fail(tr("%1: priceFen must be a whole number of fen, 0 or more").arg(where));
            return done();
        }
        f.priceFen = price.toInteger();
        if (!p.text(o, "name", f.name, where) || !p.text(o, "content", f.content, where)
            || !p.text(o, "unit", f.unit, where)) {
            return done();
        }
        feeCodes.insert(f.code);
        c.m_fees << f;
    }

    static const QRegularExpression codeRe(QStringLiteral("^[A-Z0-9][A-Z0-9-]{1,31}$"));
    QSet<QString> codes;
    for (const QJsonValue &v : doc.value(QStringLiteral("services")).toArray()) {
        const QJsonObject o = v.toObject();
        Service s;
        s.code = o.value(QStringLiteral("code")).toString();
        const QString where = tr("service %1").arg(s.code);
        if (!codeRe.match(s.code).hasMatch()) {
            p.fail(tr("service code '%1' must be 2-32 capital letters, digits or hyphens")
                       .arg(s.code));
            return done();
        }
        if (codes.contains(s.code)) {
            p.fail(tr("service code %1 appears twice").arg(s.code));
            return done();
        }
        codes.insert(s.code);
        if (!p.text(o, "name", s.name, where)) {
            return done();
        }
        LocalizedText::fromJson(o.value(QStringLiteral("category")), s.category);
        s.sector = o.value(QStringLiteral("sector")).toString();
        if (!c.m_sectors.contains(s.sector)) {
            p.fail(tr("%1: unknown sector '%2'").arg(where, s.sector));
            return done();
        }
        const int type = kRequestTypes.indexOf(o.value(QStringLiteral("requestType")).toString());
        if (type < 0) {
            p.fail(tr("%1: request type must be one of %2")
                       .arg(where, kRequestTypes.join(QStringLiteral(", "))));
            return done();
        }
        s.requestType = static_cast<Service::RequestType>(type);
        const QString prefix = o.value(QStringLiteral("queuePrefix")).toString();
        if (prefix.size() != 1 || prefix.at(0) < QLatin1Char('A')
            || prefix.at(0) > QLatin1Char('Z')) {
            p.fail(tr("%1: the queue prefix must be one capital letter").arg(where));
            return done();
        }
        s.queuePrefix = prefix.at(0);

        for (const QJsonValue &iv : o.value(QStringLiteral("checklist")).toArray()) {
            const QJsonObject io = iv.toObject();
            ChecklistItem item;
            item.document = io.value(QStringLiteral("document")).toString();
            if (!c.m_documents.contains(item.document)) {
                p.fail(
                    tr("%1: checklist names an unknown document '%2'").arg(where, item.document));
                return done();
            }
            const QString form =
                io.value(QStringLiteral("form")).toString(QStringLiteral("original"));
            if (form == QLatin1String("original")) {
                item.form = ChecklistItem::Form::Original;
            } else if (form == QLatin1String("copy")) {
                item.form = ChecklistItem::Form::Copy;
            } else if (form == QLatin1String("original+copy")) {
                item.form = ChecklistItem::Form::OriginalAndCopy;
            } else {
                p.fail(tr("%1: document form must be original, copy or original+copy").arg(where));
                return done();
            }
            item.count = io.value(QStringLiteral("count")).toInt(1);
            if (item.count < 1 || item.count > 99) {
                p.fail(tr("%1: a document count must be 1 to 99").arg(where));
                return done();
            }
            item.condition = io.value(QStringLiteral("when")).toString();
            if (!item.condition.isEmpty() && !c.m_conditions.contains(item.condition)) {
                p.fail(tr("%1: unknown condition '%2'").arg(where, item.condition));
                return done();
            }
            LocalizedText::fromJson(io.value(QStringLiteral("note")), item.note);
            s.checklist << item;
        }
        for (const QJsonValue &fv : o.value(QStringLiteral("forms")).toArray()) {
            if (!c.m_forms.contains(fv.toString())) {
                p.fail(tr("%1: unknown form '%2'").arg(where, fv.toString()));
                return done();
            }
            s.forms << fv.toString();
        }
        for (const QJsonValue &fv : o.value(QStringLiteral("fees")).toArray()) {
            if (!feeCodes.contains(fv.toString())) {
                p.fail(tr("%1: unknown fee '%2'").arg(where, fv.toString()));
                return done();
            }
            s.fees << fv.toString();
        }
        const QJsonObject limits = o.value(QStringLiteral("limits")).toObject();
        if (!p.limit(limits, "accept", s.accept, where)
            || !p.limit(limits, "process", s.process, where)
            || !p.limit(limits, "notice", s.notice, where)
            || !p.limit(limits, "refusal", s.refusal, where)
            || !p.limit(limits, "payment", s.payment, where)) {
            return done();
        }
        s.scriptSet = o.value(QStringLiteral("scripts")).toString();
        if (!c.m_scriptSets.contains(s.scriptSet)) {
            p.fail(tr("%1: unknown script set '%2'").arg(where, s.scriptSet));
            return done();
        }
        for (const QJsonValue &sv : o.value(QStringLiteral("forbiddenStages")).toArray()) {
            if (!c.m_stages.contains(sv.toString())) {
                p.fail(tr("%1: unknown stage '%2'").arg(where, sv.toString()));
                return done();
            }
            s.forbiddenStages << sv.toString();
        }
        c.m_services << s;
    }
    if (c.m_services.isEmpty()) {
        p.fail(tr("the catalogue has no services"));
    }
    c.m_knowledge = doc.value(QStringLiteral("knowledge")).toArray();
    return done();
}

const Service *Catalogue::service(const QString &code) const
{
    for (const Service &s : m_services) {
        if (s.code == code) {
            return &s;
        }
    }
    return nullptr;
}

const Fee *Catalogue::fee(const QString &code) const
{
    for (const Fee &f : m_fees) {
        if (f.code == code) {
            return &f;
        }
    }
    return nullptr;
}

QList<ChecklistItem> Catalogue::checklistFor(const Service &service,
                                             const QSet<QString> &holds) const
{
    QList<ChecklistItem> items;
    for (const ChecklistItem &item : service.checklist) {
        if (item.condition.isEmpty() || holds.contains(item.condition)) {
            items << item;
        }
    }
    return items;
}

QList<ForbiddenPhrase> Catalogue::forbiddenFor(const Service &service) const
{
    QList<ForbiddenPhrase> result;
    for (const ForbiddenPhrase &f : m_forbidden) {
        if (f.stage == QLatin1String("general") || service.forbiddenStages.contains(f.stage)) {
            result << f;
        }
    }
    return result;
}

const ScriptSet *Catalogue::scriptsFor(const Service &service) const
{
    const auto it = m_scriptSets.constFind(service.scriptSet);
    return it == m_scriptSets.cend() ? nullptr : &it.value();
}

QStringList Catalogue::feeLines(const Service &service, const QString &lang) const
{
    static const char *const kPriced = QT_TRANSLATE_NOOP("Documents", "%1: ¥%2 per %3");
    const DocumentLanguage words(lang);
    QStringList lines;
    for (const QString &code : service.fees) {
        if (const Fee *f = fee(code)) {
            lines << (f->priceFen == 0 ? f->name.text(lang)
                                       : words.text(kPriced)
                                             .arg(f->name.text(lang))
                                             .arg(double(f->priceFen) / 100.0, 0, 'f', 2)
                                             .arg(f->unit.text(lang)));
        }
    }
    return lines;
}

QString Catalogue::render(QString phrase, const QMap<QString, QString> &values)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        phrase.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    }
    return phrase;
}
