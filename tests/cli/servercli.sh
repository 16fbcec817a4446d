#!/usr/bin/env bash
# The command line on a team server, end to end: run by ctest inside pg_virtualenv, which sets
# PGHOST, PGPORT, PGUSER and PGPASSWORD for a throw-away PostgreSQL cluster.
# Usage: servercli.sh PATH/TO/iotdesk-cli SAMPLE_APPLICATIONS_CSV
set -uo pipefail
cli=$1
sample=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export IOTDESK_HOME="$work/home"
failures=0

# expect EXIT_CODE TEXT -- COMMAND...: the exit code, and TEXT in its output (or "" for any).
expect() {
    local code=$1 text=$2
    shift 3
    local output status
    output=$("$@" 2>&1)
    status=$?
    if [ "$status" -ne "$code" ] || { [ -n "$text" ] && ! grep -qF -- "$text" <<<"$output"; }; then
        echo "FAILED: $* -> exit $status (expected $code with “$text”)"
        echo "$output" | sed 's/^/    /'
        failures=$((failures + 1))
    fi
}

createdb -T template0 -E UTF8 --locale=C.UTF-8 iotdesk_cli || exit 1
url="postgresql://$PGUSER@localhost:$PGPORT/iotdesk_cli"

# An empty database is prepared by server init only, once; an ordinary command says so.
expect 2 "server init" -- "$cli" --server "$url" info
expect 0 "schema version 0 → " -- "$cli" --server "$url" server init
expect 0 "nothing was changed" -- "$cli" --server "$url" server init
expect 0 "Local governments: 1788" -- "$cli" --server "$url" info
# The everyday commands work on the server as on a file.
expect 0 "logged" -- "$cli" --server "$url" log add --government 東京都府中市 --channel phone \
    --summary "町民会館のLoRaWAN基地局について" --minutes 15
expect 0 "町民会館" -- "$cli" --server "$url" search 町民会館
expect 0 "町民会館" -- "$cli" --server "$url" search lorawan
expect 0 "2 application(s) imported" -- "$cli" --server "$url" import applications "$sample"
expect 0 "檮原町" -- "$cli" --server "$url" list applications
expect 0 "written" -- "$cli" --server "$url" export consultations --csv "$work/c.csv"
grep -qF "町民会館" "$work/c.csv" || { echo "FAILED: the export lacks the consultation"; failures=$((failures + 1)); }
# The team: users with roles the database enforces; their passwords from standard input
# (a here-string, not a pipe: a pipe would run `expect` in a subshell that loses its count).
expect 0 "Reviewer 1 added" -- "$cli" --server "$url" review add-reviewer "関東 一郎" \
    --affiliation bureau --bureau 関東
expect 0 "as consultant" -- "$cli" --server "$url" server add-user sato \
    --role consultant <<<"consultant-pass"
expect 0 "as reviewer" -- "$cli" --server "$url" server add-user kanto \
    --role reviewer --bureau 関東 <<<"reviewer-pass"
expect 64 "8 characters" -- "$cli" --server "$url" server add-user x --role viewer <<<"short"
expect 64 "--role takes one of" -- "$cli" --server "$url" server set-role sato --role mayor
expect 0 "kanto	reviewer	関東総合通信局" -- "$cli" --server "$url" server list-users
sato="postgresql://sato@localhost:$PGPORT/iotdesk_cli"
kanto="postgresql://kanto@localhost:$PGPORT/iotdesk_cli"
expect 0 "logged" -- env PGPASSWORD=consultant-pass "$cli" --server "$sato" log add \
    --government 131016 --summary "予算要求の時期"
expect 1 "(Consultant)" -- env PGPASSWORD=consultant-pass "$cli" --server "$sato" review score \
    --app 1 --reviewer 1 --proactive 4 --partner 4 --spread 4 --on 2018-06-12
expect 0 "recorded" -- env PGPASSWORD=reviewer-pass "$cli" --server "$kanto" review score \
    --app 1 --reviewer 1 --proactive 4 --partner 4 --spread 4 --on 2018-06-12
expect 1 "your own bureau" -- env PGPASSWORD=reviewer-pass "$cli" --server "$kanto" review score \
    --app 2 --reviewer 1 --proactive 4 --partner 4 --spread 4 --on 2018-06-12
expect 0 "sato is now viewer" -- "$cli" --server "$url" server set-role sato --role viewer
expect 1 "(Viewer)" -- env PGPASSWORD=consultant-pass "$cli" --server "$sato" log add \
    --government 131016 --summary "閲覧のみ"
expect 64 "--server" -- "$cli" --db "$work/x.sqlite" server list-users

# A local file's whole content moves to a new server database and comes back as a file: the
# exports of the three are the same bytes; the server keeps its users; a database with work in
# it takes no upload.
local="$work/local.sqlite"
expect 0 "" -- "$cli" --db "$local" info
expect 0 "imported" -- "$cli" --db "$local" import applications "$sample"
expect 0 "logged" -- "$cli" --db "$local" log add --government 東京都府中市 --channel phone \
    --summary "町民会館のLoRaWAN基地局" --minutes 15 --follow-up "資料送付" --due 2026-12-10
expect 0 "logged" -- "$cli" --db "$local" log add --government 394050 --channel email \
    --summary "見守りセンサーの電池" --minutes 30
expect 0 "written" -- "$cli" --db "$local" export consultations --csv "$work/before.csv"
createdb -T template0 -E UTF8 --locale=C.UTF-8 iotdesk_upload || exit 1
upload="postgresql://$PGUSER@localhost:$PGPORT/iotdesk_upload"
expect 0 "prepared" -- "$cli" --server "$upload" server init
expect 0 "as viewer" -- "$cli" --server "$upload" server add-user mieru --role viewer <<<"viewer-pass"
expect 0 "tables uploaded" -- "$cli" --server "$upload" server upload "$local"
expect 1 "already holds work" -- "$cli" --server "$upload" server upload "$local"
expect 0 "mieru	viewer" -- "$cli" --server "$upload" server list-users
expect 0 "written" -- "$cli" --server "$upload" export consultations --csv "$work/server.csv"
expect 0 "tables written" -- "$cli" --server "$upload" server download "$work/copy.sqlite"
expect 1 "exists" -- "$cli" --server "$upload" server download "$work/copy.sqlite"
expect 0 "Healthy" -- "$cli" --db "$work/copy.sqlite" check
expect 0 "written" -- "$cli" --db "$work/copy.sqlite" export consultations --csv "$work/after.csv"
expect 0 "LoRaWAN" -- "$cli" --db "$work/copy.sqlite" search lorawan
for copy in server after; do
    cmp -s "$work/before.csv" "$work/$copy.csv" ||
        { echo "FAILED: the $copy export differs from the file's"; failures=$((failures + 1)); }
done

# What only a file has is refused with the reason; wrong global options are usage errors.
expect 64 "local file" -- "$cli" --server "$url" check
expect 64 "local file" -- "$cli" --server "$url" backup "$work/copy.sqlite"
expect 64 "not both" -- "$cli" --server "$url" --db "$work/x.sqlite" info
expect 64 "not a server address" -- "$cli" --server "mysql://host/db" info
expect 64 "TLS mode" -- "$cli" --server "$url?sslmode=always" info
expect 64 "--server" -- "$cli" --db "$work/x.sqlite" server init
# An unreachable server is a clear failure, not a usage error.
expect 2 "Cannot connect" -- "$cli" --server "postgresql://$PGUSER@localhost:1/none" info

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all checks passed"
