// The applications on iotdesk-cli: import applications (CSV) and list applications, with the
// rules and dates of the Applications page (taking in mails is in documentcommands.cpp).
#include "commandline.h"
#include "core/applications/applicationimporter.h"
#include "core/applications/applicationlistmodel.h"
#include "core/applications/applicationrepository.h"
#include "core/applications/applicationtiming.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace iotdesk::cli {

QList<Command> CommandLine::applicationCommands()
{
    return {
        {"import applications",
         "import applications FILE [--program ID] [--encoding auto|utf-8|cp932]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Imports applications from a CSV file (docs/import-format.md) into the "
                           "program (default: the newest). All or nothing: any error lists every "
                           "bad line, and nothing is imported."),
         &CommandLine::importApplications},
        {"list applications", "list applications [--program ID] [--json]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Lists a program's applications with their eligibility, timing and "
                           "decision."),
         &CommandLine::listApplications},
    };
}

int CommandLine::importApplications(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption encoding(u"encoding"_s, {}, u"NAME"_s, u"auto"_s);
    parser.addOption(program);
    parser.addOption(encoding);
    if (!parseOptions(parser, arguments))
        return UsageError;
    if (parser.positionalArguments().size() != 1)
        return usageError();
    const QString encodingName = parser.value(encoding).toLower();
    core::TextEncoding textEncoding = core::TextEncoding::Automatic;
    if (encodingName == u"utf-8" || encodingName == u"utf8")
        textEncoding = core::TextEncoding::Utf8;
    else if (encodingName == u"cp932" || encodingName == u"shift_jis" || encodingName == u"sjis")
        textEncoding = core::TextEncoding::Cp932;
    else if (encodingName != u"auto") {
        m_err << tr("Unknown encoding “%1”: use auto, utf-8 or cp932.").arg(encodingName) << '\n';
        return UsageError;
    }
    const auto [db, id, failure] = openProgram(parser.value(program));
    if (failure != Success)
        return failure;
    const auto imported = core::ApplicationImporter(*db).importFile(
        parser.positionalArguments().front(), id, textEncoding);
    if (!imported) {
        m_err << imported.message() << '\n';
        return Problems;
    }
    m_out << tr("%n application(s) imported.", nullptr, int(imported->size())) << '\n';
    return Success;
}

int CommandLine::listApplications(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption json(u"json"_s);
    parser.addOption(program);
    parser.addOption(json);
    if (!parseOptions(parser, arguments))
        return UsageError;
    const auto [db, id, failure] = openProgram(parser.value(program));
    if (failure != Success)
        return failure;
    // The same rows, rules and dates as the Applications page.
    core::ApplicationListModel model(*db);
    model.setProgram(id);
    if (!model.lastError().isEmpty()) {
        m_err << model.lastError() << '\n';
        return Problems;
    }
    static const char16_t *const kStatus[] = {u"eligible", u"ineligible", u"incomplete"};
    static const char16_t *const kWindow[] = {u"early", u"in_window", u"late"};
    static const char16_t *const kConfirmation[] = {u"pending", u"due_today", u"overdue", u"sent",
                                                    u"sent_late"};
    QJsonArray array;
    for (int i = 0; i < model.rowCount(); ++i) {
        const core::ApplicationListRow &row = model.at(i);
        const core::Application &a = row.application;
        QJsonArray members = {
            QJsonObject{{u"code6"_s, a.leadCode()}, {u"name"_s, row.leadName}, {u"lead"_s, true}}};
        qsizetype joint = 0;
        for (const core::ApplicationMember &member : a.members) {
            if (!member.lead) {
                members.append(QJsonObject{{u"code6"_s, member.code6},
                                           {u"name"_s, row.memberNames.value(joint++)},
                                           {u"lead"_s, false}});
            }
        }
        const QJsonObject object = {
            {u"id"_s, a.id},
            {u"received_at"_s, a.receivedAt.toString(Qt::ISODate)},
            {u"received_on"_s, row.receivedOn.toString(Qt::ISODate)},
            {u"lead"_s, row.leadName},
            {u"members"_s, members},
            {u"eligibility"_s, QString::fromUtf16(kStatus[int(row.eligibility.status)])},
            {u"failing_reasons"_s, QJsonArray::fromStringList(row.eligibility.failingReasons)},
            {u"missing_answers"_s, QJsonArray::fromStringList(row.eligibility.missingAnswers)},
            {u"window"_s, QString::fromUtf16(kWindow[int(row.window)])},
            {u"attachment_bytes"_s, a.attachmentBytes},
            {u"over_mail_limit"_s, core::ApplicationTiming::exceedsMailLimit(a.attachmentBytes)},
            {u"confirmation_due"_s, row.confirmationDue.toString(Qt::ISODate)},
            {u"confirmation"_s, QString::fromUtf16(kConfirmation[int(row.confirmation)])},
            {u"decision"_s,
             a.decision == core::Decision::None ? u"undecided"_s : core::storedName(a.decision)},
        };
        array.append(object);
        if (!parser.isSet(json)) {
            m_out << a.id << '\t' << row.receivedOn.toString(Qt::ISODate) << '\t' << row.leadName
                  << '\t' << core::Eligibility::statusName(row.eligibility.status) << '\t'
                  << core::shownName(a.decision) << '\n';
        }
    }
    if (parser.isSet(json))
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    // An empty list says which program it is, so that nobody takes a new, empty year (the
    // default is the newest) for lost applications.
    if (model.rowCount() == 0) {
        m_err << tr("Program %1 holds no applications (without --program, the newest program "
                    "is listed; --program ID chooses another).")
                     .arg(id)
              << '\n';
    }
    return Success;
}

} // namespace iotdesk::cli
