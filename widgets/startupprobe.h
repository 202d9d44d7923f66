#pragma once

// For benchmarks only (tests/bench_startup.cpp): with COUNTERDESK_STARTUP_PROBE=FILE in the
// environment the app appends one line "EVENT NANOSECONDS" to FILE at each start-up milestone,
// the time read from CLOCK_MONOTONIC so that the benchmark, another process, can subtract its
// own start time. Without the variable every call does nothing.
namespace StartupProbe
{
void mark(const char *event);
// Marks event when the event loop is next about to wait: whatever was shown has been laid out
// and painted and nothing is left to do, i.e. the window is usable.
void markWhenIdle(const char *event);
} // namespace StartupProbe
