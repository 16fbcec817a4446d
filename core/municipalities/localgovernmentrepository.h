// LocalGovernmentRepository: finds local governments in the master data by code (the check
// digit validated), by name in either official spelling, by reading in hiragana or katakana
// of either width, filtered by prefecture and bureau. A name that several prefectures share
// (府中市, 伊達市) is never resolved to one of them silently.
#pragma once

#include "core/foundation/result.h"
#include "core/municipalities/localgovernment.h"
#include "core/municipalities/localgovernmentquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace iotdesk::core {

class LocalGovernmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::LocalGovernmentRepository)

public:
    explicit LocalGovernmentRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // All matches, in the query's order. A text of digits is a code: five or six digits must
    // name a valid code (a wrong check digit is an error), fewer match codes that start so.
    Result<QList<LocalGovernment>> search(const LocalGovernmentQuery &query) const;
    Result<LocalGovernment> findByCode(QStringView code) const;
    // The local governments of these six-digit codes, by code, in one statement (the names
    // beside a list of records); codes that name none are left out.
    Result<QHash<QString, LocalGovernment>> findByCodes(const QStringList &codes6) const;
    // The one local government of this name (either spelling, ケ/ヶ alike) in the given
    // prefecture, which may also be written in front of the name (東京都府中市). Ambiguous and
    // unknown names are errors that say which candidates there are.
    Result<LocalGovernment> resolve(QStringView name, QStringView prefecture = {}) const;
    // What a user typed for one local government: a code (digits) or a name as resolve()
    // takes it.
    Result<LocalGovernment> lookup(QStringView text) const;
    // A prefecture by code (13), name (東京都, 東京) or English name (Tokyo).
    Result<Prefecture> findPrefecture(QStringView text) const;

    Result<QList<Prefecture>> prefectures() const;
    Result<QList<Bureau>> bureaus() const;
    Result<int> count() const;

private:
    QSqlDatabase m_db;
    // The 47 prefectures, read once per repository (master data: they do not change while
    // it lives); every name resolved with a prefecture looks them up.
    mutable QList<Prefecture> m_prefectures;
};

} // namespace iotdesk::core
