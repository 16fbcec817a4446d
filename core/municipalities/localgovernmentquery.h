// LocalGovernmentQuery: what the user asks of the master data: a text (code, name or reading),
// optional prefecture and bureau filters, and the order of the result.
#pragma once

#include <QString>
#include <Qt>

namespace iotdesk::core {

struct LocalGovernmentQuery
{
    enum class SortKey
    {
        Code,
        Prefecture,
        Bureau,
        Kind,
        Name,
        Reading
    };

    QString text;
    QString prefectureCode; // empty: all
    int bureauId = 0;       // 0: all
    SortKey sortKey = SortKey::Code;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

} // namespace iotdesk::core
