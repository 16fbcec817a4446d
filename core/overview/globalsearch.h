// GlobalSearch: "find anything" (Ctrl+K). One text finds local governments (code, name or
// reading), applications (their local governments, subject or sender), consultations (the
// log's full-text search), people (name, reading or address) and meeting sessions (meeting,
// venue or host) — a few of each, newest first, for opening from anywhere. Every kind is read
// through the index its own page uses, so a search costs what those pages' searches cost.
#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace iotdesk::core {

class Database;

struct SearchHit
{
    enum class Kind
    {
        Municipality,
        Application,
        Consultation,
        Person,
        Meeting,
    };

    Kind kind = Kind::Municipality;
    qint64 id = 0;        // the record's id (0 for a local government)
    QString code6;        // the local government concerned, when there is one
    qint64 programId = 0; // applications and meetings
    QString title;
    QString detail;
};

class GlobalSearch
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::GlobalSearch)

public:
    // At most `perKind` hits of each kind; nothing for a blank text.
    static Result<QList<SearchHit>> find(const Database &db, const QString &text, int perKind = 6);
};

} // namespace iotdesk::core
