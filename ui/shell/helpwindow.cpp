#include "ui/shell/helpwindow.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

// The h2 headings of a laid-out guide: their blocks and anchors (<h2><a name="...">).
struct Heading
{
    QTextBlock block;
    QString anchor;
};

QList<Heading> headings(const QTextDocument &document)
{
    QList<Heading> result;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            if (!names.isEmpty()) {
                result.append({block, names.first()});
                break;
            }
        }
    }
    return result;
}

} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_contents(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
    , m_search(new QLineEdit(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_home(new QToolButton(this))
{
    setObjectName(u"userGuide"_s);
    m_browser->setOpenExternalLinks(true);
    m_contents->setObjectName(u"guideContents"_s);
    m_search->setClearButtonEnabled(true);
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_home->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_home);
    bar->addStretch();
    bar->addWidget(m_search, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 780});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    // Never larger than the screen's free area (1024×768 offices), as the main window.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1040, 760);
    resize(QSize(1040, 760).boundedTo(available.shrunkBy(QMargins(0, 0, 8, 40))));

    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_home, &QToolButton::clicked, this, [this] { load(m_language, {}); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    // The list is rebuilt whenever a page is loaded (a language change loads the other one).
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        const QSignalBlocker blocker(m_contents);
        m_contents->clear();
        for (const Heading &h : headings(*m_browser->document())) {
            auto *item = new QListWidgetItem(h.block.text().trimmed(), m_contents);
            item->setData(Qt::UserRole, h.anchor);
        }
        followScroll();
    });
    connect(m_contents, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        load(m_language, item->data(Qt::UserRole).toString());
    });
    connect(m_contents, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        load(m_language, item->data(Qt::UserRole).toString());
    });
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &HelpWindow::followScroll);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(false); });
    connect(m_search, &QLineEdit::textEdited, this, [this] {
        // Search as the user types, from the start of the current match.
        QTextCursor cursor = m_browser->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_browser->setTextCursor(cursor);
        find(false);
    });
    auto *findNext = new QShortcut(QKeySequence::FindNext, this);
    connect(findNext, &QShortcut::activated, this, [this] { find(false); });
    auto *findPrevious = new QShortcut(QKeySequence::FindPrevious, this);
    connect(findPrevious, &QShortcut::activated, this, [this] { find(true); });
    auto *focusSearch = new QShortcut(QKeySequence::Find, this);
    connect(focusSearch, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    retranslate();
}

QUrl HelpWindow::guideUrl(const QString &language, const QString &anchor)
{
    QUrl url(u"qrc:/help/%1/index.html"_s.arg(language == u"ja" ? u"ja"_s : u"en"_s));
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    return url;
}

QString HelpWindow::interfaceLanguage()
{
    return QLocale().language() == QLocale::Japanese ? u"ja"_s : u"en"_s;
}

QList<std::pair<QString, QString>> HelpWindow::sections(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    QList<std::pair<QString, QString>> result;
    for (const Heading &h : headings(document))
        result.append({h.anchor, h.block.text().trimmed()});
    return result;
}

void HelpWindow::showSection(const QString &anchor)
{
    load(interfaceLanguage(), anchor);
}

void HelpWindow::load(const QString &language, const QString &anchor)
{
    m_language = language;
    const QUrl url = guideUrl(language, anchor);
    if (m_browser->source() == url && !anchor.isEmpty())
        m_browser->scrollToAnchor(anchor); // the user may have scrolled away since
    else
        m_browser->setSource(url);
    if (anchor.isEmpty())
        m_browser->verticalScrollBar()->setValue(0);
    followScroll();
}

QString HelpWindow::currentSection() const
{
    const QAbstractTextDocumentLayout *layout = m_browser->document()->documentLayout();
    const int top = m_browser->verticalScrollBar()->value();
    QString current;
    for (const Heading &h : headings(*m_browser->document())) {
        if (layout->blockBoundingRect(h.block).top() > top + 8)
            break;
        current = h.anchor;
    }
    // Scrolled to the end, the last sections cannot reach the top: the anchor asked for names
    // the section then.
    const QScrollBar *bar = m_browser->verticalScrollBar();
    if (bar->value() == bar->maximum() && !m_browser->source().fragment().isEmpty())
        current = m_browser->source().fragment();
    return current;
}

void HelpWindow::followScroll()
{
    const QString section = currentSection();
    const QSignalBlocker blocker(m_contents);
    for (int i = 0; i < m_contents->count(); ++i) {
        if (m_contents->item(i)->data(Qt::UserRole).toString() == section) {
            m_contents->setCurrentRow(i);
            return;
        }
    }
    m_contents->setCurrentRow(-1);
}

void HelpWindow::find(bool backward)
{
    const QString text = m_search->text();
    bool found = true;
    if (!text.isEmpty()) {
        const QTextDocument::FindFlags flags =
            backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
        found = m_browser->find(text, flags);
        if (!found) {
            // Round again from the other end of the guide.
            QTextCursor cursor = m_browser->textCursor();
            cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
            m_browser->setTextCursor(cursor);
            found = m_browser->find(text, flags);
        }
    }
    QPalette palette = m_search->palette();
    palette.setColor(QPalette::Base,
                     found ? QWidget::palette().color(QPalette::Base) : QColor(0xfd, 0xe2, 0xe1));
    m_search->setPalette(palette);
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        const QString language = interfaceLanguage();
        if (!m_language.isEmpty() && language != m_language)
            load(language, currentSection());
    }
    QWidget::changeEvent(event);
}

void HelpWindow::retranslate()
{
    setWindowTitle(tr("IoT Desk User Guide"));
    m_back->setToolTip(tr("Back"));
    m_forward->setToolTip(tr("Forward"));
    m_home->setToolTip(tr("Contents"));
    m_search->setPlaceholderText(tr("Find in the guide (Ctrl+F; Enter for the next)"));
}

} // namespace iotdesk::ui
