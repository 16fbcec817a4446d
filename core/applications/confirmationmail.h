// ConfirmationMail: the receipt confirmation (受取確認) MIC sends to an applicant, in
// Japanese, with the applicant's name and the receipt date in the user's date style, ready
// for the mail client (a mailto: link) or the clipboard.
#pragma once

#include "core/applications/application.h"
#include "core/foundation/dateformatter.h"
#include "core/programs/program.h"

#include <QString>
#include <QUrl>

namespace iotdesk::core {

struct MailDraft
{
    QString to;
    QString subject;
    QString body;

    QUrl mailtoUrl() const;
    // Subject and body as one text for the clipboard.
    QString asText() const;
};

class ConfirmationMail
{
public:
    static MailDraft compose(const Application &application, const Program &program,
                             const QString &applicantName, const DateFormatter &dates);
};

} // namespace iotdesk::core
