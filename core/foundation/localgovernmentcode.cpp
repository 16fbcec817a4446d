#include "core/foundation/localgovernmentcode.h"

using namespace Qt::StringLiterals;

namespace iotdesk::core {

int LocalGovernmentCode::checkDigit(QStringView code5)
{
    if (code5.size() != 5)
        return -1;
    static constexpr int kWeights[] = {6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 5; ++i) {
        const char16_t c = code5[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        sum += (c - u'0') * kWeights[i];
    }
    return (11 - sum % 11) % 10;
}

bool LocalGovernmentCode::isValidCode6(QStringView code6)
{
    if (code6.size() != 6)
        return false;
    const int digit = checkDigit(code6.first(5));
    return digit >= 0 && code6[5] == QChar(u'0' + digit);
}

Result<QString> LocalGovernmentCode::toCode6(QStringView input)
{
    const QString code = input.toString().normalized(QString::NormalizationForm_KC).trimmed();
    if (code.size() == 5) {
        const int digit = checkDigit(code);
        if (digit < 0)
            return Error(ErrorCode::Invalid, tr("“%1” is not a local government code.").arg(code));
        return QString(code + QChar(u'0' + digit));
    }
    if (code.size() == 6) {
        const int digit = checkDigit(QStringView(code).first(5));
        if (digit < 0)
            return Error(ErrorCode::Invalid, tr("“%1” is not a local government code.").arg(code));
        if (code[5] != QChar(u'0' + digit)) {
            return Error(ErrorCode::Invalid,
                         tr("The check digit of %1 is wrong: for %2 it is %3 (%4).")
                             .arg(code, code.first(5), QString::number(digit),
                                  code.first(5) + QString::number(digit)));
        }
        return code;
    }
    return Error(
        ErrorCode::Invalid,
        tr("A local government code has 5 digits, or 6 with the check digit: “%1”.").arg(code));
}

} // namespace iotdesk::core
