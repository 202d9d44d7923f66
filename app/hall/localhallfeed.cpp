#include "localhallfeed.h"

#include "auditstore.h"
#include "branch/branch.h"
#include "database.h"
#include "hall/hallapi.h"
#include "hall/hallboard.h"
#include "hall/halllog.h"

LocalHallFeed::LocalHallFeed(Branch &branch, HallBoard &board, QObject *parent)
    : QObject(parent)
    , m_branch(branch)
    , m_board(board)
    , m_api(std::make_unique<HallApi>(branch))
{
    connect(&m_timer, &QTimer::timeout, this, &LocalHallFeed::poll);
}

LocalHallFeed::~LocalHallFeed() = default;

void LocalHallFeed::start(int intervalMs)
{
    poll();
    m_timer.start(intervalMs);
}

void LocalHallFeed::poll()
{
    try {
        AuditStore audit(m_branch.database());
        if (m_lastSeq < 0) {
            m_lastSeq = audit.highWater(); // what happened before is in the snapshot
        } else {
            if (audit.highWater() <= m_lastSeq) {
                return;
            }
            bool more = true;
            while (more) {
                const std::vector<AuditRow> rows = audit.after(m_lastSeq, 500);
                more = rows.size() == 500;
                if (rows.empty()) {
                    break;
                }
                m_lastSeq = rows.back().seq;
                const QJsonObject waiting = m_api->waitingCounts();
                for (const AuditRow &row : rows) {
                    if (auto event = m_api->auditEvent(row)) {
                        event->insert(QStringLiteral("waiting"), waiting);
                        m_board.applyEvent(*event);
                    }
                }
            }
        }
        m_board.setSnapshot(m_api->queueSnapshot());
    } catch (const DbException &e) {
        qCWarning(lcHall, "display: %s", qUtf8Printable(e.error().message));
    }
}
