// The registry of people on iotdesk-cli: people list and people add, and finding a person by
// id or name for the meeting commands. One registry for every feature: a municipality's people
// (an application's contact persons among them) and the consultants.
#include "commandline.h"
#include "core/municipalities/contactrepository.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace iotdesk::cli {

namespace {

QString withoutSpaces(QString text)
{
    return text.remove(u' ').remove(u'\u3000');
}

} // namespace

QList<Command> CommandLine::peopleCommands()
{
    return {
        {"people list", "people list [--government LG | --consultants] [--json]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Lists the registry of people: the consultants and the people of local "
                           "governments (an application's contact persons among them), or only "
                           "those of one local government, or only the consultants."),
         &CommandLine::peopleList},
        {"people add",
         "people add NAME (--government LG | --consultant) [--reading R] [--department D] "
         "[--title T] [--phone P] [--email E]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Adds a person to the registry: of a local government, or a "
                           "consultant. A person of the same name there is not added twice."),
         &CommandLine::peopleAdd},
    };
}

qint64 CommandLine::personId(const QList<core::Contact> &people, const QString &text,
                             const QString &notFound)
{
    const QString wanted = text.trimmed();
    bool isNumber = false;
    const qint64 number = wanted.toLongLong(&isNumber);
    QList<core::Contact> matches;
    for (const core::Contact &c : people) {
        if ((isNumber && c.id == number) ||
            (!isNumber && withoutSpaces(c.name) == withoutSpaces(wanted)))
            matches.append(c);
    }
    if (matches.size() == 1)
        return matches.front().id;
    if (matches.isEmpty()) {
        m_err << (notFound.isEmpty()
                      ? tr("There is nobody called “%1”; see iotdesk-cli people list.").arg(wanted)
                      : notFound)
              << '\n';
        return 0;
    }
    QStringList ids;
    for (const core::Contact &c : std::as_const(matches))
        ids.append(QString::number(c.id));
    m_err << tr("“%1” names several people (%2): give the id, or --for LG.")
                 .arg(wanted, ids.join(u", "_s))
          << '\n';
    return 0;
}

int CommandLine::peopleList(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption government(u"government"_s, {}, u"LG"_s);
    const QCommandLineOption consultants(u"consultants"_s);
    const QCommandLineOption json(u"json"_s);
    parser.addOptions({government, consultants, json});
    if (!parseOptions(parser, arguments))
        return UsageError;
    if ((parser.isSet(government) && parser.isSet(consultants)) ||
        !parser.positionalArguments().isEmpty()) {
        return usageError();
    }
    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    const core::ContactRepository contacts(*db);
    core::Result<QList<core::Contact>> people = QList<core::Contact>();
    if (parser.isSet(government)) {
        const QString code6 = governmentCode(*db, parser.value(government));
        if (code6.isEmpty())
            return lookupFailure();
        people = contacts.ofGovernment(code6);
    } else {
        people = parser.isSet(consultants) ? contacts.consultants() : contacts.people();
    }
    if (!people) {
        m_err << people.message() << '\n';
        return Problems;
    }
    const core::LocalGovernmentRepository governments(db->connection());
    QHash<QString, QString> names;
    QJsonArray array;
    for (const core::Contact &c : *people) {
        if (!c.lgCode6.isEmpty() && !names.contains(c.lgCode6)) {
            const auto lg = governments.findByCode(c.lgCode6);
            names.insert(c.lgCode6, lg ? lg->fullName() : c.lgCode6);
        }
        const QString affiliation =
            c.lgCode6.isEmpty() ? core::shownName(c.kind) : names.value(c.lgCode6);
        array.append(QJsonObject{{u"id"_s, c.id},
                                 {u"kind"_s, core::storedName(c.kind)},
                                 {u"name"_s, c.name},
                                 {u"reading"_s, c.kana},
                                 {u"code6"_s, c.lgCode6},
                                 {u"government"_s, c.lgCode6.isEmpty() ? QString() : affiliation},
                                 {u"department"_s, c.department},
                                 {u"title"_s, c.title},
                                 {u"phone"_s, c.phone},
                                 {u"email"_s, c.email},
                                 {u"active"_s, c.active}});
        if (!parser.isSet(json)) {
            m_out << c.id << '\t' << affiliation << '\t' << c.name << '\t' << c.department << '\t'
                  << c.title << '\t' << c.phone << '\t' << c.email
                  << (c.active ? QString() : u"\t"_s + tr("(inactive)")) << '\n';
        }
    }
    if (parser.isSet(json))
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return Success;
}

int CommandLine::peopleAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption government(u"government"_s, {}, u"LG"_s);
    const QCommandLineOption consultant(u"consultant"_s);
    const QCommandLineOption reading(u"reading"_s, {}, u"R"_s);
    const QCommandLineOption department(u"department"_s, {}, u"D"_s);
    const QCommandLineOption title(u"title"_s, {}, u"T"_s);
    const QCommandLineOption phone(u"phone"_s, {}, u"P"_s);
    const QCommandLineOption email(u"email"_s, {}, u"E"_s);
    parser.addOptions({government, consultant, reading, department, title, phone, email});
    if (!parseOptions(parser, arguments))
        return UsageError;
    if (parser.positionalArguments().size() != 1 ||
        parser.isSet(government) == parser.isSet(consultant)) {
        return usageError();
    }
    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    core::Contact c;
    c.kind =
        parser.isSet(consultant) ? core::ContactKind::Consultant : core::ContactKind::Municipal;
    c.name = parser.positionalArguments().front().trimmed();
    if (parser.isSet(government)) {
        c.lgCode6 = governmentCode(*db, parser.value(government));
        if (c.lgCode6.isEmpty())
            return lookupFailure();
    }
    c.kana = parser.value(reading);
    c.department = parser.value(department);
    c.title = parser.value(title);
    c.phone = parser.value(phone);
    c.email = parser.value(email);
    core::ContactRepository contacts(*db);
    const auto already =
        c.lgCode6.isEmpty() ? contacts.consultants() : contacts.ofGovernment(c.lgCode6);
    if (!already) {
        m_err << already.message() << '\n';
        return Problems;
    }
    for (const core::Contact &known : *already) {
        if (withoutSpaces(known.name) == withoutSpaces(c.name)) {
            m_err << tr("%1 is in the registry already (%2).").arg(known.name).arg(known.id)
                  << '\n';
            return Problems;
        }
    }
    const auto added = contacts.add(c);
    if (!added) {
        m_err << added.message() << '\n';
        return Problems;
    }
    m_out << tr("%1 added (%2).").arg(c.name).arg(*added) << '\n';
    return Success;
}

} // namespace iotdesk::cli
