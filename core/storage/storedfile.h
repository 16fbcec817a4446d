// StoredFile: a file kept inside the database (a meeting's material, a report's attachment),
// with its size and SHA-256, so that a copy or backup of the database carries it and a damaged
// one is recognised.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace iotdesk::core {

struct StoredFile
{
    qint64 id = 0;
    qint64 ownerId = 0; // the session or report it belongs to
    QString fileName;
    qint64 sizeBytes = 0;
    QString sha256;    // hex
    QDateTime addedAt; // UTC
    QString addedBy;
    QByteArray content; // filled only where asked for

    bool operator==(const StoredFile &) const = default;
};

} // namespace iotdesk::core
