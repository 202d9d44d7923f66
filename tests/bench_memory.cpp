// Benchmark: resident memory of the counter application through a busy day. This process is
// the app: the real MainWindow on a copy of the simulated year's branch, a clerk signed in at
// window 2, and a day of customers driven through it as a clerk would (F2 to call, the serve
// page's fields and buttons: a case opened, its checklist marked, the receipt or a one-time
// notice archived as PDF, F8 to finish). The kiosk's tickets are issued into the same branch
// file between calls. VmRSS and VmHWM from /proc/self/status at start, as the day goes on, and
// at the end. Prints; never fails on its figures.
#include "benchsupport.h"
#include "branch/branch.h"
#include "branch/demodata.h"
#include "core/datadir.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "queue/ticketqueue.h"
#include "queuepanel.h"
#include "servepanel.h"
#include "staff/staffdirectory.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <malloc.h>
#include <unistd.h>

using BenchSupport::out;

namespace
{
const int Tickets = qEnvironmentVariableIntValue("BENCH_MEMORY_TICKETS") > 0
                        ? qEnvironmentVariableIntValue("BENCH_MEMORY_TICKETS")
                        : 300;

// VmRSS and VmHWM, and the heap's bytes in use (mallinfo2: what is allocated and not freed,
// as opposed to memory the allocator keeps for reuse).
QString memory()
{
    const qint64 pid = ::getpid();
    const struct mallinfo2 heap = ::mallinfo2();
    return QStringLiteral("VmRSS %1 MiB, VmHWM %2 MiB (heap in use %3 MiB)")
        .arg(static_cast<double>(BenchSupport::procStatusKiB(pid, "VmRSS")) / 1024.0, 0, 'f', 1)
        .arg(static_cast<double>(BenchSupport::procStatusKiB(pid, "VmHWM")) / 1024.0, 0, 'f', 1)
        .arg(static_cast<double>(heap.uordblks + heap.hblkhd) / (1024.0 * 1024.0), 0, 'f', 1);
}

template<typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w) {
        out() << "bench_memory: no child " << name << Qt::endl;
        std::exit(1);
    }
    return w;
}

void click(QWidget *parent, const char *button)
{
    QTest::mouseClick(child<QPushButton>(parent, button), Qt::LeftButton);
    QCoreApplication::processEvents();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const GuiTestSupport::ChineseUi chinese; // the app's zh_CN screens and CJK font
    out() << "Memory of the counter app (this process: the real MainWindow, offscreen):\n"
          << "  Qt started, nothing open:              " << memory() << Qt::endl;
    QString error;
    const BenchSupport::Year year = BenchSupport::year(&error);
    if (year.dir.isEmpty()) {
        out() << "bench_memory: " << error << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    if (!QFile::copy(DataDir::databasePath(year.dir), DataDir::databasePath(dir.path()))) {
        out() << "bench_memory: cannot copy the year's branch" << Qt::endl;
        return 1;
    }

    auto branch = Branch::open(dir.path(), TestSupport::passphrase());
    const Session clerk = *StaffDirectory(*branch)
                               .signIn(QStringLiteral("limin"), DemoData::staffPassword(), 2)
                               .session;
    MainWindow window(std::move(branch));
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        out() << "bench_memory: the window was not shown" << Qt::endl;
        return 1;
    }
    window.startSession(clerk);
    QTest::qWait(200);
    out() << "  signed in, serve page and queue shown: " << memory()
          << "\n  (the branch: a simulated year, "
          << QFileInfo(DataDir::databasePath(dir.path())).size() / (1024 * 1024)
          << " MiB; the sign-in's Argon2id check takes 64 MiB for a moment)" << Qt::endl;

    // The kiosk's tickets for window 2's services (claims and insurance), arriving all day.
    TicketQueue kiosk(window.branch());
    const QStringList services{QStringLiteral("INS-BQ-CONTACT"), QStringLiteral("INS-CL-MEDICAL"),
                               QStringLiteral("INS-BQ-HOLDER"), QStringLiteral("INS-CL-ACCIDENT")};
    QRandomGenerator random(11);
    BenchSupport::People people(random);
    ServePanel *panel = window.servePanel();
    auto *table = child<QTableWidget>(panel, "checklistTable");
    QAction *callNext = child<QAction>(&window, "actionCallNext");
    QAction *finish = child<QAction>(&window, "actionFinish");
    int receipts = 0;
    int notices = 0;
    int failures = 0;
    QElapsedTimer day;
    day.start();
    for (int i = 0; i < Tickets; ++i) {
        TicketQueue::IssueRequest request;
        request.serviceCode = services.at(i % services.size());
        if (!kiosk.issue(request, QStringLiteral("kiosk")).ok()) {
            out() << "bench_memory: the kiosk could not issue a ticket" << Qt::endl;
            return 1;
        }
        callNext->trigger();
        QCoreApplication::processEvents();
        if (window.queuePanel()->currentNumber().isEmpty()) {
            ++failures;
            continue;
        }
        // Most customers bring a matter: a case, then a receipt or (one in eight) a notice.
        if (i % 5 != 4) {
            child<QLineEdit>(panel, "nameEdit")->setText(people.name());
            child<QLineEdit>(panel, "idEdit")->setText(people.residentId());
            child<QLineEdit>(panel, "phoneEdit")->setText(people.phone());
            click(panel, "openButton");
            const QString before = panel->lastDocumentPath();
            const bool notice = i % 8 == 0;
            for (int r = 0; r < table->rowCount(); ++r) {
                auto *status = qobject_cast<QComboBox *>(table->cellWidget(r, 2));
                if (status) {
                    status->setCurrentIndex(notice && r == 0 ? 2 : 1); // missing : received
                }
            }
            click(panel, notice ? "noticeButton" : "acceptButton");
            if (panel->lastDocumentPath().isEmpty() || panel->lastDocumentPath() == before) {
                ++failures;
            } else {
                notice ? ++notices : ++receipts;
            }
        }
        finish->trigger();
        QCoreApplication::processEvents();
        // What the app's event loop does between customers: the widgets it let go of
        // (deleteLater) are deleted; processEvents() alone keeps them.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if ((i + 1) % 100 == 0) {
            out() << QStringLiteral("  after %1 customers (%2 s):")
                         .arg(i + 1)
                         .arg(day.elapsed() / 1000)
                         .leftJustified(41)
                  << memory() << Qt::endl;
        }
    }
    QTest::qWait(200);
    out() << "  end of the day:                        " << memory() << "\n  (" << Tickets
          << " tickets called and finished, " << receipts << " receipts and " << notices
          << " one-time notices archived as PDF, " << failures << " steps that did not complete; "
          << day.elapsed() / 1000 << " s)" << Qt::endl;
    if (failures > Tickets / 10) {
        out() << "bench_memory: too many steps failed: "
              << child<QLabel>(panel, "outcomeLabel")->text() << " / "
              << child<QLabel>(panel, "problemLabel")->text() << Qt::endl;
        return 1;
    }
    return 0;
}
