// LocalGovernmentCode: the 全国地方公共団体コード (JIS X 0401/0402). Five digits, two for the
// prefecture and three for the municipality, plus a check digit as the sixth.
#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace iotdesk::core {

class LocalGovernmentCode
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::LocalGovernmentCode)

public:
    // The check digit of a five-digit code, or -1 if code5 is not five ASCII digits.
    static int checkDigit(QStringView code5);
    static bool isValidCode6(QStringView code6);
    // A five- or six-digit code (full-width digits accepted) as its six-digit form. A six-digit
    // code with a wrong check digit is an error naming the right one, never a silent miss.
    static Result<QString> toCode6(QStringView input);
};

} // namespace iotdesk::core
