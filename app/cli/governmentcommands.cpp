// Local governments on iotdesk-cli: lg search, and naming a local government (by code or
// name) for every command that takes one.
#include "commandline.h"
#include "core/datafile/datafile.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace iotdesk::cli {

namespace {

QJsonObject toJson(const core::LocalGovernment &lg)
{
    return {{u"code6"_s, lg.code6},
            {u"code5"_s, lg.code5},
            {u"kind"_s, core::storedName(lg.kind)},
            {u"prefecture"_s, lg.prefecture},
            {u"district"_s, lg.district},
            {u"name"_s, lg.name},
            {u"name_mic"_s, lg.nameMic},
            {u"reading"_s, lg.nameKanaMic},
            {u"bureau"_s, lg.bureau}};
}

} // namespace

QList<Command> CommandLine::governmentCommands()
{
    return {
        {"lg search", "lg search TEXT [--prefecture P] [--json]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Finds local governments by code (5 or 6 digits, the check digit "
                           "validated), name or reading, as the Municipalities page does. Exit 1 "
                           "when nothing matches."),
         &CommandLine::lgSearch},
    };
}

QString CommandLine::governmentCode(const core::Database &db, const QString &text)
{
    const auto found = core::LocalGovernmentRepository(db.connection()).lookup(text);
    if (!found) {
        m_err << found.message() << '\n';
        m_lookupFailure = lookupExitCode(found.error());
        return {};
    }
    return found->code6;
}

int CommandLine::lgSearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption prefecture(u"prefecture"_s, {}, u"P"_s);
    parser.addOption(json);
    parser.addOption(prefecture);
    if (!parseOptions(parser, arguments))
        return UsageError;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty() && !parser.isSet(prefecture))
        return usageError();
    core::OpenOptions options;
    options.createIfMissing = false; // a mistyped --db must not create an empty file
    options.dailyBackup = false;
    const auto db = open(options);
    if (!db) {
        m_err << db.message() << '\n';
        return CannotOpen;
    }
    const core::LocalGovernmentRepository repository((*db)->connection());
    core::LocalGovernmentQuery query;
    query.text = words.join(u' ');
    if (parser.isSet(prefecture)) {
        const auto found = repository.findPrefecture(parser.value(prefecture));
        if (!found) {
            m_err << found.message() << '\n';
            // An unknown prefecture is the command line's fault; an unreadable file is not.
            return lookupExitCode(found.error());
        }
        query.prefectureCode = found->code;
    }
    const auto result = repository.search(query);
    if (!result) {
        m_err << result.message() << '\n';
        return Problems;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const core::LocalGovernment &lg : *result)
            array.append(toJson(lg));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const core::LocalGovernment &lg : *result) {
            m_out << lg.code6 << '\t' << lg.prefecture << '\t' << core::shownName(lg.kind) << '\t'
                  << lg.district + lg.name << '\t' << lg.nameKanaMic << '\n';
        }
        if (result->isEmpty())
            m_err << tr("No local government matches.") << '\n';
    }
    return result->isEmpty() ? Problems : Success;
}

} // namespace iotdesk::cli
