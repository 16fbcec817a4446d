// A team server's address as `--server` and the connection dialog take it: a PostgreSQL URL,
// read whole or refused with a reason, and never shown or saved with its password.
#include "core/storage/serveraddress.h"

#include <gtest/gtest.h>

using namespace iotdesk;
using namespace Qt::StringLiterals;

TEST(ServerAddress, ReadsEveryPartOfTheUrl)
{
    const auto address = core::ServerAddress::fromUrl(
        u"postgresql://sato:s3cret@db.example.lg.jp:5433/iotdesk_2026?sslmode=verify-full&"
        "sslrootcert=/etc/iotdesk/ca%20root.crt"_s);
    ASSERT_TRUE(address) << address.message().toStdString();
    EXPECT_EQ(address->host, u"db.example.lg.jp");
    EXPECT_EQ(address->port, 5433);
    EXPECT_EQ(address->database, u"iotdesk_2026");
    EXPECT_EQ(address->user, u"sato");
    EXPECT_EQ(address->password, u"s3cret");
    EXPECT_EQ(address->sslMode, u"verify-full");
    EXPECT_EQ(address->sslRootCert, u"/etc/iotdesk/ca root.crt");
    // Shown and saved without the password; read back as the same place.
    EXPECT_FALSE(address->url().contains(u"s3cret"_s)) << address->url().toStdString();
    auto again = core::ServerAddress::fromUrl(address->url());
    ASSERT_TRUE(again);
    again->password = address->password;
    EXPECT_EQ(*again, *address);
    EXPECT_EQ(address->description(), u"iotdesk_2026 on db.example.lg.jp:5433 as sato");
    // libpq's quoting for a path with a space; the TLS settings reach the driver.
    EXPECT_TRUE(address->connectOptions().contains(u"sslmode=verify-full"_s));
    EXPECT_TRUE(address->connectOptions().contains(u"sslrootcert='/etc/iotdesk/ca root.crt'"_s))
        << address->connectOptions().toStdString();
}

TEST(ServerAddress, DefaultsAreTheUsualServer)
{
    const auto address = core::ServerAddress::fromUrl(u"postgres://localhost"_s);
    ASSERT_TRUE(address);
    EXPECT_EQ(address->port, 5432);
    EXPECT_EQ(address->database, u"iotdesk");
    EXPECT_TRUE(address->sslMode.isEmpty());
}

TEST(ServerAddress, AnythingElseIsRefusedWithItsReason)
{
    for (const QString &wrong :
         {u"iotdesk.sqlite"_s, u"mysql://host/db"_s, u"postgresql://host/db?sslmode=always"_s,
          u"postgresql://host/db?timeout=3"_s, u"postgresql://host/a/b"_s}) {
        const auto address = core::ServerAddress::fromUrl(wrong);
        EXPECT_FALSE(address) << wrong.toStdString();
        EXPECT_EQ(address.error().code(), core::ErrorCode::Invalid);
        EXPECT_FALSE(address.message().isEmpty());
    }
}
