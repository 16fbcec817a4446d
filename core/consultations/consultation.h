// Consultation: one phone call, e-mail, visit or meeting with a local government, as the
// consultant logs it: when, with whom, how, about what, how long, what was said and advised,
// and what has to follow. An imported e-mail keeps its headers, body and Message-ID.
#pragma once

#include "core/foundation/valueset.h"
#include "core/storage/changehistory.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace iotdesk::core {

enum class ContactKind
{
    Municipal, // a counterpart at a local government
    Consultant,
};
template <> const ValueSet<ContactKind> &valueSet<ContactKind>();

// People kept once and reused: counterparts at local governments and the consultants.
struct Contact
{
    qint64 id = 0;
    ContactKind kind = ContactKind::Municipal;
    QString name;
    QString kana;
    QString lgCode6; // municipal contacts only
    QString department;
    QString title;
    QString email; // stored in lower case
    QString phone;
    bool active = true;
    RecordVersion version; // as read; an update from it is refused if the person changed since

    bool operator==(const Contact &) const = default;
};

// What the user changed between `opened` and `mine`, put onto `theirs` (reapplyEdit over the
// fields of the people dialog's form).
inline Contact reapplyEdit(const Contact &opened, const Contact &mine, Contact theirs)
{
    return reapplyEdit(opened, mine, std::move(theirs), &Contact::name, &Contact::kana,
                       &Contact::department, &Contact::title, &Contact::email, &Contact::phone,
                       &Contact::active);
}

struct FollowUp
{
    qint64 id = 0;
    qint64 consultationId = 0;
    QString action;
    QDate dueOn; // invalid: no due date
    qint64 ownerId = 0;
    QDate doneOn; // invalid: still open

    bool isOpen() const { return !doneOn.isValid(); }
    bool operator==(const FollowUp &) const = default;
};

// The topics a consultation can touch; stored as one bit each, so the order is fixed.
enum class Topic
{
    RegionalIssues,
    Solutions,
    PromotionSystem,
    CostEffectiveness,
    BudgetAndSubsidies,
    Procurement,
    DataAndSecurity,
    WorkshopLogistics,
    MonthlyReport,
    Other,
};
inline constexpr int kTopicCount = 10;

// How a consultation took place, and who started it.
enum class Channel
{
    Phone,
    Email,
    Visit,
    Online,
    Other,
};
template <> const ValueSet<Channel> &valueSet<Channel>();

enum class Direction
{
    Incoming,
    Outgoing,
};
template <> const ValueSet<Direction> &valueSet<Direction>();

struct Consultation
{
    qint64 id = 0;
    QDateTime occurredAt; // UTC, to the second
    QString lgCode6;
    qint64 counterpartId = 0; // 0: none named
    qint64 consultantId = 0;
    Channel channel = Channel::Phone;
    Direction direction = Direction::Incoming;
    quint32 topics = 0;
    int durationMinutes = 0;
    QString summary;
    QString advice;
    QString mailSubject;
    QString mailFrom;
    QString mailTo;
    QString mailCc;
    QString mailBody;
    QString messageId; // empty unless imported from a mail
    QList<FollowUp> followUps;
    RecordVersion version; // as read; an update from it is refused if the record changed since

    bool hasTopic(Topic topic) const { return topics & (1u << int(topic)); }
    void setTopic(Topic topic, bool on = true)
    {
        if (on)
            topics |= 1u << int(topic);
        else
            topics &= ~(1u << int(topic));
    }
};

// What the user changed between `opened` and `mine`, put onto `theirs` (reapplyEdit over the
// fields a consultation's editor changes).
inline Consultation reapplyEdit(const Consultation &opened, const Consultation &mine,
                                Consultation theirs)
{
    return reapplyEdit(
        opened, mine, std::move(theirs), &Consultation::occurredAt, &Consultation::lgCode6,
        &Consultation::counterpartId, &Consultation::consultantId, &Consultation::channel,
        &Consultation::direction, &Consultation::topics, &Consultation::durationMinutes,
        &Consultation::summary, &Consultation::advice, &Consultation::followUps);
}

} // namespace iotdesk::core
