// NationalFile: a generated database at national scale for the benchmarks: all 1,788 local
// governments (the shipped master data), ten program years, a history of a million changes
// spread over every local government, and a million consultations over ten years with their
// people, follow-ups and full-text index.
#pragma once

#include "core/foundation/result.h"

#include <QString>

namespace iotdesk::bench {

struct NationalFileSize
{
    int programYears = 10;
    int historyRows = 1'000'000;
    int consultations = 1'000'000;
};

class NationalFile
{
public:
    // Creates the file unless it exists with the same size; returns its path.
    static core::Result<QString> ensure(const QString &path, const NationalFileSize &size = {});
};

} // namespace iotdesk::bench
