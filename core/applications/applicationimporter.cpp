#include "core/applications/applicationimporter.h"

#include "core/applications/applicationrepository.h"
#include "core/foundation/csvreader.h"
#include "core/foundation/japanesetext.h"
#include "core/foundation/japantime.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/storage/database.h"
#include "core/storage/preparedstatements.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

struct Column
{
    const char16_t *key;
    const char16_t *japanese;
};

// Each column by its key and by the Japanese heading a coordinator may use instead.
constexpr Column kColumns[] = {
    {u"received_at", u"受付日時"},
    {u"sender_email", u"送信者メール"},
    {u"subject", u"件名"},
    {u"attachment_bytes", u"添付サイズ"},
    {u"lead", u"代表団体"},
    {u"prefecture", u"都道府県"},
    {u"members", u"共同応募団体"},
    {u"contact_name", u"担当者氏名"},
    {u"contact_department", u"担当部署"},
    {u"contact_title", u"役職"},
    {u"contact_phone", u"電話"},
    {u"contact_email", u"メール"},
    {u"partner_name", u"連携事業者名"},
    {u"partner_kind", u"連携事業者種別"},
    {u"partner_role", u"連携事業者の役割"},
    {u"framework_kind", u"広域連携"},
    {u"framework_name", u"広域連携の名称"},
    {u"framework_state", u"広域連携の状況"},
    {u"framework_members", u"広域連携の構成団体"},
    {u"reports_monthly", u"定期報告の意向"},
    {u"hosts_workshop2", u"第2回開催の意向"},
    {u"attends_meetings", u"研修会参加の意向"},
    {u"used_ict_town", u"ICTまち・ひと・しごと創生推進事業"},
    {u"used_data_smart_city", u"データ利活用型スマートシティ整備推進事業"},
    {u"used_regional_iot", u"地域IoT実装推進事業"},
    {u"used_iot_service", u"IoTサービス創出支援事業"},
    {u"has_comprehensive_agreement", u"地域包括連携協定"},
    {u"note", u"備考"},
};

QString fold(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed().toLower();
}

struct Answer
{
    bool understood = false;
    std::optional<bool> value; // empty: not answered
};

// はい/いいえ, yes/no, 1/0, ○/×, あり/なし; empty means not answered.
Answer parseAnswer(const QString &raw)
{
    const QString text = fold(raw);
    if (text.isEmpty())
        return {true, std::nullopt};
    static const QStringList yes = {u"はい"_s, u"yes"_s,  u"y"_s,  u"1"_s,   u"○"_s,
                                    u"◯"_s,    u"あり"_s, u"有"_s, u"true"_s};
    static const QStringList no = {u"いいえ"_s, u"no"_s,   u"n"_s,  u"0"_s,
                                   u"×"_s,      u"なし"_s, u"無"_s, u"false"_s};
    if (yes.contains(text))
        return {true, true};
    if (no.contains(text))
        return {true, false};
    return {false, std::nullopt};
}

// Japanese local time (as Excel shows it) or ISO 8601 with an offset. `lastFormat` is the
// format the previous line matched, tried first: a file writes its times alike, and every
// format that does not match costs a parse of its own. The formats read the same fields, so
// the order changes no result.
QDateTime parseReceived(const QString &raw, qsizetype &lastFormat)
{
    const QString text = raw.normalized(QString::NormalizationForm_KC).trimmed();
    const QDateTime iso = QDateTime::fromString(text, Qt::ISODate);
    if (iso.isValid() && iso.timeSpec() != Qt::LocalTime)
        return iso.toUTC();
    static const QStringList formats = {u"yyyy-MM-dd HH:mm:ss"_s, u"yyyy-MM-dd HH:mm"_s,
                                        u"yyyy/MM/dd HH:mm:ss"_s, u"yyyy/MM/dd HH:mm"_s,
                                        u"yyyy/M/d H:mm"_s,       u"yyyy-MM-ddTHH:mm:ss"_s};
    for (qsizetype i = 0; i < formats.size(); ++i) {
        const qsizetype format = (lastFormat + i) % formats.size();
        QDateTime local = QDateTime::fromString(text, formats[format]);
        if (local.isValid()) {
            lastFormat = format;
            local.setTimeZone(JapanTime::zone());
            return local.toUTC();
        }
    }
    return {};
}

// A value of a fixed set as a form writes it: its stored name, its Japanese or English name
// (in any width or case), or one of the shorter names forms use (`aliases`, folded).
template <typename E>
std::optional<E> choiceOf(const QString &raw,
                          std::initializer_list<std::pair<QStringView, E>> aliases = {})
{
    const QString text = fold(raw);
    for (const E value : allValues<E>()) {
        if (text == fold(storedName(value)) || text == fold(japaneseName(value)) ||
            text == fold(englishName(value)))
            return value;
    }
    for (const auto &[alias, value] : aliases) {
        if (text == alias)
            return value;
    }
    return std::nullopt;
}

template <typename E> QString choicesOf()
{
    QStringList names;
    for (const E value : allValues<E>())
        names.append(japaneseName(value));
    return names.join(u'、');
}

} // namespace

QStringList ApplicationImporter::columns()
{
    QStringList keys;
    for (const Column &column : kColumns)
        keys.append(QString::fromUtf16(column.key));
    return keys;
}

Result<QList<Application>> ApplicationImporter::read(const QByteArray &bytes, qint64 programId,
                                                     TextEncoding encoding) const
{
    const auto decoded = TextDecoder::decode(bytes, encoding);
    if (!decoded)
        return decoded.error();
    const auto records = CsvReader::parse(decoded->toUtf8());
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error(ErrorCode::Invalid, tr("The file has no header line."));

    // Header: every heading must be known, the required ones present.
    QHash<QString, qsizetype> at;
    QStringList errors;
    const QStringList &header = records->front().fields;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString heading = header[i].normalized(QString::NormalizationForm_KC).trimmed();
        QString key;
        for (const Column &column : kColumns) {
            if (heading.compare(QString::fromUtf16(column.key), Qt::CaseInsensitive) == 0 ||
                heading ==
                    QString::fromUtf16(column.japanese).normalized(QString::NormalizationForm_KC)) {
                key = QString::fromUtf16(column.key);
            }
        }
        if (key.isEmpty())
            errors.append(tr("Line 1: unknown column “%1”.").arg(heading));
        else if (at.contains(key))
            errors.append(tr("Line 1: the column “%1” appears twice.").arg(heading));
        else
            at.insert(key, i);
    }
    for (const QString &required : {u"received_at"_s, u"lead"_s}) {
        if (!at.contains(required))
            errors.append(tr("Line 1: the column “%1” is missing.").arg(required));
    }
    if (!errors.isEmpty())
        return Error(ErrorCode::Invalid, errors.join(u'\n'));

    const LocalGovernmentRepository localGovernments(m_db.connection());
    const ApplicationRepository applications(m_db);
    static const QRegularExpression listSeparator(u"[;；、,，]"_s);

    // Each name (with its line's prefecture) or code is looked up once per file: a long file
    // names the same local governments again and again, and a lookup by name is a search.
    // Nothing is written while the file is read, so the answer cannot change in between.
    struct Lookup
    {
        QString code6; // empty when not found
        QString problem;
    };
    QHash<std::pair<QString, QString>, Lookup> lookups;
    qsizetype timeFormat = 0;

    QList<Application> result;
    // The look-ups and checks of every line compiled once (PreparedStatements).
    const PreparedStatements statements(m_db.connection());
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &record = records->at(r);
        QStringList lineErrors;
        const auto field = [&](const QString &key) {
            const qsizetype index = at.value(key, -1);
            return index >= 0 && index < record.fields.size() ? record.fields[index].trimmed()
                                                              : QString();
        };
        if (record.fields.size() > header.size())
            lineErrors.append(tr("more fields than the header has"));
        // A NUL is no character of a form: the line is refused, not stored cut short.
        for (const QString &value : record.fields) {
            if (value.contains(QChar(0))) {
                lineErrors.append(tr("a field holds a NUL byte (a damaged or binary file)"));
                break;
            }
        }

        // A local government by code, or by name with the line's prefecture.
        const auto resolve = [&](const QString &text) -> QString {
            const bool byCode = JapaneseText::isDigits(text);
            const std::pair key{text, byCode ? QString() : field(u"prefecture"_s)};
            auto known = lookups.constFind(key);
            if (known == lookups.constEnd()) {
                const auto found = byCode ? localGovernments.findByCode(text)
                                          : localGovernments.resolve(text, key.second);
                known = lookups.insert(key, found ? Lookup{found->code6, {}}
                                                  : Lookup{{}, found.message()});
            }
            if (known->code6.isEmpty())
                lineErrors.append(known->problem);
            return known->code6;
        };

        Application a;
        a.programId = programId;
        a.receivedAt = parseReceived(field(u"received_at"_s), timeFormat);
        if (!a.receivedAt.isValid()) {
            lineErrors.append(tr("“%1” is not a date and time (e.g. 2018-05-21 10:15)")
                                  .arg(field(u"received_at"_s)));
        }
        a.senderEmail = field(u"sender_email"_s);
        a.subject = field(u"subject"_s);
        if (const QString size = field(u"attachment_bytes"_s); !size.isEmpty()) {
            bool ok = false;
            a.attachmentBytes = QString(size).remove(u',').toLongLong(&ok);
            if (!ok || a.attachmentBytes < 0)
                lineErrors.append(tr("“%1” is not a size in bytes").arg(size));
        }
        if (const QString lead = field(u"lead"_s); lead.isEmpty()) {
            lineErrors.append(tr("no lead local government"));
        } else if (const QString code = resolve(lead); !code.isEmpty()) {
            a.members.append({code, true});
        }
        for (const QString &member : field(u"members"_s).split(listSeparator, Qt::SkipEmptyParts)) {
            if (const QString code = resolve(member.trimmed()); !code.isEmpty())
                a.members.append({code, false});
        }
        if (!field(u"contact_name"_s).isEmpty() || !field(u"contact_email"_s).isEmpty()) {
            a.contacts.append({field(u"contact_name"_s), field(u"contact_department"_s),
                               field(u"contact_title"_s), field(u"contact_phone"_s),
                               field(u"contact_email"_s)});
        }
        // A choice of a fixed set (`whenEmpty` for an empty field, if it may be empty), or a
        // line error naming what the form may say.
        const auto choice = [&]<typename E>(
                                const QString &key, std::optional<E> whenEmpty,
                                std::initializer_list<std::pair<QStringView, E>> aliases) {
            const QString text = field(key);
            if (text.isEmpty() && whenEmpty)
                return *whenEmpty;
            if (const std::optional<E> value = choiceOf<E>(text, aliases))
                return *value;
            lineErrors.append(
                text.isEmpty() ? tr("%1 is empty: it is one of %2").arg(key, choicesOf<E>())
                               : tr("“%1” in %2 is not one of %3").arg(text, key, choicesOf<E>()));
            return E{};
        };
        if (!field(u"partner_name"_s).isEmpty()) {
            a.partners.append({field(u"partner_name"_s),
                               choice(u"partner_kind"_s, std::optional(PartnerKind::Other),
                                      {{u"会社", PartnerKind::Company},
                                       {u"大学", PartnerKind::University},
                                       {u"npo", PartnerKind::Npo},
                                       {u"団体", PartnerKind::Npo}}),
                               field(u"partner_role"_s)});
        }
        if (!field(u"framework_kind"_s).isEmpty()) {
            ApplicationFramework framework{
                choice(u"framework_kind"_s, std::optional<FrameworkKind>(),
                       {{u"その他", FrameworkKind::Other}}),
                field(u"framework_name"_s),
                choice(u"framework_state"_s, std::optional<FrameworkState>(),
                       {{u"形成済", FrameworkState::Formed}}),
                {}};
            for (const QString &member :
                 field(u"framework_members"_s).split(listSeparator, Qt::SkipEmptyParts)) {
                if (const QString code = resolve(member.trimmed()); !code.isEmpty())
                    framework.memberCodes.append(code);
            }
            a.frameworks.append(framework);
        }
        const auto answer = [&](const QString &key, std::optional<bool> &target) {
            const Answer parsed = parseAnswer(field(key));
            if (!parsed.understood)
                lineErrors.append(tr("“%1” in %2 is not yes or no").arg(field(key), key));
            else
                target = parsed.value;
        };
        answer(u"reports_monthly"_s, a.answers.reportsMonthly);
        answer(u"hosts_workshop2"_s, a.answers.hostsWorkshop2);
        answer(u"attends_meetings"_s, a.answers.attendsCentralMeetings);
        answer(u"used_ict_town"_s, a.answers.usedPriorProgram[0]);
        answer(u"used_data_smart_city"_s, a.answers.usedPriorProgram[1]);
        answer(u"used_regional_iot"_s, a.answers.usedPriorProgram[2]);
        answer(u"used_iot_service"_s, a.answers.usedPriorProgram[3]);
        answer(u"has_comprehensive_agreement"_s, a.answers.hasComprehensiveAgreement);
        a.note = field(u"note"_s);

        if (lineErrors.isEmpty()) {
            if (auto valid = applications.validate(a); !valid)
                lineErrors.append(valid.message());
        }
        for (const QString &reason : std::as_const(lineErrors))
            errors.append(tr("Line %1: %2").arg(record.line).arg(reason));
        result.append(a);
    }
    if (!errors.isEmpty()) {
        return Error(ErrorCode::Invalid,
                     tr("Nothing was imported: %n problem(s).", nullptr, int(errors.size())) +
                         u'\n' + errors.join(u'\n'));
    }
    if (result.isEmpty())
        return Error(ErrorCode::Invalid, tr("The file holds no application."));
    return result;
}

Result<QList<qint64>> ApplicationImporter::import(const QByteArray &bytes, qint64 programId,
                                                  TextEncoding encoding) const
{
    const auto applications = read(bytes, programId, encoding);
    if (!applications)
        return applications.error();
    return ApplicationRepository(m_db).createAll(applications.value());
}

Result<QList<qint64>> ApplicationImporter::importFile(const QString &path, qint64 programId,
                                                      TextEncoding encoding) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Failed, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return import(file.readAll(), programId, encoding);
}

} // namespace iotdesk::core
