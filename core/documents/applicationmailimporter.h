// ApplicationMailImporter: application mails (.eml, in any Japanese encoding) into a program.
// Each mail is read (MailParser) and turned into a proposed application: received when its Date
// (or first Received header) says, its sender and subject, the total size of its attachments
// (checked against the 10 MB mail limit), the lead local government recognised from the sender
// (SenderGovernment) and the attached files, to be kept with the application. A mail whose
// government is unknown or ambiguous waits for the user to name one. A Message-ID already
// taken in (or twice in one batch) is refused as a duplicate.
#pragma once

#include "core/applications/application.h"
#include "core/documents/mailmessage.h"
#include "core/foundation/result.h"
#include "core/municipalities/municipaldomain.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace iotdesk::core {

class Database;

struct ApplicationMailItem
{
    QString path;
    MailMessage mail;
    Application application; // no members while no local government is known
    QString problem;         // why the file cannot be taken in (not a mail, duplicate)
    bool duplicate = false;
    QString matchedBy;                            // contact, domain, or empty
    QList<MunicipalDomain::Candidate> candidates; // when the domain spells several

    bool needsGovernment() const { return problem.isEmpty() && application.members.isEmpty(); }
    bool exceedsMailLimit() const;
    // Names the lead local government (what the user chose for an unknown sender).
    void setGovernment(const QString &code6);
};

class ApplicationMailImporter
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::ApplicationMailImporter)

public:
    ApplicationMailImporter(const Database &db, qint64 programId)
        : m_db(db)
        , m_programId(programId)
    {}

    // Reads the files; never writes.
    QList<ApplicationMailItem> read(const QStringList &paths) const;
    // The proposal for one mail.
    ApplicationMailItem propose(const MailMessage &mail) const;
    // The applications of every item without a problem, checked as the repository checks
    // them; an item still without a local government is an error naming the file (and the
    // candidates its domain spells).
    Result<QList<Application>> applications(const QList<ApplicationMailItem> &items) const;
    // Stores them all in one transaction, each with its files.
    Result<QList<qint64>> store(const QList<ApplicationMailItem> &items) const;

private:
    const Database &m_db;
    qint64 m_programId = 0;
};

} // namespace iotdesk::core
