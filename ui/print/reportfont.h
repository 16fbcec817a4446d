// ReportFont: the font every printed document is set in. The first installed of the Japanese
// sans-serif families IoT Desk knows: Noto Sans CJK JP (Debian's fonts-noto-cjk), Yu Gothic UI
// and Meiryo (Windows), IPAexGothic; so that a Japanese PDF keeps its characters wherever it
// is written.
#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace iotdesk::ui {

class ReportFont
{
public:
    // The families, most wanted first.
    static QStringList preferredFamilies();
    // The first of preferredFamilies() among `installed`; empty when none is.
    static QString firstInstalled(const QStringList &installed);
    // The family of this system's fonts (QFontDatabase::families(); needs a QGuiApplication),
    // looked for once.
    static QString family();
    // The report font at `pointSize`; the system's sans serif when no family of the list is
    // installed.
    static QFont font(double pointSize = 10);
};

} // namespace iotdesk::ui
