// The core test program. Run with --commit-loop PATH it is instead the child of the crash
// test: it commits in a loop and reports each commit on stdout until it is killed.
#include "core/datafile/datafile.h"
#include "core/storage/changehistory.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "testsupport.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

int runCommitLoop(const QString &path)
{
    iotdesk::core::OpenOptions options;
    options.dailyBackup = false;
    auto db = iotdesk::core::openDatabase(path, options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        return 2;
    }
    for (qint64 i = 0;; ++i) {
        auto transaction = iotdesk::core::Transaction::begin((*db)->connection());
        if (!transaction)
            return 3;
        const QString value =
            QString::number(QCoreApplication::applicationPid()) + u'-' + QString::number(i);
        if (!iotdesk::core::ChangeHistory::record((*db)->connection(), u"crash-test"_s, u"commit"_s,
                                                  value, u"value"_s, {}, value))
            return 4;
        if (!transaction->commit())
            return 5;
        // Reported only after COMMIT returned: from here on the row must survive a kill.
        std::printf("%s\n", qPrintable(value));
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Settings and data of this run only: ctest runs several of these programs at once.
    const iotdesk::test::IsolatedUserFolders userFolders;
    QCoreApplication app(argc, argv);
    if (argc == 3 && std::strcmp(argv[1], "--commit-loop") == 0)
        return runCommitLoop(QString::fromLocal8Bit(argv[2]));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
