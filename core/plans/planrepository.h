// PlanRepository: the plans of the selected applications, edited one item at a time, and
// their frozen versions. Every change is a transaction with its history; an item changed since
// it was read is refused (ErrorCode::Conflict). A plan is made, with the default sections,
// by the first change to it: reading an application's plan never writes.
#pragma once

#include "core/foundation/result.h"
#include "core/plans/plan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace iotdesk::core {

class Database;

class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::PlanRepository)

public:
    explicit PlanRepository(const Database &db)
        : m_db(db)
    {}

    // A selected application of a program, with what its plan has.
    struct Entry
    {
        qint64 applicationId = 0;
        QString code6;
        QString municipality;
        qint64 planId = 0; // 0: no plan yet
        int versions = 0;
        std::optional<PlanStage> latestStage;
    };
    Result<QList<Entry>> entries(qint64 programId) const;
    // The selected application of the program that `code6` is a member of.
    Result<qint64> applicationOf(qint64 programId, const QString &code6) const;

    // The application's plan as it is now; one with header.id 0 and the defaults when it has
    // none yet. NotFound when the application is not selected.
    Result<Plan> plan(qint64 applicationId) const;

    // The plan's settings; makes the plan when it has none. Gives the header's version after.
    Result<qint64> setHeader(const PlanHeader &header);

    // An item of one of the plan's parts (PlanSection, PlanNode, PlanMember, PlanMilestone,
    // PlanKpi, PlanAmount, PlanRisk): add gives the new id (an item with an id is brought back
    // under it: undo), update the item's version after, remove checks the item's version.
    template <typename Item> Result<qint64> add(qint64 applicationId, const Item &item);
    template <typename Item> Result<qint64> update(const Item &item);
    template <typename Item> Result<void> remove(const Item &item);
    template <typename Item> Result<Item> item(qint64 id) const;

    // Freezes the plan as it is now as a version of `stage` dated `on`; a mid-term version is
    // linked to the application's presentation slot. Gives the version's id.
    Result<qint64> freeze(qint64 applicationId, PlanStage stage, QDate on);
    // Undoes a freeze: removes that version (the newest), and nothing else.
    Result<void> unfreeze(qint64 versionId);
    Result<QList<PlanVersion>> versions(qint64 applicationId) const;
    // A frozen version's plan, as it stood.
    Result<Plan> frozenPlan(qint64 versionId) const;
    // The date a freeze of `stage` is offered with: the mid-term presentation's day for a
    // mid-term version, the end of the program's fiscal year for the final one (if that is
    // over), else `today`, never after the program's year.
    Result<QDate> suggestedFreezeDate(qint64 applicationId, PlanStage stage, QDate today) const;

    // What changed from `before` to `after`.
    static QList<PlanChange> compare(const Plan &before, const Plan &after);
    static QJsonObject toJson(const Plan &plan);
    static Plan fromJson(const QJsonObject &json);
    // The headings a new plan starts with (in Japanese: they are the plan's text).
    static QStringList defaultSections();

    // "4", "4%", "4.25 %" as basis points; nullopt for anything else or outside 0–20%.
    static std::optional<int> parseRate(const QString &text);
    static QString rateText(int basisPoints);

private:
    Result<qint64> ensurePlan(const QSqlDatabase &db, qint64 applicationId);
    Result<Plan> read(const QSqlDatabase &db, qint64 applicationId) const;
    template <typename Item> Result<qint64> planOf(const QSqlDatabase &db, qint64 id) const;

    const Database &m_db;
};

} // namespace iotdesk::core
