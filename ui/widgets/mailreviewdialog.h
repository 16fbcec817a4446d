// MailReviewDialog: what the dialogs that take saved mails in (application mails, mails for
// the consultation log) have in common. Above the table, what the dialog does and what is
// left to the user; one row per file, the local government of each mail to confirm, choose
// from the candidates or name (GovernmentChooser), with what the field names shown beside it
// at every change; below, the current row in full (addresses and subjects are elided in the
// table) and which mails still wait for their local government. Columns fit their contents
// and the subject takes the room left. Tab goes from one government field to the next.
#pragma once

#include "core/municipalities/municipaldomain.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class GovernmentChooser;

class MailReviewDialog : public QDialog
{
    Q_OBJECT

public:
    QTableWidget *table() const { return m_table; }
    QLabel *instructions() const { return m_instructions; }
    QLabel *details() const { return m_details; }
    // Which mails still wait for their local government, and why.
    QLabel *messageLabel() const { return m_message; }
    QPushButton *okButton() const { return m_ok; }
    // The government field of a row; null for a file that is left out.
    GovernmentChooser *chooser(int row) const;
    // "file: why" for each mail still without its local government.
    QStringList problems() const;

    void accept() override;

protected:
    // `governmentColumn` is followed by the column that says what the field names;
    // `stretchColumn` (the subject) takes the room the others leave.
    MailReviewDialog(const core::Database &db, int rows, const QStringList &headers,
                     int governmentColumn, int stretchColumn, QWidget *parent);

    QTableWidgetItem *setCell(int row, int column, const QString &text,
                              const QString &toolTip = {});
    // A file that is not taken in: why, where its local government would be.
    void leaveOut(int row, const QString &fileName, const QString &why);
    GovernmentChooser *addChooser(int row, const QString &fileName,
                                  const QList<core::MunicipalDomain::Candidate> &candidates,
                                  const QString &proposedCode6, const QString &matchedBy);
    // What the details below the table say about a row (rich text).
    void setDetails(int row, const QString &html);
    // "<tr><th>label</th><td>text</td></tr>" for details, the text escaped.
    static QString detailRow(const QString &label, const QString &text);
    // The first words of a mail's text, on one line.
    static QString opening(const QString &body);
    // Lays the dialog out once the rows are filled; `limits` caps the widths of the columns
    // whose texts may be long (read in full in the details and the tooltips). Where not all
    // columns fit, the subject gives up room for those up to `lastInView`.
    void finish(const QString &instructions, const QString &okText,
                const QList<std::pair<int, int>> &limits, int lastInView);

    bool eventFilter(QObject *watched, QEvent *event) override;

    const core::Database &m_db;

private:
    void refresh();
    void fitColumns();
    void showDetails(int row);

    int m_governmentColumn = 0;
    int m_stretchColumn = 0;
    int m_stretchWidth = 0;
    int m_lastInView = 0;
    bool m_tried = false; // OK was pressed while mails still waited
    QStringList m_fileNames;
    QStringList m_detailTexts;
    QList<std::pair<int, QString>> m_leftOut;
    QTableWidget *m_table = nullptr;
    QLabel *m_instructions = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace iotdesk::ui
