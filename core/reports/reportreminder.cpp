#include "core/reports/reportreminder.h"

using namespace Qt::StringLiterals;

namespace iotdesk::core {

MailDraft ReportReminder::compose(const QList<MonthlyReport> &overdue, const Program &program,
                                  const QString &to, const DateFormatter &dates)
{
    MailDraft mail;
    mail.to = to;
    const QString name = overdue.isEmpty() ? QString() : overdue.front().name;
    mail.subject = u"【ご確認のお願い】月次報告の提出について（%1）"_s.arg(name);
    QStringList lines;
    lines << name << u"ご担当者様"_s << QString()
          << u"いつも%1にご協力いただき、ありがとうございます。"_s.arg(program.nameJa) << QString()
          << u"下記の月次報告が、提出期限を過ぎてもまだ届いておりません。"_s
          << u"お忙しいところ恐れ入りますが、ご確認のうえご提出くださいますようお願いいたします。"_s
          << QString() << u"記"_s;
    for (const MonthlyReport &r : overdue) {
        lines << u"　・%1年%2月分（提出期限：%3）"_s.arg(r.month.year())
                     .arg(r.month.month())
                     .arg(dates.dateWithWeekday(r.dueOn));
    }
    lines << QString() << u"すでにご提出済みの場合や、行き違いの場合はご容赦ください。"_s
          << u"活動が少ない月も、その旨を簡単にご報告いただければ結構です。"_s << QString()
          << u"以上"_s << QString() << program.contactOffice;
    if (!program.contactPhone.isEmpty())
        lines << u"電話：%1"_s.arg(program.contactPhone);
    if (!program.contactEmail.isEmpty())
        lines << u"メール：%1"_s.arg(program.contactEmail);
    mail.body = lines.join(u'\n');
    return mail;
}

} // namespace iotdesk::core
