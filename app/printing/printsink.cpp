#include "printsink.h"

PrintSink::~PrintSink() = default;
