#!/usr/bin/env bash
# A private PostgreSQL server for theodoi's tests (and for trying the PostgreSQL store by hand):
# a cluster of its own in FOLDER, on 127.0.0.1 and a free port, touching nothing of the machine's.
#
#   deploy/postgres-server.sh start FOLDER [PORT]   make (once) and start the server, print its URLs
#   deploy/postgres-server.sh stop FOLDER           stop it; nothing of it keeps running
#
# What `start` leaves in FOLDER:
#   data/            the cluster (initdb), owned by the account the server runs as
#   postgresql.log   the server's log
#   pgpass           the passwords, one libpq line per role (mode 0600): PGPASSFILE=FOLDER/pgpass
#   env              THEODOI_TEST_POSTGRES, THEODOI_TEST_POSTGRES_WALL, PGPASSFILE, to source
#   the Unix socket (.s.PGSQL.PORT) and its lock, readable by the server's account only
#
# Roles: `theodoi` (LOGIN, CREATEDB, pg_signal_backend: it owns the database `theodoi` and the tests'
# databases, and the tests end the wall's sessions to play a lost server) and
# `theodoi_wall` (LOGIN only: the wall's read-only role; its rights come from theodoi's
# PostgresSchema.grantReadOnly). TCP logins need their scram-sha-256 password; the socket admits
# only the server's own account as the superuser (peer).
#
# initdb and postgres refuse to run as root: run as root, the server runs as the `postgres`
# account (Debian's package creates it), else as a system account `theodoi-pg` made for it, and
# FOLDER is given to that account. Run as anyone else, it runs as that user.
#
# Starting again a FOLDER whose server runs prints the same URLs; a FOLDER whose server stopped is
# started again with its data (on the same port if still free): enough for CI retries.
set -euo pipefail

usage() {
    echo "usage: $0 start FOLDER [PORT] | stop FOLDER" >&2
    exit 2
}

# The server's programs: on PATH, else the newest Debian versioned folder.
find_bindir() {
    local dir
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dir=$(dirname "$(readlink -f "$(command -v initdb)")")
        [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ] && { echo "$dir"; return; }
    fi
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$dir/initdb" ] && { echo "$dir"; return; }
    done
    echo "postgres-server: no initdb found (install Debian's postgresql package)" >&2
    exit 1
}

# The account the server runs as, and how to run a command as it.
choose_account() {
    if [ "$(id -u)" -ne 0 ]; then
        account=$(id -un)
        as_server() { "$@"; }
        return
    fi
    if getent passwd postgres >/dev/null; then
        account=postgres
    else
        account=theodoi-pg
        getent passwd "$account" >/dev/null ||
            useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$account"
    fi
    as_server() { runuser -u "$account" -- "$@"; }
}

port_taken() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

is_running() {
    [ -f "$folder/data/postmaster.pid" ] && as_server "$bindir/pg_ctl" status -D "$folder/data" >/dev/null 2>&1
}

# 32 hexadecimal characters: nothing to escape in SQL, in a pgpass line or in a shell.
new_password() {
    od -An -tx1 -N16 /dev/urandom | tr -d ' \n'
}

print_urls() {
    local port
    port=$(cat "$folder/port")
    cat >"$folder/env" <<EOF
export THEODOI_TEST_POSTGRES='postgresql://theodoi@127.0.0.1:$port/theodoi?sslmode=disable'
export THEODOI_TEST_POSTGRES_WALL='postgresql://theodoi_wall@127.0.0.1:$port/theodoi?sslmode=disable'
export PGPASSFILE='$folder/pgpass'
EOF
    echo "postgres-server: running in $folder on 127.0.0.1:$port"
    echo "  store (owner):     postgresql://theodoi@127.0.0.1:$port/theodoi"
    echo "  wall (read-only):  postgresql://theodoi_wall@127.0.0.1:$port/theodoi"
    echo "  passwords:         PGPASSFILE=$folder/pgpass"
    echo "  environment:       . $folder/env"
}

start() {
    local wanted_port=${1:-}
    mkdir -p "$folder"
    folder=$(cd "$folder" && pwd -P)
    if is_running; then
        print_urls
        return
    fi
    # The server's account owns the folder (and so the socket and the cluster); the rest of
    # the machine may only pass through it to the files this script makes readable.
    if [ "$(id -u)" -eq 0 ]; then chown "$account" "$folder"; fi
    chmod 0711 "$folder"

    if [ ! -f "$folder/data/PG_VERSION" ]; then
        rm -rf "$folder/data"
        # The superuser has no password, so it cannot log in over TCP at all: only through the
        # socket, as the server's own account (peer).
        as_server "$bindir/initdb" -D "$folder/data" --auth-local=peer --auth-host=scram-sha-256 \
            --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 ||
            { cat "$folder/initdb.log" >&2; exit 1; }
        cat <<EOF | as_server tee -a "$folder/data/postgresql.conf" >/dev/null
# deploy/postgres-server.sh: loopback only, the socket in the folder, readable by the server's account.
listen_addresses = '127.0.0.1'
unix_socket_directories = '$folder'
unix_socket_permissions = 0700
password_encryption = 'scram-sha-256'
# A server for tests and trials: a crash of the machine may lose its last writes.
fsync = off
EOF
    fi

    # A free port: the one asked, the one used before, else random ones (and again if the
    # server loses the race for it).
    local port started=
    for attempt in $(seq 1 10); do
        if [ -n "$wanted_port" ]; then
            port=$wanted_port
        elif [ "$attempt" -eq 1 ] && [ -f "$folder/port" ]; then
            port=$(cat "$folder/port")
        else
            port=$((20000 + RANDOM % 40000))
        fi
        if port_taken "$port"; then
            [ -n "$wanted_port" ] && { echo "postgres-server: port $port is taken" >&2; exit 1; }
            continue
        fi
        if as_server "$bindir/pg_ctl" start -D "$folder/data" -l "$folder/postgresql.log" -w -t 30 \
            -o "-p $port" >/dev/null 2>&1; then
            started=yes
            break
        fi
        [ -n "$wanted_port" ] && break
    done
    if [ -z "$started" ]; then
        echo "postgres-server: the server did not start; its log:" >&2
        tail -n 30 "$folder/postgresql.log" >&2 || true
        exit 1
    fi
    echo "$port" >"$folder/port"
    chmod 0644 "$folder/port"

    # Ready for connections, bounded (pg_ctl -w waited already; this checks TCP too).
    local ready=
    for _ in $(seq 1 50); do
        if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -t 1; then ready=yes; break; fi
        sleep 0.1
    done
    if [ -z "$ready" ]; then
        echo "postgres-server: started but not ready on 127.0.0.1:$port" >&2
        exit 1
    fi

    # Roles and passwords: made once, kept across restarts (the pgpass file is their record).
    if [ ! -s "$folder/pgpass" ]; then
        local owner_password wall_password
        owner_password=$(new_password)
        wall_password=$(new_password)
        # SQL on standard input, not on a command line that `ps` would show.
        as_server "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$folder" -p "$port" -d postgres >/dev/null <<EOF
CREATE ROLE theodoi LOGIN CREATEDB PASSWORD '$owner_password';
CREATE ROLE theodoi_wall LOGIN PASSWORD '$wall_password';
CREATE DATABASE theodoi OWNER theodoi;
-- The tests end other roles' sessions (the wall's) to play a lost server.
GRANT pg_signal_backend TO theodoi;
EOF
        (
            umask 077
            {
                echo "# deploy/postgres-server.sh: hostname:port:database:username:password"
                echo "*:*:*:theodoi:$owner_password"
                echo "*:*:*:theodoi_wall:$wall_password"
            } >"$folder/pgpass.new"
        )
        mv "$folder/pgpass.new" "$folder/pgpass"
    fi
    # The port may have changed on a restart: the lines use wildcards, so they still match.
    chmod 0600 "$folder/pgpass"
    print_urls
}

stop() {
    if [ ! -d "$folder/data" ]; then
        echo "postgres-server: no server in $folder"
        return
    fi
    if is_running; then
        as_server "$bindir/pg_ctl" stop -D "$folder/data" -m fast -w -t 30 >/dev/null
    fi
    # Make sure: no process of that cluster survives (postmaster.pid is gone when it stopped).
    if [ -f "$folder/data/postmaster.pid" ]; then
        local pid
        pid=$(head -n 1 "$folder/data/postmaster.pid")
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
            kill -QUIT "$pid" 2>/dev/null || true
        fi
    fi
    echo "postgres-server: stopped ($folder)"
}

[ $# -ge 2 ] || usage
command=$1
folder=$2
bindir=$(find_bindir)
choose_account
case "$command" in
    start) [ $# -le 3 ] || usage; start "${3:-}" ;;
    stop) [ $# -eq 2 ] || usage; stop ;;
    *) usage ;;
esac
