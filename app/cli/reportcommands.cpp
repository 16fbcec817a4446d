// The monthly report commands of iotdesk-cli: list reports and report add.
#include "commandline.h"
#include "core/foundation/japantime.h"
#include "core/reports/reportrepository.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace iotdesk::cli {

namespace {

const char16_t *statusKey(core::ReportStatus status)
{
    switch (status) {
    case core::ReportStatus::NotYetDue:
        return u"not_yet_due";
    case core::ReportStatus::Due:
        return u"due";
    case core::ReportStatus::Overdue:
        return u"overdue";
    case core::ReportStatus::Received:
        return u"received";
    case core::ReportStatus::Reviewed:
        return u"reviewed";
    }
    return u"";
}

} // namespace

QList<Command> CommandLine::reportCommands()
{
    return {
        {"list reports", "list reports [--program ID] [--overdue] [--json] [--today YYYY-MM-DD]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Lists the monthly reports of the program's selected municipalities "
                           "with their due dates and status (not_yet_due, due, overdue, received, "
                           "reviewed), and flags months with neither a report nor a consultation. "
                           "--overdue lists only the overdue ones."),
         &CommandLine::listReports},
        {"report add",
         "report add --lg LG --month YYYY-MM [--received DATE] [--channel C] [--activities TEXT] "
         "[--progress TEXT] [--issues TEXT] [--next TEXT] [--support TEXT] [--comment TEXT] "
         "[--reviewed DATE [--reviewer NAME]] [--milestone NAME=STATE[:NOTE]]... [--program ID]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Records a municipality's report for a month of its schedule: received "
                           "today unless --received says otherwise, by e-mail unless --channel "
                           "(email, post, fax, meeting, other) says otherwise; only the parts "
                           "given change. --milestone records the state (not_started, on_track, "
                           "delayed, done) of a milestone of the plan, named by its title or id."),
         &CommandLine::reportAdd},
    };
}

int CommandLine::listReports(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption overdue(u"overdue"_s);
    const QCommandLineOption today(u"today"_s, {}, u"DATE"_s);
    parser.addOptions({program, json, overdue, today});
    if (!parseOptions(parser, arguments))
        return UsageError;
    const QDate asOf = parser.isSet(today) ? QDate::fromString(parser.value(today), Qt::ISODate)
                                           : core::JapanTime::today();
    if (!parser.positionalArguments().isEmpty() || !asOf.isValid())
        return usageError();
    const auto [db, id, failure] = openProgram(parser.value(program));
    if (failure != Success)
        return failure;
    const core::ReportRepository repository(*db);
    const auto reports = repository.reports(id);
    const auto silent = repository.silentMonths(id, asOf);
    if (!reports || !silent) {
        m_err << (reports ? silent.message() : reports.message()) << '\n';
        return Problems;
    }
    QJsonArray array;
    for (const core::MonthlyReport &r : *reports) {
        const core::ReportStatus status = r.status(asOf);
        if (parser.isSet(overdue) && status != core::ReportStatus::Overdue)
            continue;
        const bool quiet = silent->contains({r.applicationId, r.month});
        array.append(QJsonObject{
            {u"id"_s, r.id},
            {u"code6"_s, r.code6},
            {u"municipality"_s, r.name},
            {u"month"_s, r.month.toString(u"yyyy-MM"_s)},
            {u"due_on"_s, r.dueOn.toString(Qt::ISODate)},
            {u"status"_s, QString::fromUtf16(statusKey(status))},
            {u"received_on"_s, r.receivedOn ? r.receivedOn->toString(Qt::ISODate) : QString()},
            {u"late"_s, r.late()},
            {u"channel"_s, core::storedName(r.channel)},
            {u"reviewed_on"_s, r.reviewedOn ? r.reviewedOn->toString(Qt::ISODate) : QString()},
            {u"no_contact"_s, quiet},
        });
        if (!parser.isSet(json)) {
            m_out << r.id << '\t' << r.month.toString(u"yyyy-MM"_s) << '\t' << r.name << '\t'
                  << QString::fromUtf16(statusKey(status)) << '\t'
                  << (r.receivedOn ? r.receivedOn->toString(Qt::ISODate)
                                   : tr("due %1").arg(r.dueOn.toString(Qt::ISODate)))
                  << (quiet ? u"\t⚑ no contact"_s : QString()) << '\n';
        }
    }
    if (parser.isSet(json))
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    // An empty schedule says why, so that nobody takes it for "all reports are in".
    if (reports->isEmpty()) {
        m_err << tr("No monthly reports are scheduled: reports start the month after an "
                    "application is selected (decide --app ID --select --on DATE).")
              << '\n';
    }
    return Success;
}

int CommandLine::reportAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption government(u"lg"_s, {}, u"LG"_s);
    const QCommandLineOption month(u"month"_s, {}, u"YYYY-MM"_s);
    const QCommandLineOption received(u"received"_s, {}, u"DATE"_s);
    const QCommandLineOption channel(u"channel"_s, {}, u"C"_s,
                                     core::storedName(core::ReportChannel::Email));
    const QCommandLineOption activities(u"activities"_s, {}, u"TEXT"_s);
    const QCommandLineOption progress(u"progress"_s, {}, u"TEXT"_s);
    const QCommandLineOption issues(u"issues"_s, {}, u"TEXT"_s);
    const QCommandLineOption next(u"next"_s, {}, u"TEXT"_s);
    const QCommandLineOption support(u"support"_s, {}, u"TEXT"_s);
    const QCommandLineOption comment(u"comment"_s, {}, u"TEXT"_s);
    const QCommandLineOption reviewed(u"reviewed"_s, {}, u"DATE"_s);
    const QCommandLineOption reviewer(u"reviewer"_s, {}, u"NAME"_s);
    const QCommandLineOption milestone(u"milestone"_s, {}, u"NAME=STATE[:NOTE]"_s);
    parser.addOptions({program, government, month, received, channel, activities, progress, issues,
                       next, support, comment, reviewed, reviewer, milestone});
    if (!parseOptions(parser, arguments))
        return UsageError;
    const QDate monthDate = QDate::fromString(parser.value(month) + u"-01"_s, Qt::ISODate);
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(government) ||
        !monthDate.isValid()) {
        return usageError();
    }
    const auto [db, id, failure] = openProgram(parser.value(program));
    if (failure != Success)
        return failure;
    const QString code6 = governmentCode(*db, parser.value(government));
    if (code6.isEmpty())
        return lookupFailure();
    core::ReportRepository repository(*db);
    auto stored = repository.reportFor(id, code6, monthDate);
    if (!stored) {
        m_err << stored.message() << '\n';
        return Problems;
    }
    core::MonthlyReport r = *stored;
    const auto date = [&](const QCommandLineOption &option) -> std::optional<QDate> {
        return QDate::fromString(parser.value(option), Qt::ISODate);
    };
    // Received today unless told otherwise; only what is given changes.
    r.receivedOn = parser.isSet(received) ? date(received)
                   : r.receivedOn         ? r.receivedOn
                                          : std::optional<QDate>(core::JapanTime::today());
    if (!r.receivedOn->isValid()) {
        m_err << tr("--received takes a date, YYYY-MM-DD.") << '\n';
        return UsageError;
    }
    if (parser.isSet(channel) || r.channel == core::ReportChannel::None) {
        const auto given = namedValue<core::ReportChannel>(u"channel"_s, parser.value(channel));
        if (!given)
            return Problems;
        r.channel = *given;
    }
    const QList<std::pair<const QCommandLineOption *, QString *>> texts = {
        {&activities, &r.activities},
        {&progress, &r.progress},
        {&issues, &r.issues},
        {&next, &r.nextPlans},
        {&support, &r.supportRequested},
        {&comment, &r.reviewerComment}};
    for (const auto &[option, field] : texts) {
        if (parser.isSet(*option))
            *field = parser.value(*option);
    }
    if (parser.isSet(reviewed)) {
        r.reviewedOn = date(reviewed);
        if (!r.reviewedOn->isValid()) {
            m_err << tr("--reviewed takes a date, YYYY-MM-DD.") << '\n';
            return UsageError;
        }
        r.reviewedBy = parser.isSet(reviewer) ? parser.value(reviewer) : db->userName();
    }
    for (const QString &given : parser.values(milestone)) {
        const qsizetype equals = given.indexOf(u'=');
        const QString name = given.left(equals).trimmed();
        const QString stateAndNote = equals < 0 ? QString() : given.mid(equals + 1);
        const qsizetype colon = stateAndNote.indexOf(u':');
        auto found = std::find_if(
            r.milestones.begin(), r.milestones.end(), [&name](const core::MilestoneProgress &m) {
                return m.title == name || QString::number(m.milestoneId) == name;
            });
        if (equals < 0 || found == r.milestones.end()) {
            QStringList titles;
            for (const core::MilestoneProgress &m : std::as_const(r.milestones))
                titles.append(m.title);
            m_err << tr("--milestone takes a milestone of the plan and its state, NAME=STATE: "
                        "the plan has %1.")
                         .arg(titles.isEmpty() ? tr("no milestones") : titles.join(u", "_s))
                  << '\n';
            return UsageError;
        }
        const auto state = namedValue<core::MilestoneState>(
            u"milestone"_s, (colon < 0 ? stateAndNote : stateAndNote.left(colon)).trimmed());
        if (!state)
            return UsageError;
        found->state = *state;
        found->note = colon < 0 ? QString() : stateAndNote.mid(colon + 1).trimmed();
    }
    if (auto updated = repository.update(r); !updated) {
        m_err << updated.message() << '\n';
        return Problems;
    }
    m_out
        << tr("Report %1 (%2, %3) recorded.").arg(r.id).arg(r.name, r.month.toString(u"yyyy-MM"_s))
        << '\n';
    return Success;
}

} // namespace iotdesk::cli
