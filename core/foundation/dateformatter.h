// DateFormatter: the one place dates become text. Western (ISO or 年月日) or Japanese-era
// (平成30年5月14日, 令和元年5月1日) through ICU's Japanese calendar, and fiscal years (平成30年度,
// FY2018). Qt 6.4 has no Japanese calendar, hence ICU.
#pragma once

#include <QDate>
#include <QString>

namespace iotdesk::core {

enum class DateStyle
{
    Iso,             // 2018-05-14
    WesternJapanese, // 2018年5月14日
    JapaneseEra,     // 平成30年5月14日
    WesternEnglish,  // May 14, 2018 (the Western style in the English interface)
};

class DateFormatter
{
public:
    explicit DateFormatter(DateStyle style = DateStyle::JapaneseEra)
        : m_style(style)
    {}

    DateStyle style() const { return m_style; }
    void setStyle(DateStyle style) { m_style = style; }

    // The date in this formatter's style; an invalid date gives an empty string.
    QString date(QDate date) const;
    // The date followed by its weekday: 平成30年5月14日(月), 2018年5月14日(月), 2018-05-14 (Mon).
    QString dateWithWeekday(QDate date) const;
    // The month of a date in this style: 令和元年7月, 2019年7月, 2019-07 (a month of reports,
    // a row of the calendar); an invalid date gives an empty string.
    QString month(QDate date) const;
    // 平成30年度 (era), 2018年度 (western Japanese), FY2018 (ISO).
    QString fiscalYearLabel(int fiscalYear) const;

    static QString isoDate(QDate date);
    // A date written as ISO (2018-05-22), western Japanese (2018年5月22日) or with its era
    // (平成30年5月22日, 令和元年5月1日); an invalid date for anything else.
    static QDate parse(const QString &text);
    // The formatter the core's messages write dates with (refusals, warnings): ISO until the
    // interface sets the user's style, so the command line and the tests read ISO.
    static DateFormatter forMessages();
    static void setMessageStyle(DateStyle style);
    static QString westernJapaneseDate(QDate date);
    // May 14, 2018, with English month names whatever the system's locale.
    static QString westernEnglishDate(QDate date);
    // Japanese era date; the first year of an era is written 元年 (令和元年5月1日).
    static QString eraDate(QDate date);
    // 月 火 水 木 金 土 日.
    static QString japaneseWeekday(QDate date);
    // The era label of a fiscal year: the era in force for most of it (FY2019 is 令和元年度,
    // FY1988 is 昭和63年度), as government documents name them.
    static QString eraFiscalYearLabel(int fiscalYear);

    // Japanese fiscal years run from April 1 to March 31: 2019-03-31 is in FY2018.
    static int fiscalYear(QDate date);
    static QDate fiscalYearStart(int fiscalYear);
    static QDate fiscalYearEnd(int fiscalYear);
    // The month of a date within a fiscal year: 0 for April to 11 for March (outside the
    // year: below 0 or above 11).
    static int fiscalMonth(int fiscalYear, QDate date)
    {
        return (date.year() - fiscalYear) * 12 + date.month() - 4;
    }

private:
    DateStyle m_style;
};

} // namespace iotdesk::core
