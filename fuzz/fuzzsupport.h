#pragma once

// What the libFuzzer harnesses share (docs/fuzzing.md): Qt set up once, the demo branch in a
// temporary folder made once per process, each input's changes rolled back so that every input
// meets the same branch, and head office's demo key to sign what an input holds.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>

class Branch;

namespace FuzzSupport
{
// A QCoreApplication (once), the clock frozen on a working morning (Monday 2026-06-01, 09:30
// in Shanghai), and Qt's warnings silenced: a harness says nothing unless something breaks.
void init(int *argc, char ***argv);
// The demo branch (catalogue, windows, staff, knowledge base), created on first use in a
// temporary folder that goes with the process.
Branch &branch();
// Runs fn inside a transaction that is always rolled back.
void rolledBack(const std::function<void()> &fn);
// The input as text (invalid UTF-8 becomes replacement characters, as Qt reads it).
QString text(const uint8_t *data, size_t size);
QByteArray bytes(const uint8_t *data, size_t size);
// A document signed by the demo head office, whose key the demo branch pins.
QByteArray signedByHeadOffice(const QString &format, const QJsonObject &document);
// Stops the run with a message when a property that must hold does not (a finding).
[[noreturn]] void violated(const char *what, const QString &detail = {});
} // namespace FuzzSupport
