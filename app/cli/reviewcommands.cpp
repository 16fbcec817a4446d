// The review and selection commands of iotdesk-cli: review add-reviewer, review score and
// decide. They go through the repositories the Selection page uses: the same rules, the same
// history.
#include "commandline.h"
#include "core/applications/applicationrepository.h"
#include "core/foundation/japantime.h"
#include "core/municipalities/localgovernment.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/selection/reviewrepository.h"
#include "core/storage/database.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace iotdesk::cli {

namespace {

QString withoutSpaces(QString text)
{
    return text.remove(u' ').remove(u'\u3000');
}

// The moment of something done on `day` (Japan's calendar): now when it is today, else noon.
QDateTime momentOn(QDate day)
{
    if (day == core::JapanTime::today())
        return QDateTime::currentDateTimeUtc();
    return core::JapanTime::toUtc(day, QTime(12, 0));
}

} // namespace

QList<Command> CommandLine::reviewCommands()
{
    return {
        {"review add-reviewer",
         "review add-reviewer NAME --affiliation mic|bureau|contractor [--bureau B] [--program ID]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Adds a reviewer to the program (default: the newest): of the MIC "
                           "division, of a regional bureau (--bureau: its id or name, e.g. 関東 "
                           "or Kanto) or of the support contractor."),
         &CommandLine::reviewAddReviewer},
        {"review score",
         "review score --app ID --reviewer R (--proactive N --partner N --spread N [--comment T] "
         "| --conflict [--reason T]) [--on DATE]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Records a reviewer's scores (1 to 5) for an application on the call's "
                           "three viewpoints: the municipality's proactiveness (--proactive), a "
                           "business or body willing to implement (--partner) and the potential "
                           "to spread to neighbours (--spread); a new score replaces the "
                           "reviewer's earlier one. --conflict declares a conflict of interest "
                           "instead, which withdraws the reviewer's score. R is a reviewer's id "
                           "or name; --on is the day it was given (default today), not before "
                           "the application came."),
         &CommandLine::reviewScore},
        {"decide", "decide --app ID --select|--reject [--on DATE] --reason TEXT [--override TEXT]",
         QT_TRANSLATE_NOOP("iotdesk::cli::CommandLine",
                           "Records the selection decision on an application with its rationale, "
                           "on the day it was made (Japan's calendar; default today). It must "
                           "come after the application window closes. Selecting an application "
                           "that is not eligible or not reviewed needs --override with the "
                           "reason. The monthly report schedule starts the month after the "
                           "decision."),
         &CommandLine::decide},
    };
}

int CommandLine::reviewAddReviewer(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s, {}, u"ID"_s);
    const QCommandLineOption affiliation(u"affiliation"_s, {}, u"A"_s);
    const QCommandLineOption bureau(u"bureau"_s, {}, u"B"_s);
    parser.addOptions({program, affiliation, bureau});
    if (!parseOptions(parser, arguments))
        return UsageError;
    const auto kind =
        namedValue<core::ReviewerAffiliation>(u"affiliation"_s, parser.value(affiliation));
    if (!kind)
        return UsageError;
    if (parser.positionalArguments().size() != 1 ||
        (*kind == core::ReviewerAffiliation::Bureau) != parser.isSet(bureau)) {
        return usageError();
    }
    const auto [db, id, failure] = openProgram(parser.value(program));
    if (failure != Success)
        return failure;
    core::Reviewer reviewer;
    reviewer.programId = id;
    reviewer.name = parser.positionalArguments().front();
    reviewer.affiliation = *kind;
    if (parser.isSet(bureau)) {
        reviewer.bureauId = bureauId(*db, parser.value(bureau));
        if (reviewer.bureauId == 0)
            return lookupFailure();
    }
    const auto added = core::ReviewRepository(*db).addReviewer(reviewer);
    if (!added) {
        m_err << added.message() << '\n';
        return Problems;
    }
    m_out << tr("Reviewer %1 added: %2.").arg(*added).arg(reviewer.name) << '\n';
    return Success;
}

int CommandLine::reviewScore(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption app(u"app"_s, {}, u"ID"_s);
    const QCommandLineOption reviewerOption(u"reviewer"_s, {}, u"R"_s);
    const QCommandLineOption proactive(u"proactive"_s, {}, u"N"_s);
    const QCommandLineOption partner(u"partner"_s, {}, u"N"_s);
    const QCommandLineOption spread(u"spread"_s, {}, u"N"_s);
    const QCommandLineOption comment(u"comment"_s, {}, u"T"_s);
    const QCommandLineOption conflict(u"conflict"_s);
    const QCommandLineOption reason(u"reason"_s, {}, u"T"_s);
    const QCommandLineOption on(u"on"_s, {}, u"DATE"_s);
    parser.addOptions(
        {app, reviewerOption, proactive, partner, spread, comment, conflict, reason, on});
    if (!parseOptions(parser, arguments))
        return UsageError;
    bool ok = false;
    const qint64 applicationId = parser.value(app).toLongLong(&ok);
    const bool scoring = parser.isSet(proactive) || parser.isSet(partner) || parser.isSet(spread);
    const bool allScores = parser.isSet(proactive) && parser.isSet(partner) && parser.isSet(spread);
    core::ReviewScore score;
    score.applicationId = applicationId;
    score.comment = parser.value(comment).trimmed();
    bool numbers = true;
    for (const auto &[option, value] :
         {std::pair{&proactive, &score.proactiveness}, std::pair{&partner, &score.partner},
          std::pair{&spread, &score.spread}}) {
        bool isNumber = true;
        if (parser.isSet(*option))
            *value = parser.value(*option).toInt(&isNumber);
        numbers = numbers && isNumber;
    }
    if (!ok || !parser.isSet(reviewerOption) || !parser.positionalArguments().isEmpty() ||
        parser.isSet(conflict) == scoring || (scoring && (!allScores || !numbers)) ||
        (parser.isSet(reason) && !parser.isSet(conflict))) {
        return usageError();
    }
    const QDate day = parser.isSet(on) ? QDate::fromString(parser.value(on), Qt::ISODate)
                                       : core::JapanTime::today();
    if (!day.isValid()) {
        m_err << tr("--on takes a date, YYYY-MM-DD.") << '\n';
        return UsageError;
    }
    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    const auto application = core::ApplicationRepository(*db).application(applicationId);
    if (!application) {
        m_err << application.message() << '\n';
        return lookupExitCode(application.error());
    }
    core::ReviewRepository reviews(*db);
    const auto reviewers = reviews.reviewers(application->programId);
    if (!reviewers) {
        m_err << reviewers.message() << '\n';
        return Problems;
    }
    const QString wanted = parser.value(reviewerOption).trimmed();
    QList<core::Reviewer> matches;
    for (const core::Reviewer &r : *reviewers) {
        if (QString::number(r.id) == wanted || withoutSpaces(r.name) == withoutSpaces(wanted))
            matches.append(r);
    }
    if (matches.size() != 1) {
        m_err << (matches.isEmpty()
                      ? tr("The program of application %1 has no reviewer “%2”.")
                            .arg(applicationId)
                            .arg(wanted)
                      : tr("“%1” names several reviewers; give the reviewer's id.").arg(wanted))
              << '\n';
        return UsageError;
    }
    score.reviewerId = matches.front().id;
    if (parser.isSet(conflict)) {
        const auto declared = reviews.declareConflict(
            {applicationId, score.reviewerId, parser.value(reason)}, momentOn(day));
        if (!declared) {
            m_err << declared.message() << '\n';
            return Problems;
        }
        m_out << tr("Conflict of interest of %1 on application %2 recorded.")
                     .arg(matches.front().name)
                     .arg(applicationId)
              << '\n';
        return Success;
    }
    if (auto set = reviews.setScore(score, momentOn(day)); !set) {
        m_err << set.message() << '\n';
        return Problems;
    }
    m_out << tr("Score of %1 for application %2 recorded: %3 / %4 / %5.")
                 .arg(matches.front().name)
                 .arg(applicationId)
                 .arg(score.proactiveness)
                 .arg(score.partner)
                 .arg(score.spread)
          << '\n';
    return Success;
}

int CommandLine::decide(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption app(u"app"_s, {}, u"ID"_s);
    const QCommandLineOption select(u"select"_s);
    const QCommandLineOption reject(u"reject"_s);
    const QCommandLineOption on(u"on"_s, {}, u"DATE"_s);
    const QCommandLineOption reason(u"reason"_s, {}, u"TEXT"_s);
    const QCommandLineOption overrideOption(u"override"_s, {}, u"TEXT"_s);
    parser.addOptions({app, select, reject, on, reason, overrideOption});
    if (!parseOptions(parser, arguments))
        return UsageError;
    bool ok = false;
    const qint64 applicationId = parser.value(app).toLongLong(&ok);
    const QDate day = parser.isSet(on) ? QDate::fromString(parser.value(on), Qt::ISODate)
                                       : core::JapanTime::today();
    if (!ok || parser.isSet(select) == parser.isSet(reject) || !parser.isSet(reason) ||
        parser.value(reason).trimmed().isEmpty() || !parser.positionalArguments().isEmpty()) {
        return usageError();
    }
    if (!day.isValid()) {
        m_err << tr("--on takes a date, YYYY-MM-DD.") << '\n';
        return UsageError;
    }
    const auto db = openExisting();
    if (!db)
        return CannotOpen;
    core::ApplicationRepository repository(*db);
    auto application = repository.application(applicationId);
    if (!application) {
        m_err << application.message() << '\n';
        return lookupExitCode(application.error());
    }
    core::Application decided = *application;
    decided.decision =
        parser.isSet(select) ? core::Decision::Selected : core::Decision::NotSelected;
    decided.decisionRationale = parser.value(reason).trimmed();
    decided.overrideReason = parser.value(overrideOption).trimmed();
    decided.decidedAt = momentOn(day);
    if (auto updated = repository.update(decided); !updated) {
        m_err << updated.message() << '\n';
        return Problems;
    }
    m_out << tr("Application %1: %2 on %3.")
                 .arg(applicationId)
                 .arg(core::shownName(decided.decision), day.toString(Qt::ISODate))
          << '\n';
    return Success;
}

} // namespace iotdesk::cli
