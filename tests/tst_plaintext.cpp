// A customer's name, identity number and phone, written through the app, appear nowhere in plain
// bytes: not in branch.db, not in its WAL, not in any other file of the data folder or the
// temporary folder.
#include "branch/branch.h"
#include "branchstore.h"
#include "core/datadir.h"
#include "database.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestPlaintext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noPlaintextAnywhere();

private:
    static QStringList filesContaining(const QString &root, const QList<QByteArray> &needles);
};

QStringList TestPlaintext::filesContaining(const QString &root, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray bytes = f.readAll();
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle)) {
                hits << file;
            }
        }
    }
    return hits;
}

void TestPlaintext::noPlaintextAnywhere()
{
    QTemporaryDir tmp; // TMPDIR for this test only, so we can scan all of it
    QVERIFY(tmp.isValid());
    qputenv("TMPDIR", tmp.path().toUtf8());
    QTemporaryDir dir;
    const QString name = QString::fromUtf8("欧阳明月测试");
    const QString id = QStringLiteral("11010519491231002X");
    const QString phone = QStringLiteral("13912345678");

    auto branch =
        Branch::create(dir.path(), TestSupport::passphrase(),
                       {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
    // Enough rows that the WAL holds real pages, and the connection stays open: the WAL is there.
    for (int i = 0; i < 50; ++i) {
        branch->addCustomer(QStringLiteral("test"),
                            {0, name, QStringLiteral("resident"), id, phone, {}});
    }
    QVERIFY(QFile::exists(DataDir::databasePath(dir.path()) + QStringLiteral("-wal")));
    QVERIFY(QFile(DataDir::databasePath(dir.path()) + QStringLiteral("-wal")).size() > 0);
    QCOMPARE(BranchStore(branch->database()).customer(2)->name, name); // it is really there

    const QList<QByteArray> needles = {
        name.toUtf8(),
        QByteArray(reinterpret_cast<const char *>(name.utf16()), name.size() * 2), // UTF-16LE
        id.toUtf8(),
        phone.toUtf8(),
        QByteArrayLiteral("SQLite format 3"),
    };
    QCOMPARE(filesContaining(dir.path(), needles), QStringList());
    QCOMPARE(filesContaining(tmp.path(), needles), QStringList());

    branch.reset(); // after a clean close too
    QCOMPARE(filesContaining(dir.path(), needles), QStringList());
}

QTEST_GUILESS_MAIN(TestPlaintext)
#include "tst_plaintext.moc"
