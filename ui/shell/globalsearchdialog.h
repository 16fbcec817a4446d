// GlobalSearchDialog: Ctrl+K from anywhere. Type a code, a name, a reading or a word; the
// matching local governments, applications, consultations, people and meeting sessions
// appear as you type (GlobalSearch), ↑/↓ choose, Enter opens the one chosen on its page.
#pragma once

#include "core/overview/globalsearch.h"

#include <QDialog>
#include <QList>
#include <QTimer>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class GlobalSearchDialog : public QDialog
{
    Q_OBJECT

public:
    GlobalSearchDialog(const core::Database &db, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_text; }
    QListWidget *results() const { return m_results; }
    // The hit chosen when the dialog was accepted.
    std::optional<core::SearchHit> chosen() const;
    // Searches now (otherwise done shortly after the last key).
    void search();

    static QString kindName(core::SearchHit::Kind kind);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const core::Database &m_db;
    QLineEdit *m_text = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_delay;
    QList<core::SearchHit> m_hits;
};

} // namespace iotdesk::ui
