// iotdesk-cli import application-mail: application mails (.eml) taken into a program, all or
// nothing.
#include "applicationmailimporter.h"
#include "commandline.h"
#include "database.h"
#include "japantime.h"
#include "localgovernmentrepository.h"
#include "sendergovernment.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace iotdesk::cli {

int CommandLine::importApplicationMail(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption government(u"government"_s, {}, u"LG"_s);
    parser.addOptions({program, government});
    if (!parseOptions(parser, arguments))
        return UsageError;
    if (parser.positionalArguments().isEmpty()) {
        m_err << tr("Usage: iotdesk-cli import application-mail FILE... [--program ID] "
                    "[--government LG]")
              << '\n';
        return UsageError;
    }
    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    const qint64 id = programId(*db, parser.value(program));
    if (id == 0)
        return lookupFailure();
    QString code;
    if (parser.isSet(government)) {
        code = governmentCode(*db, parser.value(government));
        if (code.isEmpty())
            return lookupFailure();
    }
    const core::ApplicationMailImporter importer(*db, id);
    QList<core::ApplicationMailItem> items = importer.read(parser.positionalArguments());
    const core::LocalGovernmentRepository governments(db->connection());
    bool failed = false;
    for (core::ApplicationMailItem &item : items) {
        const QString name = QFileInfo(item.path).fileName();
        if (!item.problem.isEmpty()) {
            m_err << tr("%1: %2").arg(name, item.problem) << '\n';
            failed = true;
            continue;
        }
        if (item.needsGovernment() && !code.isEmpty())
            item.setGovernment(code);
        const QString lead = item.application.leadCode();
        const auto lg = governments.findByCode(lead);
        core::SenderGovernment spelled;
        spelled.candidates = item.candidates;
        const QString named = !lead.isEmpty() ? (lg ? lg->fullName() + u' ' + lead : lead)
                              : spelled.candidates.isEmpty()
                                  ? tr("local government unknown")
                                  : tr("one of %1").arg(spelled.candidateList());
        m_out << tr("%1: %2, received %3, %n attachment(s) of %4 bytes", nullptr,
                    int(item.application.files.size()))
                     .arg(name, named,
                          item.application.receivedAt.toTimeZone(core::JapanTime::zone())
                              .toString(u"yyyy-MM-dd HH:mm"_s))
                     .arg(item.application.attachmentBytes)
              << '\n';
        if (item.exceedsMailLimit())
            m_out << tr("%1: over the 10 MB limit of MIC's mail server.").arg(name) << '\n';
    }
    if (failed) {
        m_err << tr("Nothing was taken in.") << '\n';
        return Problems;
    }
    const auto stored = importer.store(items);
    if (!stored) {
        m_err << stored.message() << '\n' << tr("Nothing was taken in.") << '\n';
        return Problems;
    }
    m_out << tr("%n application(s) taken in.", nullptr, int(stored->size())) << '\n';
    return Success;
}

} // namespace iotdesk::cli
