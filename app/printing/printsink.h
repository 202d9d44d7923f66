#pragma once

#include "printing/printjob.h"

#include <QString>

// Where a station's print jobs go: a PDF file here, a thermal printer through QPrinter in
// widgets/, a failing fake in tests.
class PrintSink
{
public:
    virtual ~PrintSink();
    // Prints one job. Returns an empty string when the paper came out, else why not (paper
    // out, printer offline), in words for staff.
    virtual QString print(const PrintJob &job) = 0;
    // Without printing anything: an empty string when the printer looks ready, else why not.
    // A sink that cannot tell says ready; print() still reports the truth.
    virtual QString problem() const;
};
