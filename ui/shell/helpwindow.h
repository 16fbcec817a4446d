// HelpWindow: the user guide inside the program. The guide is bundled HTML, one page per
// language (resources/help/ja/index.html, resources/help/en/index.html) with its screenshots,
// shown in a QTextBrowser beside a list of its sections (read from the page's h2 headings),
// with back and forward and a search within the guide. It follows the interface language:
// on a language change it loads the other language's page at the same section.
#pragma once

#include <QUrl>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QTextBrowser;
class QToolButton;

namespace iotdesk::ui {

class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // The guide's page in a language ("ja" or "en"), a section given by its anchor.
    static QUrl guideUrl(const QString &language, const QString &anchor = {});
    // "ja" when the interface is Japanese, else "en".
    static QString interfaceLanguage();
    // The anchors of the h2 sections of a guide's HTML, in order, with their titles.
    static QList<std::pair<QString, QString>> sections(const QString &html);

    // Shows the guide in the interface language at a section (the top for an empty anchor).
    void showSection(const QString &anchor);
    // The section in view: the last one whose heading is at or above the top of the view.
    QString currentSection() const;
    QString language() const { return m_language; }
    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }
    QLineEdit *searchField() const { return m_search; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(const QString &language, const QString &anchor);
    void find(bool backward);
    void followScroll();
    void retranslate();

    QString m_language;
    QListWidget *m_contents;
    QTextBrowser *m_browser;
    QLineEdit *m_search;
    QToolButton *m_back;
    QToolButton *m_forward;
    QToolButton *m_home;
};

} // namespace iotdesk::ui
