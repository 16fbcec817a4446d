#include "ui/print/reportfont.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

QStringList ReportFont::preferredFamilies()
{
    return {u"Noto Sans CJK JP"_s, u"Yu Gothic UI"_s, u"Meiryo"_s, u"IPAexGothic"_s};
}

QString ReportFont::firstInstalled(const QStringList &installed)
{
    for (const QString &family : preferredFamilies()) {
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    }
    return {};
}

QString ReportFont::family()
{
    // The font database is asked once: every chart and every measured column asks again.
    static const QString chosen = firstInstalled(QFontDatabase::families());
    return chosen;
}

QFont ReportFont::font(double pointSize)
{
    QFont font;
    if (const QString chosen = family(); !chosen.isEmpty())
        font.setFamily(chosen);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace iotdesk::ui
