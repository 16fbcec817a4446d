#include "core/foundation/valueset.h"

#include "core/foundation/logging.h"

namespace iotdesk::core {

void warnUnknownStoredValue(const QString &stored)
{
    qCWarning(lcStorage, "A stored value no value set knows: \"%s\"", qUtf8Printable(stored));
}

} // namespace iotdesk::core
