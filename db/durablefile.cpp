#include "durablefile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace
{
QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

bool fail(QString *error)
{
    if (error) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
    }
    return false;
}

// Closes fd on every path out.
struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0) {
            ::close(fd);
        }
    }
};
} // namespace

bool DurableFile::sync(const QString &path, QString *error)
{
    Fd f{::open(native(path).constData(), O_RDONLY | O_CLOEXEC)};
    if (f.fd < 0 || ::fsync(f.fd) != 0) {
        return fail(error);
    }
    return true;
}

void DurableFile::syncDirectoryOf(const QString &path)
{
    const QByteArray dir = native(QFileInfo(path).absolutePath());
    Fd f{::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (f.fd >= 0) {
        ::fsync(f.fd);
    }
}

bool DurableFile::rename(const QString &from, const QString &to, bool replace, QString *error)
{
    int rc = 0;
    if (replace) {
        rc = ::rename(native(from).constData(), native(to).constData());
    } else {
        rc = ::renameat2(AT_FDCWD, native(from).constData(), AT_FDCWD, native(to).constData(),
                         RENAME_NOREPLACE);
        if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) {
            // A file system without RENAME_NOREPLACE: a hard link refuses an existing name too.
            rc = ::link(native(from).constData(), native(to).constData());
            if (rc == 0) {
                ::unlink(native(from).constData());
            }
        }
    }
    if (rc != 0) {
        return fail(error);
    }
    syncDirectoryOf(to);
    return true;
}

bool DurableFile::createPrivate(const QString &path, QString *error)
{
    Fd f{::open(native(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)};
    return f.fd >= 0 || fail(error);
}

bool DurableFile::copy(const QString &from, const QString &to, QString *error)
{
    Fd in{::open(native(from).constData(), O_RDONLY | O_CLOEXEC)};
    if (in.fd < 0) {
        return fail(error);
    }
    Fd out{::open(native(to).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)};
    if (out.fd < 0) {
        return fail(error);
    }
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(in.fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return fail(error);
        }
        if (n == 0) {
            break;
        }
        for (ssize_t done = 0; done < n;) {
            const ssize_t w = ::write(out.fd, buffer + done, static_cast<size_t>(n - done));
            if (w < 0) {
                if (errno == EINTR) {
                    continue;
                }
                return fail(error);
            }
            done += w;
        }
    }
    if (::fsync(out.fd) != 0) {
        return fail(error);
    }
    syncDirectoryOf(to);
    return true;
}

bool DurableFile::keep(const QString &from, const QString &to, QString *error)
{
    if (::link(native(from).constData(), native(to).constData()) == 0) {
        syncDirectoryOf(to);
        return true;
    }
    if (errno == EEXIST) {
        return fail(error);
    }
    return copy(from, to, error);
}

bool DurableFile::sameFile(const QString &a, const QString &b)
{
    struct stat sa
    {
    };
    struct stat sb
    {
    };
    return ::stat(native(a).constData(), &sa) == 0 && ::stat(native(b).constData(), &sb) == 0
           && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

void DurableFile::removeWithSidecars(const QString &path)
{
    for (const char *suffix : {"-journal", "-wal", "-shm", ""}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}
