#include "printsink.h"

PrintSink::~PrintSink() = default;

QString PrintSink::problem() const
{
    return {};
}
