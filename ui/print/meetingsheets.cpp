#include "ui/print/meetingsheets.h"

#include "core/meetings/sessionlistmodel.h"

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// The sheets are Japanese whatever the interface language.
QString affiliation(const core::Participant &p)
{
    return p.lgCode6.isEmpty() ? u"相談員"_s : p.affiliation;
}

// Rows left blank on the sheet for people who come without registering.
constexpr int kBlankRows = 5;

const QString kTable = u"<table width='100%' border='1' cellspacing='0' cellpadding='6'><thead><tr "
                       "style='background:#e8eef7'>"_s;

} // namespace

MeetingSheets::MeetingSheets(core::Program program, core::SessionSummary session,
                             core::DateFormatter dates)
    : m_program(std::move(program))
    , m_session(std::move(session))
    // The sheets are Japanese: an ISO preference prints as 2018年6月21日.
    , m_dates(dates.style() == core::DateStyle::Iso
                  ? core::DateFormatter(core::DateStyle::WesternJapanese)
                  : dates)
{}

QString MeetingSheets::dayLabel(int day) const
{
    const QDate date = m_session.session.day(day);
    if (!date.isValid())
        return u"%1日目"_s.arg(day);
    return u"%1月%2日(%3)"_s.arg(date.month())
        .arg(date.day())
        .arg(core::DateFormatter::japaneseWeekday(date));
}

QString MeetingSheets::shortDayLabel(int day) const
{
    const QDate date = m_session.session.day(day);
    if (!date.isValid())
        return u"%1日目"_s.arg(day);
    return u"%1/%2(%3)"_s.arg(date.month())
        .arg(date.day())
        .arg(core::DateFormatter::japaneseWeekday(date));
}

QString MeetingSheets::heading(const QString &what) const
{
    QString html = u"<p align='right' style='font-size:9pt'>"_s +
                   esc(core::DateFormatter::eraFiscalYearLabel(m_program.fiscalYear) + u" "_s +
                       m_program.nameJa) +
                   u"</p>"_s;
    html +=
        u"<h2 align='center'>"_s + esc(m_session.title(true)) + u"<br>"_s + esc(what) + u"</h2>"_s;
    html += u"<p>日程：　"_s + esc(core::SessionListModel::daysText(m_session.session, m_dates)) +
            u"<br>会場：　"_s +
            esc(QStringList{m_session.session.venueName, m_session.session.venueAddress}
                    .join(u"　"_s)
                    .trimmed()) +
            u"</p>"_s;
    return html;
}

PrintedDocument MeetingSheets::attendanceSheet(const QList<core::Participant> &participants) const
{
    const int days = m_session.session.dayCount;
    QString html = u"<html><body>"_s + heading(u"出席簿"_s);
    html += kTable +
            u"<th width='7%' style='white-space:nowrap'>No.</th><th width='30%'>所属</th><th "
            "width='22%'>氏名</th>"_s;
    for (int d = 1; d <= days; ++d)
        html += u"<th>"_s + esc(dayLabel(d)) + u"<br>署名</th>"_s;
    html += u"</tr></thead><tbody>"_s;
    int number = 0;
    for (const core::Participant &p : participants) {
        html += u"<tr><td align='right'>"_s + QString::number(++number) + u"</td><td>"_s +
                esc(affiliation(p)) +
                (p.department.isEmpty() ? QString()
                                        : u"<br><small>"_s + esc(p.department) + u"</small>"_s) +
                u"</td><td>"_s + esc(p.name) + u"</td>"_s;
        for (int d = 1; d <= days; ++d) {
            // A day the person is not registered for is shaded.
            html += p.days.contains(d) ? u"<td>&nbsp;</td>"_s
                                       : u"<td style='background:#e0e0e0' align='center'>—</td>"_s;
        }
        html += u"</tr>"_s;
    }
    for (int blank = 0; blank < kBlankRows; ++blank) {
        html += u"<tr><td align='right'>"_s + QString::number(++number) +
                u"</td><td>&nbsp;<br>&nbsp;</td><td>&nbsp;</td>"_s;
        for (int d = 1; d <= days; ++d)
            html += u"<td>&nbsp;</td>"_s;
        html += u"</tr>"_s;
    }
    html += u"</tbody></table><p style='font-size:9pt'>登録者 %1 名。空欄は当日参加の方がご記入"
            "ください。</p></body></html>"_s.arg(participants.size());
    return PrintedDocument(m_session.title(true) + u" 出席簿"_s, html);
}

PrintedDocument MeetingSheets::participantList(const QList<core::Participant> &participants) const
{
    const int days = m_session.session.dayCount;
    QString html = u"<html><body>"_s + heading(u"参加者名簿"_s);
    html += kTable +
            u"<th width='6%' style='white-space:nowrap'>No.</th><th width='20%'>所属</th><th "
            "width='18%'>部署・役職</th><th width='14%'>氏名</th><th>メール</th>"_s;
    for (int d = 1; d <= days; ++d)
        html +=
            u"<th width='10%' style='white-space:nowrap'>"_s + esc(shortDayLabel(d)) + u"</th>"_s;
    html += u"</tr></thead><tbody>"_s;
    int number = 0;
    for (const core::Participant &p : participants) {
        html += u"<tr><td align='right'>"_s + QString::number(++number) + u"</td><td>"_s +
                esc(affiliation(p)) + u"</td><td>"_s +
                esc(QStringList{p.department, p.title}.join(u"　"_s).trimmed()) +
                u"</td><td style='white-space:nowrap'>"_s + esc(p.name) + u"</td><td>"_s +
                esc(p.email) + u"</td>"_s;
        for (int d = 1; d <= days; ++d) {
            const auto mark = p.days.find(d);
            QString text;
            if (mark != p.days.end()) {
                switch (mark->state) {
                case core::AttendanceState::Registered:
                    text = u"○"_s;
                    break;
                case core::AttendanceState::Attended:
                    text = u"出席"_s;
                    break;
                case core::AttendanceState::Absent:
                    text = u"欠席"_s;
                    break;
                case core::AttendanceState::Excused:
                    text = u"欠席（届）"_s;
                    break;
                }
            }
            html += u"<td align='center'>"_s + esc(text) + u"</td>"_s;
        }
        html += u"</tr>"_s;
    }
    if (participants.isEmpty()) {
        html +=
            u"<tr><td colspan='%1' align='center'>（登録者はいません）</td></tr>"_s.arg(5 + days);
    }
    html += u"</tbody></table><p style='font-size:9pt'>○ 参加登録</p></body></html>"_s;
    return PrintedDocument(m_session.title(true) + u" 参加者名簿"_s, html);
}

PrintedDocument MeetingSheets::timetable(const QList<core::PresentationSlot> &timetable,
                                         const QHash<qint64, QString> &applicantNames) const
{
    QString html = u"<html><body>"_s + heading(u"発表タイムテーブル"_s);
    int day = 0;
    for (const core::PresentationSlot &slot : timetable) {
        if (slot.dayNo != day) {
            if (day != 0)
                html += u"</tbody></table>"_s;
            day = slot.dayNo;
            if (m_session.session.dayCount > 1)
                html += u"<h3>"_s + esc(dayLabel(day)) + u"</h3>"_s;
            html += kTable +
                    u"<th width='6%'>順</th><th width='20%'>時間</th><th width='22%'>"
                    "団体</th><th width='16%'>発表者</th><th>演題</th></tr></thead><tbody>"_s;
        }
        const QString time =
            slot.start.toString(u"H:mm"_s) + u"–"_s + slot.end().toString(u"H:mm"_s);
        if (slot.isBreak()) {
            html +=
                u"<tr style='background:#f2f2f2'><td></td><td style='white-space:nowrap'>"_s +
                esc(time) +
                u"</td><td colspan='3' align='center'>休憩（%1分）</td></tr>"_s.arg(slot.minutes);
            continue;
        }
        html += u"<tr><td align='right'>"_s + QString::number(slot.seq) +
                u"</td><td style='white-space:nowrap'>"_s + esc(time) + u"</td><td>"_s +
                esc(applicantNames.value(slot.applicationId)) + u"</td><td>"_s +
                esc(slot.presenter) + u"</td><td>"_s +
                esc(slot.title.isEmpty() ? u"（演題未定）"_s : slot.title) + u"</td></tr>"_s;
    }
    if (day != 0)
        html += u"</tbody></table>"_s;
    else
        html += u"<p align='center'>（発表枠はまだありません）</p>"_s;
    html += u"</body></html>"_s;
    return PrintedDocument(m_session.title(true) + u" 発表タイムテーブル"_s, html);
}

} // namespace iotdesk::ui
