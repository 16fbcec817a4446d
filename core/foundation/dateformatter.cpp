#include "core/foundation/dateformatter.h"

#include <QStringView>

#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <array>
#include <atomic>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

// The Julian day of 1970-01-01, where ICU's UDate counts from.
constexpr qint64 unixEpochJulianDay = 2440588;
constexpr double millisecondsPerDay = 86400000.0;

// Noon UTC keeps the calendar day the same whatever offset a formatter might apply.
UDate toUDate(QDate date)
{
    const double days = static_cast<double>(date.toJulianDay() - unixEpochJulianDay);
    return days * millisecondsPerDay + millisecondsPerDay / 2;
}

QString toQString(const icu::UnicodeString &text)
{
    return QString::fromUtf16(text.getBuffer(), text.length());
}

// The "y=jpanyear" override is what makes ICU write the first year of an era as 元年; it is
// given explicitly rather than relying on ICU adding it for patterns containing 年.
std::unique_ptr<icu::SimpleDateFormat> makeEraFormat(const char16_t *pattern)
{
    UErrorCode status = U_ZERO_ERROR;
    auto format = std::make_unique<icu::SimpleDateFormat>(
        icu::UnicodeString(pattern), icu::UnicodeString(u"y=jpanyear"),
        icu::Locale("ja_JP@calendar=japanese"), status);
    if (U_FAILURE(status)) {
        return nullptr;
    }
    format->setTimeZone(*icu::TimeZone::getGMT());
    return format;
}

QString formatEra(const icu::SimpleDateFormat *format, QDate date)
{
    if (format == nullptr || !date.isValid()) {
        return {};
    }
    icu::UnicodeString text;
    format->format(toUDate(date), text);
    return toQString(text);
}

// ICU formatters are not documented as safe to share between threads, so each thread builds
// its own on first use.
const icu::SimpleDateFormat *eraDateFormat()
{
    thread_local const std::unique_ptr<icu::SimpleDateFormat> format = makeEraFormat(u"Gy年M月d日");
    return format.get();
}

const icu::SimpleDateFormat *eraMonthFormat()
{
    thread_local const std::unique_ptr<icu::SimpleDateFormat> format = makeEraFormat(u"Gy年M月");
    return format.get();
}

const icu::SimpleDateFormat *eraFiscalYearFormat()
{
    thread_local const std::unique_ptr<icu::SimpleDateFormat> format = makeEraFormat(u"Gy年度");
    return format.get();
}

// Fixed English names: the ISO style must read the same whatever the user's locale is.
constexpr std::array<QStringView, 7> englishWeekdays = {u"Mon", u"Tue", u"Wed", u"Thu",
                                                        u"Fri", u"Sat", u"Sun"};
constexpr std::array<QStringView, 12> englishMonths = {
    u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun", u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};
constexpr std::array<char16_t, 7> japaneseWeekdays = {u'月', u'火', u'水', u'木',
                                                      u'金', u'土', u'日'};

} // namespace

QString DateFormatter::date(QDate date) const
{
    switch (m_style) {
    case DateStyle::Iso:
        return isoDate(date);
    case DateStyle::WesternJapanese:
        return westernJapaneseDate(date);
    case DateStyle::JapaneseEra:
        return eraDate(date);
    case DateStyle::WesternEnglish:
        return westernEnglishDate(date);
    }
    return {};
}

QString DateFormatter::dateWithWeekday(QDate date) const
{
    if (!date.isValid()) {
        return {};
    }
    if (m_style == DateStyle::Iso) {
        return isoDate(date) % u" ("_s % englishWeekdays[date.dayOfWeek() - 1] % u')';
    }
    if (m_style == DateStyle::WesternEnglish) {
        return englishWeekdays[date.dayOfWeek() - 1] % u", "_s % westernEnglishDate(date);
    }
    return this->date(date) % u'(' % japaneseWeekday(date) % u')';
}

QString DateFormatter::month(QDate date) const
{
    if (!date.isValid())
        return {};
    // The first of the month names its era: 平成31年4月, then 令和元年5月.
    const QDate first(date.year(), date.month(), 1);
    switch (m_style) {
    case DateStyle::Iso:
        return first.toString(u"yyyy-MM"_s);
    case DateStyle::WesternJapanese:
        return QString::number(first.year()) % u'年' % QString::number(first.month()) % u'月';
    case DateStyle::JapaneseEra:
        return formatEra(eraMonthFormat(), first);
    case DateStyle::WesternEnglish:
        return englishMonths[first.month() - 1] % u' ' % QString::number(first.year());
    }
    return {};
}

QString DateFormatter::fiscalYearLabel(int fiscalYear) const
{
    switch (m_style) {
    case DateStyle::Iso:
    case DateStyle::WesternEnglish:
        return u"FY"_s % QString::number(fiscalYear);
    case DateStyle::WesternJapanese:
        return QString::number(fiscalYear) % u"年度"_s;
    case DateStyle::JapaneseEra:
        return eraFiscalYearLabel(fiscalYear);
    }
    return {};
}

namespace {
std::atomic<int> g_messageStyle{int(DateStyle::Iso)};
} // namespace

DateFormatter DateFormatter::forMessages()
{
    return DateFormatter(DateStyle(g_messageStyle.load()));
}

void DateFormatter::setMessageStyle(DateStyle style)
{
    g_messageStyle.store(int(style));
}

QString DateFormatter::isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString DateFormatter::westernJapaneseDate(QDate date)
{
    if (!date.isValid()) {
        return {};
    }
    return QString::number(date.year()) % u'年' % QString::number(date.month()) % u'月' %
           QString::number(date.day()) % u'日';
}

QString DateFormatter::westernEnglishDate(QDate date)
{
    if (!date.isValid()) {
        return {};
    }
    return englishMonths[date.month() - 1] % u' ' % QString::number(date.day()) % u", "_s %
           QString::number(date.year());
}

QDate DateFormatter::parse(const QString &raw)
{
    const QString text = raw.trimmed();
    if (const QDate iso = QDate::fromString(text, Qt::ISODate); iso.isValid())
        return iso;
    if (const QDate western = QDate::fromString(text, u"yyyy年M月d日"_s); western.isValid())
        return western;
    const icu::SimpleDateFormat *format = eraDateFormat();
    if (format == nullptr || text.isEmpty())
        return {};
    const icu::UnicodeString input(false, reinterpret_cast<const UChar *>(text.utf16()),
                                   int32_t(text.size()));
    icu::ParsePosition position(0);
    const UDate parsed = format->parse(input, position);
    if (position.getErrorIndex() >= 0 || position.getIndex() != input.length())
        return {};
    const auto days = qint64(std::floor(parsed / millisecondsPerDay));
    return QDate::fromJulianDay(unixEpochJulianDay + days);
}

QString DateFormatter::eraDate(QDate date)
{
    return formatEra(eraDateFormat(), date);
}

QString DateFormatter::japaneseWeekday(QDate date)
{
    if (!date.isValid()) {
        return {};
    }
    return QString(QChar(japaneseWeekdays[date.dayOfWeek() - 1]));
}

QString DateFormatter::eraFiscalYearLabel(int fiscalYear)
{
    // October 1 falls in the era in force for most of the April-March year, so it names the
    // year: 令和 (from May 1) names FY2019, 平成 (from January 8) does not name FY1988.
    return formatEra(eraFiscalYearFormat(), QDate(fiscalYear, 10, 1));
}

int DateFormatter::fiscalYear(QDate date)
{
    if (!date.isValid()) {
        return 0;
    }
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

QDate DateFormatter::fiscalYearStart(int fiscalYear)
{
    return QDate(fiscalYear, 4, 1);
}

QDate DateFormatter::fiscalYearEnd(int fiscalYear)
{
    return QDate(fiscalYear + 1, 3, 31);
}

} // namespace iotdesk::core
