// SelectionPublication: the published list of selected applicants (選定結果), in prefecture
// order as MIC publishes it: prefecture, the leading local government, its joint applicants.
#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace iotdesk::core {

class Database;

struct PublishedEntry
{
    qint64 applicationId = 0;
    QString code6;
    QString prefecture;
    QString name;
    QStringList jointMembers; // with their prefecture where it differs from the lead's
};

class SelectionPublication
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::SelectionPublication)

public:
    static Result<QList<PublishedEntry>> entries(const Database &db, qint64 programId);
    // The day the list is dated: that of the selection it publishes (the latest selection's
    // day, Japan time), not the day it is printed, so that a program entered after the fact is
    // published as of its own year; today while nothing is selected.
    static Result<QDate> publishedOn(const Database &db, qint64 programId);
    // Header and rows for the CSV (Japanese headings: the list is published in Japanese).
    static QList<QStringList> csvRows(const QList<PublishedEntry> &entries);
};

} // namespace iotdesk::core
