#include "fuzzsupport.h"

#include "branch/branch.h"
#include "branch/demodata.h"
#include "branch/headofficekey.h"
#include "core/clock.h"
#include "crypto/ed25519.h"
#include "crypto/signeddocument.h"
#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace
{
struct Rollback
{
};

void quiet(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}
} // namespace

void FuzzSupport::init(int *argc, char ***argv)
{
    static bool done = false;
    if (done) {
        return;
    }
    done = true;
    qInstallMessageHandler(quiet);
    // Deliberately never destroyed: libFuzzer leaves through exit(), and the branch and the
    // application must outlive every static that might still use them.
    new QCoreApplication(*argc, *argv);
    Clock::setTestNow(QDateTime(QDate(2026, 6, 1), QTime(1, 30), Qt::UTC));
}

Branch &FuzzSupport::branch()
{
    static Branch *branch = [] {
        // Removed at exit (a crash leaves it for the person who reads the report).
        static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/counterdesk-fuzz-XXXXXX"));
        auto b = Branch::create(
            dir.filePath(QStringLiteral("branch")), QByteArrayLiteral("fuzz passphrase"),
            {DemoData::branchCode(), DemoData::branchName()}, QStringLiteral("fuzz"));
        DemoData::populate(*b, QStringLiteral("fuzz"));
        return b.release();
    }();
    return *branch;
}

void FuzzSupport::rolledBack(const std::function<void()> &fn)
{
    try {
        branch().database().transaction([&] {
            fn();
            throw Rollback{};
        });
    } catch (const Rollback &) {
    }
}

QString FuzzSupport::text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

QByteArray FuzzSupport::bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

QByteArray FuzzSupport::signedByHeadOffice(const QString &format, const QJsonObject &document)
{
    return SignedDocument::sign(format, document, HeadOfficeKey::demo().privateSeed);
}

void FuzzSupport::violated(const char *what, const QString &detail)
{
    std::fprintf(stderr, "PROPERTY VIOLATED: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}
