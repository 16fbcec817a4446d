// MunicipalDomain: recognises a local government from the domain of its mail address, for the
// first mail from a municipality nobody has recorded yet. Japanese public bodies name their
// domains after the body's reading in romaji: city.furano.hokkaido.jp, town.kamikawa.hokkaido.jp,
// vill.ogimi.okinawa.jp, city.yokohama.lg.jp, pref.hokkaido.lg.jp, metro.tokyo.lg.jp,
// fuchu-tokyo.lg.jp. The
// readings of the master data are transliterated to Hepburn by ICU once, when the table is
// built; a domain is then a few hash look-ups. Several matches are all returned, so the caller
// asks instead of guessing.
#pragma once

#include "core/foundation/result.h"
#include "core/municipalities/localgovernment.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace iotdesk::core {

class Database;

class MunicipalDomain
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::MunicipalDomain)

public:
    struct Candidate
    {
        QString code6;
        LocalGovernmentKind kind = LocalGovernmentKind::City;
        QString fullName; // 北海道富良野市

        bool operator==(const Candidate &) const = default;
    };

    // Reads and transliterates the master data (1,788 rows).
    static Result<MunicipalDomain> load(const QSqlDatabase &db);
    // The table of this database file, built on first use and kept for the program's life
    // (master data never changes within a file).
    static Result<std::shared_ptr<const MunicipalDomain>> of(const Database &db);

    // The local governments whose name this domain spells; empty for a domain that is not a
    // Japanese public body's (gmail.com) or names none of them.
    QList<Candidate> candidates(QStringView domain) const;

    // The spellings a hiragana reading may take in a domain: furano; chofu and choufu and
    // chohfu for ちょうふ.
    static QStringList romaji(const QString &hiragana);

private:
    struct Entry
    {
        Candidate candidate;
        QString prefecture; // romaji, lower case: hokkaido, tokyo
    };

    QList<Candidate> match(const QString &kindLabel, QString name, const QString &prefecture) const;
    bool isPrefecture(const QString &label) const { return m_prefectures.contains(label); }

    QList<Entry> m_entries;
    QMultiHash<QString, qsizetype> m_byName; // romaji of the name without 市/町/村/区
    QSet<QString> m_prefectures;
};

} // namespace iotdesk::core
