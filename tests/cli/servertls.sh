#!/usr/bin/env bash
# TLS to a team server, for real: a throw-away certificate authority signs the server's
# certificate for "localhost", pg_virtualenv starts PostgreSQL with ssl=on, and the command line
# connects with sslmode=verify-full against that authority — and is refused against another
# authority, or under a name the certificate does not carry.
# Usage: servertls.sh PATH/TO/iotdesk-cli
set -uo pipefail
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export IOTDESK_HOME="$work/home"

quiet() { "$@" >/dev/null 2>&1 || { echo "FAILED to prepare: $*"; exit 1; }; }
quiet openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/ca.key" -out "$work/ca.crt" \
    -days 2 -subj "/CN=IoT Desk test authority"
quiet openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/other.key" -out "$work/other.crt" \
    -days 2 -subj "/CN=Another authority"
quiet openssl req -newkey rsa:2048 -nodes -keyout "$work/server.key" -out "$work/server.csr" \
    -subj "/CN=localhost"
printf 'subjectAltName=DNS:localhost\n' >"$work/server.ext"
quiet openssl x509 -req -in "$work/server.csr" -CA "$work/ca.crt" -CAkey "$work/ca.key" \
    -CAcreateserial -out "$work/server.crt" -days 2 -extfile "$work/server.ext"
chmod 600 "$work/server.key"
chmod 755 "$work"
# As root, pg_virtualenv runs the server as postgres, which must own its key.
if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$work/server.key" "$work/server.crt"
fi

export TLS_WORK="$work" TLS_CLI="$cli"
# pg_createcluster turns TLS on only with Debian's snakeoil certificate: the files are given
# here, and TLS is switched on inside (PostgreSQL reloads its TLS settings without a restart).
pg_virtualenv -o "ssl_cert_file=$work/server.crt" -o "ssl_key_file=$work/server.key" \
    bash -c '
psql -XAtq -c "ALTER SYSTEM SET ssl = on" -c "SELECT pg_reload_conf()" >/dev/null || exit 1
sleep 1
failures=0
expect() {
    local code=$1 text=$2
    shift 3
    local output status
    output=$("$@" 2>&1)
    status=$?
    if [ "$status" -ne "$code" ] || { [ -n "$text" ] && ! grep -qF -- "$text" <<<"$output"; }; then
        echo "FAILED: $* -> exit $status (expected $code with “$text”)"
        echo "$output" | sed "s/^/    /"
        failures=$((failures + 1))
    fi
}
createdb -T template0 -E UTF8 --locale=C.UTF-8 iotdesk_tls || exit 1
base="postgresql://$PGUSER@localhost:$PGPORT/iotdesk_tls"
verified="$base?sslmode=verify-full&sslrootcert=$TLS_WORK/ca.crt"
expect 0 "prepared" -- "$TLS_CLI" --server "$verified" server init
expect 0 "Local governments: 1788" -- "$TLS_CLI" --server "$verified" info
expect 2 "certificate verify failed" -- "$TLS_CLI" --server \
    "$base?sslmode=verify-full&sslrootcert=$TLS_WORK/other.crt" info
expect 2 "does not match host name" -- "$TLS_CLI" --server \
    "postgresql://$PGUSER@127.0.0.1:$PGPORT/iotdesk_tls?sslmode=verify-full&sslrootcert=$TLS_WORK/ca.crt" info
expect 0 "Local governments" -- "$TLS_CLI" --server "$base?sslmode=require" info
# The connection is encrypted indeed.
encrypted=$(psql -XAtq "host=localhost sslmode=verify-full sslrootcert=$TLS_WORK/ca.crt" \
    -c "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
[ "$encrypted" = "t" ] || { echo "FAILED: the connection is not encrypted ($encrypted)"; failures=$((failures + 1)); }
if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all checks passed"
'
