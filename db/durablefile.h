#pragma once

#include <QString>

// File steps that survive a crash: data forced to disk before a rename makes it visible, renames
// that replace (or refuse to replace) in one step, the directory's entry made durable after.
// Each returns false with the reason in *error (the system's words) when it fails.
// Never use them to read a database this process has open: closing any descriptor of a file
// drops every POSIX lock the process holds on it, SQLite's included.
namespace DurableFile
{
// fsync() of the file's data and size.
bool sync(const QString &path, QString *error);
// fsync() of the folder holding path, so that a rename or a new name in it survives a crash.
void syncDirectoryOf(const QString &path);
// Renames from to to in one step. With replace false it refuses (EEXIST) when to exists, also
// when another process creates it at the same moment. Syncs the folder after.
bool rename(const QString &from, const QString &to, bool replace, QString *error);
// Creates a new, empty file that only its owner may read or write; fails if it exists.
bool createPrivate(const QString &path, QString *error);
// Copies from into a new file to (which must not exist) and syncs it.
bool copy(const QString &from, const QString &to, QString *error);
// A second name for the same file (a hard link), or a synced copy where the file system has
// no hard links. to must not exist.
bool keep(const QString &from, const QString &to, QString *error);
// Whether both names lead to the same file (also through a symbolic or a hard link).
bool sameFile(const QString &a, const QString &b);
// Removes path and the files SQLite may have left beside it (-journal, -wal, -shm).
void removeWithSidecars(const QString &path);
} // namespace DurableFile
