// CommitmentTable: whether each selected municipality kept the commitments it made when
// applying: attend every day of the meetings in Tokyo, host its local workshop. One row per
// selected application, one cell per planned meeting; a cell is kept, a gap, or still ahead.
#pragma once

#include "core/foundation/result.h"
#include "core/programs/program.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace iotdesk::core {

class Database;

enum class CommitmentState
{
    Kept,    // attended every day / hosted
    Gap,     // a day passed without anyone attending, or a workshop never held
    Pending, // still ahead, or not scheduled while there is time
};

struct CommitmentCell
{
    CommitmentState state = CommitmentState::Pending;
    int daysAttended = 0; // meetings in Tokyo
    int days = 0;
    QDate heldOn; // a local workshop's first day
    QString text; // what the cell says, in the interface language
};

struct CommitmentRow
{
    qint64 applicationId = 0;
    QString code6;
    QString name;
    std::optional<bool> promisedAttendance; // the answers given when applying
    std::optional<bool> promisedHosting;
    QList<CommitmentCell> cells; // by meeting, in program order

    int gaps() const
    {
        return int(std::count_if(cells.begin(), cells.end(), [](const CommitmentCell &c) {
            return c.state == CommitmentState::Gap;
        }));
    }
};

struct CommitmentTable
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::core::CommitmentTable)

public:
    QList<ProgramMeeting> meetings;
    QList<CommitmentRow> rows;

    // As of `today` (Japan time): days before it are over.
    static Result<CommitmentTable> build(const Database &db, qint64 programId, QDate today);
};

} // namespace iotdesk::core
