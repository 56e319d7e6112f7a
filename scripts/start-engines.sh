#!/usr/bin/env bash
# Idempotently start the real database engines the e2e tests and
# make-samples.sh talk to, and make sure the OS user running the tests can log
# in without a password:
#   PostgreSQL 15: Unix socket /var/run/postgresql, superuser role named after
#                  the current OS user (normally `root`).
#   MariaDB:       Unix socket, `root` via unix_socket auth (Debian default).
# Must run as root (CI calls it right after installing the packages).
set -euo pipefail

user="${MIGSTAMP_DB_USER:-$(id -un)}"

# ---- PostgreSQL -----------------------------------------------------------
if command -v pg_ctlcluster >/dev/null 2>&1; then
  # pg_lsclusters tells us which version/cluster exists; default to 15/main.
  pgver=""; pgcluster=""
  read -r pgver pgcluster _ < <(pg_lsclusters --no-header 2>/dev/null | head -n1) || true
  pgver="${pgver:-15}"; pgcluster="${pgcluster:-main}"
  if ! pg_lsclusters --no-header | awk -v v="$pgver" -v c="$pgcluster" '$1==v && $2==c && $4=="online"' | grep -q .; then
    pg_ctlcluster "$pgver" "$pgcluster" start
  fi
  # Wait until the server accepts connections (startup can take a moment).
  for _ in $(seq 1 30); do
    su postgres -c "psql -Atqc 'select 1'" >/dev/null 2>&1 && break
    sleep 1
  done
  if ! su postgres -c "psql -Atqc \"select 1 from pg_roles where rolname = '$user'\"" | grep -q 1; then
    su postgres -c "psql -qc 'create role \"$user\" superuser login'"
  fi
  # A database named after the role lets plain `psql` work without -d.
  if ! su postgres -c "psql -Atqc \"select 1 from pg_database where datname = '$user'\"" | grep -q 1; then
    su postgres -c "createdb -O \"$user\" \"$user\""
  fi
  echo "postgresql: ready (role $user)"
else
  echo "postgresql: not installed, skipped" >&2
fi

# ---- MariaDB --------------------------------------------------------------
if command -v mariadbd >/dev/null 2>&1 || command -v mysqld >/dev/null 2>&1; then
  if ! mariadb-admin ping >/dev/null 2>&1; then
    service mariadb start >/dev/null 2>&1 || service mysql start
  fi
  for _ in $(seq 1 30); do
    mariadb-admin ping >/dev/null 2>&1 && break
    sleep 1
  done
  # Debian's root@localhost authenticates by unix_socket, so `mariadb` as OS
  # root just works. For another OS user, create a matching socket login.
  if [ "$user" != root ]; then
    mariadb -e "CREATE USER IF NOT EXISTS '$user'@'localhost' IDENTIFIED VIA unix_socket; GRANT ALL ON *.* TO '$user'@'localhost' WITH GRANT OPTION;"
  fi
  echo "mariadb: ready (user $user via unix_socket)"
else
  echo "mariadb: not installed, skipped" >&2
fi
