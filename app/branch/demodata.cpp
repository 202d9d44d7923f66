#include "demodata.h"

#include "appointments/appointmentbook.h"
#include "branch.h"
#include "branchstore.h"
#include "catalogue/catalogue.h"
#include "catalogue/catalogueupdate.h"
#include "crypto/signeddocument.h"
#include "headofficekey.h"
#include "queue/hallwindows.h"
#include "queue/queuesettings.h"

#include "database.h"
#include "knowledge/knowledgebase.h"
#include <QFile>
#include <QJsonDocument>
#include <stdexcept>

#include <QJsonObject>

QString DemoData::branchCode()
{
    return QStringLiteral("DEMO01");
}

QString DemoData::branchName()
{
    return QString::fromUtf8("示范营业厅（演示）");
}

QString DemoData::knowledgeFile()
{
    return QStringLiteral(":/demo/knowledge.json");
}

QString DemoData::staffPassword()
{
    return QStringLiteral("demo1234");
}

QByteArray DemoData::signedCatalogue()
{
    QFile f(QStringLiteral(":/demo/catalogue.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return SignedDocument::sign(QLatin1String(Catalogue::Format),
                                QJsonDocument::fromJson(f.readAll()).object(),
                                HeadOfficeKey::demo().privateSeed);
}

void DemoData::populate(Branch &branch, const QString &actor)
{
    // The demo head office signs the demo catalogue; the branch takes it through the same
    // checks as any document from head office.
    HeadOfficeKey::pin(branch, HeadOfficeKey::demo().publicKey, actor);
    const CatalogueUpdate::Result applied =
        CatalogueUpdate::apply(branch, signedCatalogue(), actor);
    if (!applied.ok) {
        throw std::runtime_error(applied.message.toStdString());
    }

    // Six counter windows over the demo catalogue: each calls its own line of business first
    // and helps a neighbouring one when that is empty.
    const QStringList insurance{
        QStringLiteral("INS-BQ-CONTACT"),     QStringLiteral("INS-BQ-HOLDER"),
        QStringLiteral("INS-BQ-BENEFICIARY"), QStringLiteral("INS-BQ-REINSTATE"),
        QStringLiteral("INS-BQ-LOAN"),        QStringLiteral("INS-BQ-SURRENDER"),
        QStringLiteral("INS-BQ-SURVIVAL"),    QStringLiteral("INS-BQ-REISSUE")};
    const QStringList claims{QStringLiteral("INS-CL-MEDICAL"), QStringLiteral("INS-CL-CRITICAL"),
                             QStringLiteral("INS-CL-DEATH"), QStringLiteral("INS-CL-ACCIDENT")};
    const QStringList personal{QStringLiteral("BANK-OPEN-PERSONAL"),
                               QStringLiteral("BANK-CARD-LOSS"), QStringLiteral("BANK-PIN-RESET"),
                               QStringLiteral("BANK-CLOSE-PERSONAL"),
                               QStringLiteral("BANK-CASH-BOOKING")};
    const QStringList corporate{QStringLiteral("BANK-OPEN-CORPORATE"),
                                QStringLiteral("BANK-PAYROLL")};
    const QStringList utilities{QStringLiteral("PWR-NEW-RESIDENTIAL"),
                                QStringLiteral("PWR-CAPACITY"),
                                QStringLiteral("PWR-TRANSFER"),
                                QStringLiteral("PWR-PAYMENT"),
                                QStringLiteral("PWR-REPAIR"),
                                QStringLiteral("PWR-METER-TEST"),
                                QStringLiteral("WTR-NEW"),
                                QStringLiteral("WTR-TRANSFER"),
                                QStringLiteral("WTR-PAYMENT"),
                                QStringLiteral("WTR-REPAIR")};
    const QStringList government{QStringLiteral("GOV-REG-COMPANY"),
                                 QStringLiteral("GOV-REG-CHANGE"), QStringLiteral("GOV-REG-CANCEL"),
                                 QStringLiteral("GOV-FOOD-LICENCE")};
    const QStringList general{QStringLiteral("GEN-CONSULT"),  QStringLiteral("GEN-COMPLAINT"),
                              QStringLiteral("GEN-PRAISE"),   QStringLiteral("GEN-SUGGESTION"),
                              QStringLiteral("GEN-REMINDER"), QStringLiteral("GEN-CALLBACK")};
    const QString planned = HallWindows(branch).replaceAll(
        {{1, QString::fromUtf8("保全"), true,
          insurance + QStringList{QStringLiteral("GEN-CONSULT")}},
         {2, QString::fromUtf8("理赔"), true, claims + insurance},
         {3, QString::fromUtf8("个人业务"), true, personal + corporate},
         {4, QString::fromUtf8("对公业务"), true, corporate + personal},
         {5, QString::fromUtf8("水电业务"), true, utilities},
         {6, QString::fromUtf8("政务与综合"), true, government + general}},
        actor);
    if (!planned.isEmpty()) {
        throw std::runtime_error(planned.toStdString());
    }
    // Three services take bookings (预约办理) on working days, with the default horizon
    // (7 working days) and cut-off (60 minutes).
    struct Bookable
    {
        const char *service;
        int slotMinutes;
        int places;
        const char *weekdayHours;
    };
    static const Bookable bookable[] = {
        {"GOV-REG-COMPANY", 20, 3, "09:00-12:00,14:00-17:00"},
        {"INS-CL-MEDICAL", 30, 2, "09:00-12:00,13:30-16:30"},
        {"BANK-OPEN-PERSONAL", 30, 2, "09:00-11:30,13:30-16:00"},
    };
    AppointmentBook appointments(branch);
    for (const Bookable &b : bookable) {
        QString error;
        const QString day = QLatin1String(b.weekdayHours);
        const auto hours = SlotRules::parseHours(
            QStringList{day, day, day, day, day}.join(QLatin1Char(';')), &error);
        SlotRules rules;
        rules.serviceCode = QLatin1String(b.service);
        rules.slotMinutes = b.slotMinutes;
        rules.places = b.places;
        rules.hours = hours.value_or(SlotRules::Hours{});
        const QString refused = error.isEmpty() ? appointments.setRules(rules, actor) : error;
        if (!refused.isEmpty()) {
            throw std::runtime_error(refused.toStdString());
        }
    }

    // The demo hall's status pages are at the samples' address; tickets are bilingual.
    const QString configured = QueueSettings::change(
        branch,
        {{QLatin1String(QueueSettings::PublicUrlKey),
          QStringLiteral("https://hall.demo01.example")},
         {QLatin1String(QueueSettings::SecondLanguageKey), QStringLiteral("en")}},
        actor);
    if (!configured.isEmpty()) {
        throw std::runtime_error(configured.toStdString());
    }

    static const Staff staff[] = {
        {"admin", "系统管理员", "administrator"},
        {"wangli", "王丽", "manager"},
        {"limin", "李敏", "clerk"},
        {"zhangwei", "张伟", "clerk"},
        {"chenjing", "陈静", "reception"},
    };
    for (const Staff &s : staff) {
        branch.addStaff(actor, QString::fromUtf8(s.login), QString::fromUtf8(s.displayName),
                        QString::fromUtf8(s.role), staffPassword());
    }

    struct Customer
    {
        const char *name;
        const char *idNumber;
        const char *phone;
    };
    // Invented people; the identity numbers carry valid GB 11643 check characters.
    static const Customer customers[] = {
        {"欧阳娜娜", "11010519491231002X", "13812345678"},
        {"赵建国", "310115198003124412", "13900001111"},
        {"孙丽华", "440304199211053722", "15800002222"},
        {"周志强", "510107197506206631", "18600003333"},
        {"吴晓梅", "33010619881018155X", "13700004444"},
    };
    for (const Customer &c : customers) {
        branch.addCustomer(actor, CustomerRow{0,
                                              QString::fromUtf8(c.name),
                                              QStringLiteral("resident"),
                                              QString::fromUtf8(c.idNumber),
                                              QString::fromUtf8(c.phone),
                                              {}});
    }

    QString error;
    const QList<KnowledgeEntry> entries = KnowledgeBase::fromJsonFile(knowledgeFile(), &error);
    if (entries.isEmpty()) {
        // Built into the binary: failing here is a defect of the build, not of the user's data.
        throw DbException({DbError::Kind::Other, error});
    }
    branch.record({actor, QStringLiteral("knowledge.replace"), QStringLiteral("knowledge"),
                   QJsonObject{{QStringLiteral("entries"), static_cast<qint64>(entries.size())},
                               {QStringLiteral("sha256"), KnowledgeBase::digest(entries)},
                               {QStringLiteral("origin"), knowledgeFile()}}},
                  [&](AuditEvent &) {
                      KnowledgeBase(branch.database()).replaceAll(entries);
                  });
}
