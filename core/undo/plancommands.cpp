#include "core/undo/plancommands.h"

#include "core/plans/knowhowrepository.h"
#include "core/plans/planrepository.h"

namespace iotdesk::undo {

namespace {

QString labelOf(const core::PlanSection &s)
{
    return s.heading;
}
QString labelOf(const core::PlanNode &n)
{
    return n.text;
}
QString labelOf(const core::PlanMember &m)
{
    return m.name;
}
QString labelOf(const core::PlanMilestone &m)
{
    return m.title;
}
QString labelOf(const core::PlanKpi &k)
{
    return k.indicator;
}
QString labelOf(const core::PlanAmount &a)
{
    return a.item;
}
QString labelOf(const core::PlanRisk &r)
{
    return r.risk;
}

template <typename Item>
QString textOf(typename PlanItemCommand<Item>::Step step, const Item &before, const Item &after)
{
    using Step = typename PlanItemCommand<Item>::Step;
    switch (step) {
    case Step::Add:
        return PlanCommandText::adding(labelOf(after));
    case Step::Change:
        return PlanCommandText::changing(labelOf(after));
    case Step::Remove:
        return PlanCommandText::removing(labelOf(before));
    }
    return {};
}

// A version of the record that counts only others' changes: what the user's own steps wrote
// since does not refuse the next undo or redo.
template <typename Record> void ownVersion(Record &record, qint64 version)
{
    record.version = {version, true};
}

} // namespace

template <typename Item>
PlanItemCommand<Item>::PlanItemCommand(const core::Database &db, qint64 applicationId, Step step,
                                       Item before, Item after)
    : RepositoryCommand(db, textOf<Item>(step, before, after))
    , m_applicationId(applicationId)
    , m_step(step)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

// Adds `item` (under its id, once it has one) and takes its version after.
template <typename Item> core::Result<void> PlanItemCommand<Item>::put(Item &item)
{
    core::PlanRepository plans(database());
    const auto id = plans.add(m_applicationId, item);
    if (!id)
        return id.error();
    item.id = *id;
    const auto stored = plans.template item<Item>(*id);
    if (!stored)
        return stored.error();
    ownVersion(item, stored->version.seen.value_or(0));
    return {};
}

template <typename Item> core::Result<void> PlanItemCommand<Item>::take(const Item &item)
{
    return core::PlanRepository(database()).remove(item);
}

template <typename Item> core::Result<void> PlanItemCommand<Item>::apply()
{
    switch (m_step) {
    case Step::Add:
        return put(m_after);
    case Step::Change:
        return storeVersioned(m_after, m_before, [this](const Item &i) {
            return core::PlanRepository(database()).update(i);
        });
    case Step::Remove:
        return take(m_before);
    }
    return {};
}

template <typename Item> core::Result<void> PlanItemCommand<Item>::revert()
{
    switch (m_step) {
    case Step::Add:
        return take(m_after);
    case Step::Change:
        return storeVersioned(m_before, m_after, [this](const Item &i) {
            return core::PlanRepository(database()).update(i);
        });
    case Step::Remove:
        return put(m_before);
    }
    return {};
}

template class PlanItemCommand<core::PlanSection>;
template class PlanItemCommand<core::PlanNode>;
template class PlanItemCommand<core::PlanMember>;
template class PlanItemCommand<core::PlanMilestone>;
template class PlanItemCommand<core::PlanKpi>;
template class PlanItemCommand<core::PlanAmount>;
template class PlanItemCommand<core::PlanRisk>;

SetPlanHeaderCommand::SetPlanHeaderCommand(const core::Database &db, core::PlanHeader before,
                                           core::PlanHeader after)
    : RepositoryCommand(db, PlanCommandText::changing(PlanCommandText::tr("settings")))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

core::Result<void> SetPlanHeaderCommand::apply()
{
    return storeVersioned(m_after, m_before, [this](const core::PlanHeader &h) {
        return core::PlanRepository(database()).setHeader(h);
    });
}

core::Result<void> SetPlanHeaderCommand::revert()
{
    // The plan exists now, whatever `before` was read as.
    return storeVersioned(m_before, m_after, [this](core::PlanHeader h) {
        core::PlanRepository plans(database());
        if (!h.id) {
            const auto plan = plans.plan(h.applicationId);
            if (!plan)
                return core::Result<qint64>(plan.error());
            h.id = plan->header.id;
        }
        return plans.setHeader(h);
    });
}

FreezePlanCommand::FreezePlanCommand(const core::Database &db, qint64 applicationId,
                                     const QString &municipality, core::PlanStage stage, QDate on)
    : RepositoryCommand(db, PlanCommandText::tr("Freeze the Plan of %1 (%2)")
                                .arg(municipality, core::shownName(stage)))
    , m_applicationId(applicationId)
    , m_stage(stage)
    , m_on(on)
{}

core::Result<void> FreezePlanCommand::apply()
{
    const auto id = core::PlanRepository(database()).freeze(m_applicationId, m_stage, m_on);
    if (!id)
        return id.error();
    m_versionId = *id;
    return {};
}

core::Result<void> FreezePlanCommand::revert()
{
    return core::PlanRepository(database()).unfreeze(m_versionId);
}

LessonCommand::LessonCommand(const core::Database &db, Step step, core::Lesson before,
                             core::Lesson after)
    : RepositoryCommand(db, step == Step::Add      ? PlanCommandText::tr("Register a Lesson")
                            : step == Step::Change ? PlanCommandText::tr("Change a Lesson")
                                                   : PlanCommandText::tr("Remove a Lesson"))
    , m_step(step)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

core::Result<void> LessonCommand::put(core::Lesson &lesson)
{
    core::KnowhowRepository knowhow(database());
    const auto id = knowhow.add(lesson);
    if (!id)
        return id.error();
    lesson.id = *id;
    const auto stored = knowhow.lesson(*id);
    if (!stored)
        return stored.error();
    lesson.createdAt = stored->createdAt;
    lesson.createdBy = stored->createdBy;
    ownVersion(lesson, stored->version.seen.value_or(0));
    return {};
}

core::Result<void> LessonCommand::take(const core::Lesson &lesson)
{
    return core::KnowhowRepository(database()).remove(lesson);
}

core::Result<void> LessonCommand::apply()
{
    switch (m_step) {
    case Step::Add:
        return put(m_after);
    case Step::Change:
        return storeVersioned(m_after, m_before, [this](const core::Lesson &l) {
            return core::KnowhowRepository(database()).update(l);
        });
    case Step::Remove:
        return take(m_before);
    }
    return {};
}

core::Result<void> LessonCommand::revert()
{
    switch (m_step) {
    case Step::Add:
        return take(m_after);
    case Step::Change:
        return storeVersioned(m_before, m_after, [this](const core::Lesson &l) {
            return core::KnowhowRepository(database()).update(l);
        });
    case Step::Remove:
        return put(m_before);
    }
    return {};
}

} // namespace iotdesk::undo
