#pragma once

#include <QLoggingCategory>

// Head office's log (refused requests, clock skew, conflicts, database reconnects); journald
// under systemd. Never carries a key or a signature.
Q_DECLARE_LOGGING_CATEGORY(lcHq)
