#include "databaselock.h"

#include "dberror.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

QString DatabaseLock::lockPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

std::unique_ptr<DatabaseLock> DatabaseLock::acquire(const QString &databasePath, Kind kind,
                                                    int waitMs)
{
    const QString path = lockPath(databasePath);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (kind == Kind::Shared) {
            return nullptr;
        }
        throw DbException(
            {DbError::Kind::ReadOnly, tr("Cannot create the lock file %1: %2")
                                          .arg(QDir::toNativeSeparators(path),
                                               QString::fromLocal8Bit(std::strerror(errno)))});
    }
    std::unique_ptr<DatabaseLock> lock(new DatabaseLock(fd));
    const int operation = (kind == Kind::Shared ? LOCK_SH : LOCK_EX) | LOCK_NB;
    QElapsedTimer waited;
    waited.start();
    while (::flock(fd, operation) != 0) {
        if (errno == EINTR) {
            continue;
        }
        if (errno != EWOULDBLOCK || kind == Kind::Exclusive || waited.elapsed() >= waitMs) {
            if (kind == Kind::Exclusive) {
                throw DbException(
                    {DbError::Kind::Busy,
                     tr("The branch is in use: a CounterDesk window, the hall host or another "
                        "counterdesk-cli command has it open. Close every CounterDesk window on "
                        "this computer and stop the hall host (systemctl stop counterdesk-hall), "
                        "then try again. Nothing was changed.")});
            }
            throw DbException({DbError::Kind::Busy,
                               tr("The branch database is being restored or given a new "
                                  "passphrase (counterdesk-cli restore or rekey). Try again when "
                                  "that has finished.")});
        }
        QThread::msleep(50);
    }
    return lock;
}

DatabaseLock::~DatabaseLock()
{
    ::close(m_fd); // releases the flock
}
