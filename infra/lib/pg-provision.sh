#!/usr/bin/env bash
# Creates (or updates) the portal's PostgreSQL provisioning role and its database. Idempotent.
#
# The role is NOT a superuser: it has LOGIN, CREATEROLE and CREATEDB, because the portal creates one
# schema per tenant owned by a login role of that tenant (DESIGN.md section 3), and tests must see the
# same privilege model everywhere (a superuser would hide permission bugs).
#
# Used in two places:
#   - infra/services.sh runs it with the psql command to use as arguments:
#       infra/lib/pg-provision.sh runuser -u postgres -- psql -p 5432
#   - docker-compose.yml mounts it into the postgres:15 container as
#     /docker-entrypoint-initdb.d/10-portal.sh; the image's entrypoint runs it once, on an empty volume,
#     with POSTGRES_USER/POSTGRES_DB set and the temporary server on its Unix socket.
#
# Inputs (environment): PORTAL_PG_PASSWORD (required), PORTAL_PG_ROLE (portal), PORTAL_PG_DATABASE (portal).
set -euo pipefail

: "${PORTAL_PG_PASSWORD:?PORTAL_PG_PASSWORD must be set}"
role=${PORTAL_PG_ROLE:-portal}
database=${PORTAL_PG_DATABASE:-portal}

if (($# > 0)); then
  psql_cmd=("$@")
else
  psql_cmd=(psql --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}")
fi

# psql variables (:'x' = quoted literal, :"x" = quoted identifier) keep the password and names out of
# the SQL text, so no quoting bug or injection is possible; \getenv reads the password from the
# environment so it never appears on a command line (ps). \gexec runs the generated statement only when
# the role/database does not exist yet. The password is (re)set every time: the environment is the truth.
export PORTAL_PG_PASSWORD
"${psql_cmd[@]}" -X -q -v ON_ERROR_STOP=1 -v role="$role" -v database="$database" <<'SQL'
\getenv password PORTAL_PG_PASSWORD
SELECT format('CREATE ROLE %I LOGIN', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" WITH LOGIN CREATEROLE CREATEDB NOSUPERUSER PASSWORD :'password';
SELECT format('CREATE DATABASE %I OWNER %I', :'database', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'database') \gexec
SQL
