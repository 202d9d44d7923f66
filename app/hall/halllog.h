#pragma once

#include <QLoggingCategory>

// The hall host's log (refused requests, TLS failures, start and stop); journald under systemd.
// Never carries a device token or a ticket token.
Q_DECLARE_LOGGING_CATEGORY(lcHall)
