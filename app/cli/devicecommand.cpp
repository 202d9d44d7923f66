#include "devicecommand.h"

#include "branch/branch.h"
#include "hall/devicedirectory.h"
#include "hall/hostcertificate.h"

DeviceCommand::DeviceCommand()
    : Command(QStringLiteral("device"),
              tr("'device add --role counter|kiosk|display --name NAME', 'list', 'revoke --id "
                 "N': devices paired with the hall host."))
{}

void DeviceCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add | list | revoke"));
    parser.addOption({QStringLiteral("role"), tr("add: counter, kiosk or display."), tr("ROLE")});
    parser.addOption(
        {QStringLiteral("name"), tr("add: the device's name (e.g. \"Window 3\")."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("id"), tr("revoke: the device's number (see list)."), tr("N")});
}

int DeviceCommand::execute(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (args.size() != 1
        || !QStringList{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("revoke")}
                .contains(action)) {
        err() << tr("Usage: counterdesk-cli device add --role counter|kiosk|display --name NAME | "
                    "list | revoke --id N  --data-dir DIR")
              << Qt::endl;
        return Failure;
    }
    std::optional<Device::Role> role;
    if (action == QLatin1String("add")) {
        role = Device::roleFromKey(parser.value(QStringLiteral("role")));
        if (!role) {
            err() << tr("Say the device's role: --role counter, kiosk or display.") << Qt::endl;
            return Failure;
        }
    }
    bool idOk = false;
    const qint64 id = parser.value(QStringLiteral("id")).toLongLong(&idOk);
    if (action == QLatin1String("revoke") && (!idOk || id <= 0)) {
        err() << tr("Say which device: --id N (see 'counterdesk-cli device list').") << Qt::endl;
        return Failure;
    }

    int code = Ok;
    auto branch = openBranch(parser, code);
    if (!branch) {
        return code;
    }
    DeviceDirectory devices(*branch);
    const QString actor = QStringLiteral("cli");
    if (action == QLatin1String("list")) {
        // Fixed column keys, so that scripts can read the table whatever the language.
        out() << "id\trole\tstate\tcreated\tname\n";
        for (const Device &d : devices.all()) {
            out() << d.id << '\t' << Device::roleKey(d.role) << '\t'
                  << (d.isRevoked() ? "revoked" : "paired") << '\t'
                  << d.createdUtc.toString(Qt::ISODate) << '\t' << d.name << '\n';
        }
        out() << Qt::flush;
        return Ok;
    }
    if (action == QLatin1String("revoke")) {
        const QString problem = devices.revoke(id, actor);
        if (!problem.isEmpty()) {
            err() << problem << Qt::endl;
            return Failure;
        }
        out() << tr("Device %1 is revoked: its token no longer opens the hall host.").arg(id)
              << Qt::endl;
        return Ok;
    }
    // The certificate is made now if the host has not started yet: the device pins it.
    const HostCertificate certificate = HostCertificate::ensure(*branch, actor);
    const DeviceDirectory::Paired paired =
        devices.add(*role, parser.value(QStringLiteral("name")), actor);
    if (!paired.ok()) {
        err() << paired.error << Qt::endl;
        return Failure;
    }
    // Line 1: the token, line 2: the fingerprint, for scripts; then the words.
    out() << QString::fromLatin1(paired.token) << '\n'
          << certificate.fingerprint << '\n'
          << tr("Device %1 (%2, %3) is paired. Enter the token above on the device; it is shown "
                "only this once. The device must see the host certificate %4.")
                 .arg(paired.device.id)
                 .arg(Device::roleKey(paired.device.role), paired.device.name,
                      certificate.fingerprint)
          << Qt::endl;
    return Ok;
}
