// ApplicationImporter: applications from a CSV file, as coordinators keep them in Excel.
// UTF-8 (with or without BOM) or CP932; one application per line; columns named in English
// or in Japanese (docs/import-format.md). Local governments are matched by code or by
// prefecture and name with the search's rules; an ambiguous or unknown name is an error,
// never a guess. All or nothing: any error lists every bad line and nothing is imported.
#pragma once

#include "core/applications/application.h"
#include "core/foundation/result.h"
#include "core/foundation/textdecoder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace iotdesk::core {

class Database;

class ApplicationImporter
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::ApplicationImporter)

public:
    explicit ApplicationImporter(const Database &db)
        : m_db(db)
    {}

    // The applications the file describes, checked like any application; nothing is stored.
    Result<QList<Application>> read(const QByteArray &bytes, qint64 programId,
                                    TextEncoding encoding = TextEncoding::Automatic) const;
    // read() and then store them all in one transaction; returns the new ids.
    Result<QList<qint64>> import(const QByteArray &bytes, qint64 programId,
                                 TextEncoding encoding = TextEncoding::Automatic) const;
    Result<QList<qint64>> importFile(const QString &path, qint64 programId,
                                     TextEncoding encoding = TextEncoding::Automatic) const;

    // The column keys, in the order of the sample file.
    static QStringList columns();

private:
    const Database &m_db;
};

} // namespace iotdesk::core
