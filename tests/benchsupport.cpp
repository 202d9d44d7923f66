#include "benchsupport.h"

#include "core/datadir.h"
#include "halltestsupport.h"
#include "reports/hallsimulator.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace BenchSupport
{
QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QString cacheDir(const QString &name)
{
    return QDir(QStringLiteral(COUNTERDESK_BENCH_DATA)).filePath(name);
}

QString p50p99(const QList<double> &ms)
{
    return QStringLiteral("p50 %1 ms, p99 %2 ms")
        .arg(HallTest::percentile(ms, 50), 0, 'f', 1)
        .arg(HallTest::percentile(ms, 99), 0, 'f', 1);
}

QList<double> timeRuns(int runs, const std::function<void()> &fn)
{
    QList<double> ms;
    QElapsedTimer t;
    for (int i = 0; i < runs; ++i) {
        t.start();
        fn();
        ms << static_cast<double>(t.nsecsElapsed()) / 1e6;
    }
    return ms;
}

qint64 procStatusKiB(qint64 pid, const char *field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

QString People::name()
{
    static const QString surnames = QString::fromUtf8("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
                                                      "梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭");
    static const QString given = QString::fromUtf8("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞"
                                                   "平刚桂华建国志红玲晓梅丹辉鹏");
    QString n = surnames.at(m_random.bounded(int(surnames.size())));
    for (int i = 0, k = 1 + m_random.bounded(2); i < k; ++i) {
        n += given.at(m_random.bounded(int(given.size())));
    }
    return n;
}

QString People::residentId()
{
    static const char *regions[] = {"110105", "310115", "440304", "510107", "330106"};
    const QDate birth = QDate(1940, 1, 1).addDays(m_random.bounded(365 * 65));
    const QString id = QString::fromLatin1(regions[m_random.bounded(5)])
                       + birth.toString(QStringLiteral("yyyyMMdd"))
                       + QStringLiteral("%1").arg(m_random.bounded(1000), 3, 10, QLatin1Char('0'));
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        sum += id.at(i).digitValue() * weights[i];
    }
    return id + QLatin1Char("10X98765432"[sum % 11]);
}

QString People::phone()
{
    static const char second[] = {'3', '5', '7', '8'};
    return QStringLiteral("1%1%2")
        .arg(QLatin1Char(second[m_random.bounded(4)]))
        .arg(m_random.bounded(1000000000), 9, 10, QLatin1Char('0'));
}

QString People::token()
{
    QByteArray bytes(16, '\0');
    m_random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Year year(QString *error)
{
    // 365 calendar days ending three days ago (simulate plays past days only); the
    // dates are kept beside the branch, so a later run reuses the same year.
    Year y;
    const QString dir = cacheDir(QStringLiteral("year-3-windows"));
    QFile stamp(QDir(dir).filePath(QStringLiteral("simulated.txt")));
    if (!stamp.open(QIODevice::ReadOnly)) {
        const QString making = dir + QStringLiteral(".creating");
        QDir(making).removeRecursively();
        QDir(dir).removeRecursively();
        const QDate from = QDate::currentDate().addDays(-367);
        QElapsedTimer t;
        t.start();
        out() << "Simulating a year of hall days into " << QDir::toNativeSeparators(dir)
              << " (once; later runs reuse it)..." << Qt::endl;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COUNTERDESK_PASSPHRASE"),
                   QString::fromUtf8(TestSupport::passphrase()));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(COUNTERDESK_CLI_PATH),
                {QStringLiteral("simulate"), QStringLiteral("--init-demo"),
                 QStringLiteral("--data-dir"), making, QStringLiteral("--from"),
                 from.toString(Qt::ISODate), QStringLiteral("--days"), QStringLiteral("365"),
                 QStringLiteral("--windows"), QStringLiteral("3"), QStringLiteral("--seed"),
                 QStringLiteral("1")});
        const bool finished = p.waitForFinished(30 * 60 * 1000);
        const QString output = QString::fromUtf8(p.readAllStandardOutput());
        if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *error = QStringLiteral("counterdesk-cli simulate failed: ") + output
                     + QString::fromUtf8(p.readAllStandardError());
            return {};
        }
        for (const QString &line : output.trimmed().split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1String("20"))) { // not one of the days
                out() << "  " << line << Qt::endl;
            }
        }
        out() << "  (" << t.elapsed() / 1000 << " s wall)" << Qt::endl;
        if (!QDir().rename(making, dir)) {
            *error = QStringLiteral("cannot rename ") + making;
            return {};
        }
        if (!stamp.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write ") + stamp.fileName();
            return {};
        }
        stamp.write(from.toString(Qt::ISODate).toLatin1() + "\n365\n");
        stamp.close();
        stamp.open(QIODevice::ReadOnly);
    }
    const QList<QByteArray> fields = stamp.readAll().split('\n');
    y.dir = dir;
    y.from = QDate::fromString(QString::fromLatin1(fields.value(0)), Qt::ISODate);
    y.to = y.from.addDays(fields.value(1).toInt() - 1);
    y.workingDays = HallSimulator::workingDays(y.from, fields.value(1).toInt());
    if (!y.from.isValid() || y.workingDays.isEmpty()
        || !QFile::exists(DataDir::databasePath(dir))) {
        *error = QStringLiteral("the cached year in %1 is incomplete: remove it").arg(dir);
        return {};
    }
    return y;
}
} // namespace BenchSupport
