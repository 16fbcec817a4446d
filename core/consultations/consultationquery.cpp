#include "core/consultations/consultationquery.h"

#include "core/foundation/japantime.h"
#include "core/storage/sqltext.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

// FTS5 string: the term in double quotes, inner quotes doubled, so that no character of it
// is read as query syntax.
QString ftsString(const QString &term)
{
    QString quoted = term;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString likePattern(const QString &term)
{
    return u'%' + likeEscaped(term) + u'%';
}

// Whether LIKE finds what ILIKE finds for `term` on a server. PostgreSQL's ILIKE is LIKE over
// both texts lowered character by character; kanji, kana, the long-vowel mark and ASCII digits
// have no case and are the lower case of no other character, so a word of them alone is found
// in the lowered text exactly where it is in the text. LIKE does not lower every row's text
// first, which halves what a search that reads rows costs per row.
bool caseless(const QString &term)
{
    for (const char32_t c : term.toUcs4()) {
        const QChar::Script script = QChar::script(c);
        const bool uncased = script == QChar::Script_Han || script == QChar::Script_Hiragana ||
                             script == QChar::Script_Katakana || c == U'ー' || c == U'ｰ' ||
                             (c >= U'0' && c <= U'9');
        if (!uncased)
            return false;
    }
    return true;
}

} // namespace

QStringList ConsultationQuery::splitTerms(const QString &text)
{
    static const QRegularExpression spaces(u"[\\s\\x{3000}]+"_s);
    return text.split(spaces, Qt::SkipEmptyParts);
}

QString ConsultationQuery::japanDayStart(QDate day)
{
    return QDateTime(day, QTime(0, 0), JapanTime::zone())
        .toUTC()
        .toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

ConsultationQuery::ConsultationQuery(const ConsultationFilter &f, Engine engine)
{
    ConsultationFilter governmentOnly;
    governmentOnly.lgCode6 = f.lgCode6;
    if (f == governmentOnly)
        m_countedGovernment = f.lgCode6;
    QStringList conditions;
    if (!f.lgCode6.isEmpty()) {
        conditions << u"c.lg_code6 = ?"_s;
        m_values << f.lgCode6;
    }
    if (f.consultantId != 0) {
        conditions << u"c.consultant_id = ?"_s;
        m_values << f.consultantId;
    }
    if (f.channel) {
        conditions << u"c.channel = ?"_s;
        m_values << storedName(*f.channel);
    }
    if (f.topic >= 0) {
        conditions << u"(c.topics & ?) <> 0"_s;
        m_values << (1 << f.topic);
    }
    if (f.from.isValid()) {
        conditions << u"c.occurred_at >= ?"_s;
        m_values << japanDayStart(f.from);
    }
    if (f.to.isValid()) {
        conditions << u"c.occurred_at < ?"_s;
        m_values << japanDayStart(f.to.addDays(1));
    }
    if (f.openFollowUpsOnly) {
        conditions << u"EXISTS (SELECT 1 FROM follow_ups f WHERE f.consultation_id = c.id AND "
                      "f.done_on IS NULL)"_s;
    }
    // The filters without the text, and with every word as a substring match: what a search
    // confined to few rows reads directly.
    if (!conditions.isEmpty()) {
        m_filterCondition = conditions.join(u" AND "_s);
        m_filterWhere = u"WHERE "_s + m_filterCondition;
    }
    m_filterValues = m_values;
    QStringList scan = conditions;
    m_scanValues = m_values;
    // Everything but the indexed words: what the search checks on each hit of the index.
    QStringList others = conditions;
    QVariantList otherValues = m_values;
    m_terms = splitTerms(f.text);
    QStringList indexed;
    const QString like = u"(c.summary LIKE ? ESCAPE '\\' OR c.advice LIKE ? ESCAPE '\\' OR "
                         "c.mail_subject LIKE ? ESCAPE '\\' OR c.mail_body LIKE ? ESCAPE '\\')"_s;
    if (engine == Engine::PostgreSQL) {
        // The texts joined as the trigram index has them; ILIKE ignores case as SQLite's LIKE
        // and FTS5's trigrams do (LIKE where case cannot matter; the index serves both).
        const QString joined = u"(c.summary || ' ' || c.advice || ' ' || c.mail_subject || ' ' "
                               "|| c.mail_body) %1 ? ESCAPE '\\'"_s;
        // The same text (all four columns are NOT NULL, so concat_ws leaves none out) spelt
        // unlike the index's expression: a condition the planner can only check row by row.
        // A search that reads rows itself (few rows, or the newest first) says so with it;
        // otherwise the planner may take the index, whose every hit of a common phrase
        // (90,000 of them) costs more than the few hundred rows of one local government.
        const QString read = u"concat_ws(' ', c.summary, c.advice, c.mail_subject, "
                             "c.mail_body) %1 ? ESCAPE '\\'"_s;
        QStringList scanned;
        QStringList throughIndex;
        for (const QString &term : std::as_const(m_terms)) {
            const QString match = caseless(term) ? u"LIKE"_s : u"ILIKE"_s;
            const QString byIndex = joined.arg(match);
            const QString byRow = read.arg(match);
            conditions << byIndex;
            others << byIndex;
            scan << byRow;
            scanned << byRow;
            m_values << likePattern(term);
            otherValues << likePattern(term);
            m_scanValues << likePattern(term);
            m_textScanValues << likePattern(term);
            // Trigrams need three characters; a shorter word would have the index read whole.
            const bool trigrams = term.toUcs4().size() >= 3;
            throughIndex << (trigrams ? byIndex : byRow);
            m_textIndexedValues << likePattern(term);
            m_indexable = m_indexable || trigrams;
        }
        m_textScan = scanned.join(u" AND "_s);
        m_textIndexed = throughIndex.join(u" AND "_s);
    }
    for (const QString &term : std::as_const(m_terms)) {
        if (engine != Engine::SQLite)
            break;
        scan << like;
        for (int i = 0; i < 4; ++i)
            m_scanValues << likePattern(term);
        // Trigrams need three characters (code points: a kanji outside the BMP is one).
        if (term.toUcs4().size() >= 3) {
            indexed << ftsString(term);
            continue;
        }
        conditions << like;
        others << like;
        for (int i = 0; i < 4; ++i) {
            m_values << likePattern(term);
            otherValues << likePattern(term);
        }
    }
    if (!indexed.isEmpty()) {
        m_ftsMatch = indexed.join(u" AND "_s);
        conditions << u"c.id IN (SELECT rowid FROM consultations_fts WHERE consultations_fts "
                      "MATCH ?)"_s;
        m_values << m_ftsMatch;
    }
    if (!others.isEmpty())
        m_restWhere = u"WHERE "_s + others.join(u" AND "_s);
    m_restValues = otherValues;
    if (!scan.isEmpty())
        m_scanWhere = u"WHERE "_s + scan.join(u" AND "_s);
    if (!conditions.isEmpty())
        m_where = u"WHERE "_s + conditions.join(u" AND "_s);
}

QString ConsultationQuery::orderBy(ConsultationOrder order, bool ascending)
{
    const QString direction = ascending ? u"ASC"_s : u"DESC"_s;
    QStringList keys;
    switch (order) {
    case ConsultationOrder::Time:
        break;
    case ConsultationOrder::Government:
        keys << u"c.lg_code6"_s;
        break;
    case ConsultationOrder::Consultant:
        keys << u"c.consultant_id"_s;
        break;
    case ConsultationOrder::Channel:
        keys << u"c.channel"_s;
        break;
    }
    keys << u"c.occurred_at"_s << u"c.id"_s;
    for (QString &key : keys)
        key += u' ' + direction;
    return u"ORDER BY "_s + keys.join(u", "_s);
}

} // namespace iotdesk::core
