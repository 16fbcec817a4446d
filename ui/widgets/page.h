// Page: what every page of the main window shares — how it shows a failure, when it reads the
// file again, the date style it writes dates in, and the section of the user guide about it.
// The main window keeps a list of pages and talks to each through this class; what a page
// shows is its own.
#pragma once

#include "core/foundation/dateformatter.h"

#include <QWidget>

namespace iotdesk::ui {

class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(QWidget *parent = nullptr);

    // The style of the preferences and the interface language; the page writes dates in it.
    void setDateStyle(core::DateStyle style);
    const core::DateFormatter &dates() const { return m_dates; }

    // Something the page shows may have changed: read again now if in view, else when shown.
    void refresh();

    // The local government the page has in view (for Ctrl+L); empty if none.
    virtual QString governmentInView() const { return {}; }
    // Before the page is left or the window closes: typed input is saved or discarded as the
    // user says; false when the user goes on editing.
    virtual bool resolveUnsavedEdits() { return true; }

    // The anchor of the page's section in the user guide.
    const QString &helpAnchor() const { return m_helpAnchor; }
    void setHelpAnchor(const QString &anchor) { m_helpAnchor = anchor; }

signals:
    // Every failure the page shows, as it is shown (for the tests and the status bar).
    void errorShown(const QString &message);

protected:
    // Reads what the page shows from the file; starts with markFresh().
    virtual void reload() {}
    // Whether the page must be read again before it is shown.
    virtual bool isStale() const { return m_stale; }
    void markFresh() { m_stale = false; }
    // For a page that reads on first show rather than when made.
    void markStale() { m_stale = true; }
    // Passes the new style on to the page's models and fields (dates() already has it).
    virtual void dateStyleChanged() {}
    // The title of the page's error messages.
    virtual QString errorTitle() const { return {}; }

    // Window-modal and non-blocking: the page stays as it was, the message says why.
    void showError(const QString &message);
    void showError(const QString &message, const QString &title);

    void showEvent(QShowEvent *event) override;

private:
    core::DateFormatter m_dates;
    QString m_helpAnchor;
    bool m_stale = false;
};

} // namespace iotdesk::ui
