#include "ui/print/selectedlistreport.h"

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

SelectedListReport::SelectedListReport(core::Program program, QList<core::PublishedEntry> entries,
                                       core::DateFormatter dates, QDate issuedOn)
    : m_program(std::move(program))
    , m_entries(std::move(entries))
    , m_dates(dates)
    , m_issuedOn(issuedOn)
{}

QString SelectedListReport::html() const
{
    // The list is published in Japanese whatever the interface language.
    const auto esc = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    QString html = u"<html><body>"_s;
    html += u"<p align='right'>"_s + esc(m_dates.date(m_issuedOn)) + u"<br>"_s +
            esc(m_program.contactOffice) + u"</p>"_s;
    html += u"<h2 align='center'>"_s +
            esc(core::DateFormatter::eraFiscalYearLabel(m_program.fiscalYear) + u" "_s +
                m_program.nameJa) +
            u"<br>選定結果</h2>"_s;
    html += u"<p>"_s +
            esc(u"標記事業について、提出書類に基づき選定を行った結果、以下の%1団体（共同応募を"
                "含む。）を支援対象として選定しました。"_s.arg(m_entries.size())) +
            u"</p>"_s;
    html +=
        u"<table width='100%' border='1' cellspacing='0' cellpadding='6'>"
        "<thead><tr style='background:#e8eef7'><th width='10%' style='white-space:nowrap'>番号</th>"
        "<th width='16%'>都道府県</th><th width='28%'>団体名</th>"
        "<th>共同応募団体</th></tr></thead><tbody>"_s;
    int number = 0;
    for (const core::PublishedEntry &entry : m_entries) {
        html += u"<tr><td align='right'>"_s + QString::number(++number) + u"</td><td>"_s +
                esc(entry.prefecture) + u"</td><td>"_s + esc(entry.name) + u"</td><td>"_s +
                esc(entry.jointMembers.join(u"、"_s)) + u"</td></tr>"_s;
    }
    if (m_entries.isEmpty())
        html += u"<tr><td colspan='4' align='center'>（選定された団体はありません）</td></tr>"_s;
    html += u"</tbody></table>"_s;
    html += u"<p>（都道府県コード順）</p>"_s;
    QStringList contact;
    for (const QString &part :
         {m_program.contactOffice,
          m_program.contactPhone.isEmpty() ? QString()
                                           : QString(u"電話 "_s + m_program.contactPhone),
          m_program.contactEmail}) {
        if (!part.isEmpty())
            contact << esc(part);
    }
    html += u"<p>【問合せ先】"_s + contact.join(u"　"_s) + u"</p>"_s;
    html += u"</body></html>"_s;
    return html;
}

PrintedDocument SelectedListReport::document() const
{
    return PrintedDocument(m_program.nameJa + u" 選定結果"_s, html());
}

} // namespace iotdesk::ui
