#pragma once

#include <QString>

class Branch;

// The demo branch: invented staff and customers, and a knowledge base drawn from the seeds, so
// every feature has something to show.
// Its passphrase and staff passwords are public (see the README); it must never hold real data.
namespace DemoData
{
struct Staff
{
    const char *login;
    const char *displayName; // UTF-8
    const char *role;
};

// Branch code and name of the demo branch.
QString branchCode();
QString branchName();
// The demo knowledge base of standard answers, built into the binary.
QString knowledgeFile();
// The password every demo staff account has.
QString staffPassword();
// The demo catalogue (resources/demo/catalogue.json) signed by the demo head office.
QByteArray signedCatalogue();
// Pins the demo head office, applies its catalogue, sets up six counter windows and the
// ticket settings, and adds demo staff, customers and the knowledge base to a freshly created
// branch.
void populate(Branch &branch, const QString &actor);
} // namespace DemoData
