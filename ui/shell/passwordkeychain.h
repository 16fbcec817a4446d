// PasswordKeychain: the passwords of team databases that their users chose to keep, held by the
// system's keychain through QtKeychain — the Secret Service (GNOME Keyring, KWallet) on Linux,
// the Keychain on macOS, the Credential Manager on Windows — and never by the settings file.
// QtKeychain's plain-text fallback stays off: with no keychain, nothing is kept and the user
// types the password at each connection.
//
// Each call waits for the keychain (a local event loop without user input, for at most
// kTimeoutMs): the keychain may first ask the user to unlock it in a window of its own.
#pragma once

#include "core/foundation/result.h"
#include "core/storage/serveraddress.h"

#include <QCoreApplication>

#include <optional>

namespace iotdesk::ui {

// What a successful connection does with the password in the system keychain.
enum class PasswordKeeping
{
    AsItIs, // the keychain is only read (iotdesk --server URL, or no keychain to write to)
    Keep,   // a typed password is kept (the connect dialog's box ticked)
    Forget, // any kept password is removed (the box left empty)
};

class PasswordKeychain
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::ui::PasswordKeychain)

public:
    static constexpr int kTimeoutMs = 60'000;

    // The name of an address's entry: user@host:port/database (no TLS settings: they do not
    // change who logs in).
    static QString entryName(const core::ServerAddress &address);

    // The kept password; an empty string when none is kept. An error when the keychain could
    // not be asked (none is running, the user refused to unlock it).
    static core::Result<QString> read(const core::ServerAddress &address);
    static std::optional<core::Error> write(const core::ServerAddress &address,
                                            const QString &password);
    // Removes the kept password; no error when none was kept.
    static std::optional<core::Error> forget(const core::ServerAddress &address);
};

} // namespace iotdesk::ui
