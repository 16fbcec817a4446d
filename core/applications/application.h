// Application: one application to a program, as it arrived by e-mail: the local governments
// behind it (a joint application has a lead), its contact persons, partner businesses or
// bodies, multi-area frameworks, eligibility answers, opinions and the selection decision.
#pragma once

#include "core/applications/eligibility.h"
#include "core/foundation/valueset.h"
#include "core/storage/changehistory.h"
#include "core/storage/storedfile.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace iotdesk::core {

// The selection's outcome for an application; None until it is decided.
enum class Decision
{
    None,
    Selected,
    NotSelected,
    Withdrawn,
};
template <> const ValueSet<Decision> &valueSet<Decision>();

struct ApplicationMember
{
    QString code6;
    bool lead = false;

    bool operator==(const ApplicationMember &) const = default;
};

struct ApplicationContact
{
    QString name;
    QString department;
    QString title;
    QString phone;
    QString email;

    bool operator==(const ApplicationContact &) const = default;
};

// What kind of body a partner of the application is.
enum class PartnerKind
{
    Company,
    University, // or research body
    Npo,        // or association
    Public,
    Other,
};
template <> const ValueSet<PartnerKind> &valueSet<PartnerKind>();

// A multi-area framework the applicants belong to, and how far it has come.
enum class FrameworkKind
{
    SettlementArea,  // 定住自立圏
    CentralCityArea, // 連携中枢都市圏
    Other,
};
template <> const ValueSet<FrameworkKind> &valueSet<FrameworkKind>();

enum class FrameworkState
{
    Formed,
    Forming,
};
template <> const ValueSet<FrameworkState> &valueSet<FrameworkState>();

struct ApplicationPartner
{
    QString name;
    PartnerKind kind = PartnerKind::Company;
    QString role;

    bool operator==(const ApplicationPartner &) const = default;
};

struct ApplicationFramework
{
    FrameworkKind kind = FrameworkKind::Other;
    QString name;
    FrameworkState state = FrameworkState::Formed;
    QStringList memberCodes;

    bool operator==(const ApplicationFramework &) const = default;
};

struct Application
{
    qint64 id = 0;
    qint64 programId = 0;
    QDateTime receivedAt; // UTC
    QString senderEmail;
    QString subject;
    qint64 attachmentBytes = 0;
    std::optional<QDate> confirmationSentOn;
    EligibilityAnswers answers;
    QString bureauOpinion;
    QString contractorOpinion;
    Decision decision = Decision::None;
    QString decisionRationale;
    QString overrideReason;
    QDateTime decidedAt;
    QString note;
    QString messageId; // of the mail it came in, when taken from one; unique
    QList<ApplicationMember> members;
    QList<ApplicationContact> contacts;
    QList<ApplicationPartner> partners;
    QList<ApplicationFramework> frameworks;
    // The files attached to its mail, with content, to be stored with a new application;
    // once stored they are read through FileStore (Kind::ApplicationFiles), never loaded here.
    QList<StoredFile> files;
    RecordVersion version; // as read; an update from it is refused if the record changed since

    QString leadCode() const
    {
        for (const ApplicationMember &member : members) {
            if (member.lead)
                return member.code6;
        }
        return {};
    }
};

// What the user changed between `opened` and `mine`, put onto `theirs` (reapplyEdit over the
// fields the application's editor changes).
inline Application reapplyEdit(const Application &opened, const Application &mine,
                               Application theirs)
{
    return reapplyEdit(
        opened, mine, std::move(theirs), &Application::receivedAt, &Application::senderEmail,
        &Application::subject, &Application::attachmentBytes, &Application::confirmationSentOn,
        &Application::answers, &Application::bureauOpinion, &Application::contractorOpinion,
        &Application::decision, &Application::decisionRationale, &Application::overrideReason,
        &Application::decidedAt, &Application::note, &Application::members, &Application::contacts,
        &Application::partners, &Application::frameworks);
}

} // namespace iotdesk::core
