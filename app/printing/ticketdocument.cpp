#include "ticketdocument.h"

#include <QJsonArray>

namespace
{
QJsonObject lineToJson(const TicketDocument::Line &line)
{
    QJsonObject o{{QStringLiteral("text"), line.text}};
    if (!line.second.isEmpty()) {
        o.insert(QStringLiteral("second"), line.second);
    }
    return o;
}

TicketDocument::Line lineFromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return {o.value(QStringLiteral("text")).toString(),
            o.value(QStringLiteral("second")).toString()};
}
} // namespace

QJsonObject TicketDocument::toJson() const
{
    QJsonArray lines;
    for (const Line &d : details) {
        lines.append(lineToJson(d));
    }
    return {{QStringLiteral("paper"), paper == Paper::Roll58 ? 58 : 80},
            {QStringLiteral("branch"), branchName},
            {QStringLiteral("service"), lineToJson(service)},
            {QStringLiteral("number"), number},
            {QStringLiteral("details"), lines},
            {QStringLiteral("qr"), qrText},
            {QStringLiteral("hint"), lineToJson(hint)},
            {QStringLiteral("footer"), lineToJson(footer)}};
}

std::optional<TicketDocument> TicketDocument::fromJson(const QJsonObject &json)
{
    const int width = json.value(QStringLiteral("paper")).toInt();
    const QString number = json.value(QStringLiteral("number")).toString();
    if ((width != 58 && width != 80) || number.isEmpty()
        || !json.value(QStringLiteral("details")).isArray()) {
        return std::nullopt;
    }
    TicketDocument t;
    t.paper = width == 58 ? Paper::Roll58 : Paper::Roll80;
    t.branchName = json.value(QStringLiteral("branch")).toString();
    t.service = lineFromJson(json.value(QStringLiteral("service")));
    t.number = number;
    for (const QJsonValue &d : json.value(QStringLiteral("details")).toArray()) {
        t.details.append(lineFromJson(d));
    }
    t.qrText = json.value(QStringLiteral("qr")).toString();
    t.hint = lineFromJson(json.value(QStringLiteral("hint")));
    t.footer = lineFromJson(json.value(QStringLiteral("footer")));
    return t;
}
