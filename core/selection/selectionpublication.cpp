#include "core/selection/selectionpublication.h"

#include "core/applications/applicationrepository.h"
#include "core/foundation/japantime.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/storage/database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

Result<QList<PublishedEntry>> SelectionPublication::entries(const Database &db, qint64 programId)
{
    const auto applications = ApplicationRepository(db).applications(programId);
    if (!applications)
        return applications.error();
    const LocalGovernmentRepository localGovernments(db.connection());
    QList<PublishedEntry> result;
    for (const Application &application : *applications) {
        if (application.decision != Decision::Selected)
            continue;
        PublishedEntry entry;
        entry.applicationId = application.id;
        for (const ApplicationMember &member : application.members) {
            const auto lg = localGovernments.findByCode(member.code6);
            if (!lg)
                return lg.error();
            if (member.lead) {
                entry.code6 = lg->code6;
                entry.prefecture = lg->prefecture;
                entry.name = lg->name;
            }
        }
        for (const ApplicationMember &member : application.members) {
            if (member.lead)
                continue;
            const auto lg = localGovernments.findByCode(member.code6);
            if (!lg)
                return lg.error();
            entry.jointMembers.append(
                lg->prefecture == entry.prefecture ? lg->name : lg->prefecture + lg->name);
        }
        result.append(entry);
    }
    std::sort(result.begin(), result.end(),
              [](const PublishedEntry &a, const PublishedEntry &b) { return a.code6 < b.code6; });
    return result;
}

Result<QDate> SelectionPublication::publishedOn(const Database &db, qint64 programId)
{
    const auto all = ApplicationRepository(db).applications(programId);
    if (!all)
        return all.error();
    QDate decided;
    for (const Application &a : *all) {
        if (a.decision == Decision::Selected)
            decided = std::max(decided, JapanTime::dayOf(a.decidedAt));
    }
    return decided.isValid() ? decided : JapanTime::today();
}

QList<QStringList> SelectionPublication::csvRows(const QList<PublishedEntry> &entries)
{
    QList<QStringList> rows = {
        {u"都道府県"_s, u"団体名"_s, u"共同応募団体"_s, u"地方公共団体コード"_s}};
    for (const PublishedEntry &entry : entries)
        rows.append({entry.prefecture, entry.name, entry.jointMembers.join(u"、"_s), entry.code6});
    return rows;
}

} // namespace iotdesk::core
