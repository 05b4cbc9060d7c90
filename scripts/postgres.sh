# Sourced by scripts/test: starts a private PostgreSQL server on loopback for the storage
# tests and exports RAIASSESS_TEST_POSTGRES_URL. Leaves it unset (the tests then skip,
# saying why) when no server can be run here.
rai_pg_bindir() {
    # A folder holding initdb, pg_ctl and psql together: Debian's newest first, then PATH.
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV) \
        "$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/x)")"; do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/psql" ]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

rai_start_postgres() {
    if [ -n "${RAIASSESS_TEST_POSTGRES_URL:-}" ]; then
        return 0
    fi
    local bindir
    if ! bindir="$(rai_pg_bindir)"; then
        rai_say "PostgreSQL is not installed: its storage tests will be skipped"
        return 0
    fi
    local port="${RAIASSESS_TEST_PG_PORT:-55432}"
    local dir="${TMPDIR:-/tmp}/raiassess-pg-$(id -u)"
    local run=()
    if [ "$(id -u)" -eq 0 ]; then
        # PostgreSQL refuses to run as root: use its own system user.
        if ! id postgres >/dev/null 2>&1; then
            rai_say "no 'postgres' system user: PostgreSQL tests will be skipped"
            return 0
        fi
        run=(runuser -u postgres --)
    fi
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    chmod 700 "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        "${run[@]}" "$bindir/initdb" -D "$dir/data" -U raiassess -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 || {
            rai_say "initdb failed (see $dir/initdb.log): PostgreSQL tests will be skipped"
            return 0
        }
    fi
    if ! "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null || {
            rai_say "PostgreSQL did not start (see $dir/server.log): its tests will be skipped"
            return 0
        }
    fi
    local psql=("${run[@]}" "$bindir/psql" -h 127.0.0.1 -p "$port" -U raiassess -d postgres)
    if ! "${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = 'raiassess_test'" \
        2>/dev/null | grep -q 1; then
        "${psql[@]}" -qc "CREATE DATABASE raiassess_test" >/dev/null 2>&1 || {
            rai_say "could not create the test database: PostgreSQL tests will be skipped"
            return 0
        }
    fi
    export RAIASSESS_TEST_POSTGRES_URL="postgresql+psycopg://raiassess@127.0.0.1:$port/raiassess_test"
    rai_say "PostgreSQL test server on 127.0.0.1:$port"
}
