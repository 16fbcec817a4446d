// The undoable steps of a plan and of the know-how register: an item of a plan added, changed
// or removed (PlanItemCommand, one template for every part of the plan), the plan's settings
// changed, a version frozen; a lesson added, changed or removed. Undo puts a removed item back
// under its id; an undo or redo that would overwrite someone else's later change is refused.
#pragma once

#include "core/plans/knowhow.h"
#include "core/plans/plan.h"
#include "core/undo/repositorycommand.h"

#include <QCoreApplication>

namespace iotdesk::undo {

class PlanCommandText
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::undo::PlanCommand)

public:
    static QString adding(const QString &what) { return tr("Add to the Plan: %1").arg(what); }
    static QString changing(const QString &what) { return tr("Change the Plan: %1").arg(what); }
    static QString removing(const QString &what)
    {
        return tr("Remove from the Plan: %1").arg(what);
    }
};

template <typename Item> class PlanItemCommand : public RepositoryCommand
{
public:
    enum class Step
    {
        Add,
        Change,
        Remove
    };

    // Add: `after` is the new item; Change: `before` as read and `after` as edited; Remove:
    // `before` as read.
    PlanItemCommand(const core::Database &db, qint64 applicationId, Step step, Item before,
                    Item after);

    // The item's id once added.
    qint64 itemId() const { return m_step == Step::Remove ? m_before.id : m_after.id; }

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::Result<void> put(Item &item);
    core::Result<void> take(const Item &item);

    qint64 m_applicationId;
    Step m_step;
    Item m_before;
    Item m_after;
};

class SetPlanHeaderCommand : public RepositoryCommand
{
public:
    SetPlanHeaderCommand(const core::Database &db, core::PlanHeader before, core::PlanHeader after);

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::PlanHeader m_before;
    core::PlanHeader m_after;
};

class FreezePlanCommand : public RepositoryCommand
{
public:
    FreezePlanCommand(const core::Database &db, qint64 applicationId, const QString &municipality,
                      core::PlanStage stage, QDate on);
    qint64 versionId() const { return m_versionId; }

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    qint64 m_applicationId;
    core::PlanStage m_stage;
    QDate m_on;
    qint64 m_versionId = 0;
};

class LessonCommand : public RepositoryCommand
{
public:
    enum class Step
    {
        Add,
        Change,
        Remove
    };
    LessonCommand(const core::Database &db, Step step, core::Lesson before, core::Lesson after);
    qint64 itemId() const { return m_step == Step::Remove ? m_before.id : m_after.id; }

protected:
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::Result<void> put(core::Lesson &lesson);
    core::Result<void> take(const core::Lesson &lesson);

    Step m_step;
    core::Lesson m_before;
    core::Lesson m_after;
};

} // namespace iotdesk::undo
