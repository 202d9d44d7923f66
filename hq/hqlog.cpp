#include "hqlog.h"

Q_LOGGING_CATEGORY(lcHq, "counterdesk.hq")
