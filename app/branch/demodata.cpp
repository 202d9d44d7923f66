#include "demodata.h"

#include "branch.h"
#include "branchstore.h"
#include "database.h"
#include "knowledge/knowledgebase.h"

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

void DemoData::populate(Branch &branch, const QString &actor)
{
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
