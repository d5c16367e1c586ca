#!/usr/bin/env bash
# Start, stop and inspect the portal's backing services on this machine: PostgreSQL 15, RabbitMQ, Redis,
# each on 127.0.0.1 only.
#
#   infra/services.sh start  [postgres|rabbitmq|redis|all]...   start (installing with apt when root), wait, provision
#   infra/services.sh stop   [postgres|rabbitmq|redis|all]...   stop what THIS script started, nothing else
#   infra/services.sh status [postgres|rabbitmq|redis|all]...   one line per service; exit 3 if any is down
#   infra/services.sh env    [postgres|rabbitmq|redis|all]...   `export` lines for the portal: eval "$(infra/services.sh env)"
#
# How a service is brought up, in order of preference:
#   1. already accepting connections -> used as it is (and provisioned where we can), never stopped by us;
#   2. root -> apt-get install what is missing, then start it natively (no systemd needed);
#   3. not root, a Docker engine answers `docker info` -> `docker compose up -d <service>` (docker-compose.yml);
#   4. not root, Redis installed -> redis-server as the current user (PostgreSQL and RabbitMQ need root).
# Every start is recorded by a marker file in the state dir (see portal_state_dir in lib/common.sh), so
# `stop` only stops what was started here, by its own stop command or by PID.
#
# Environment (all optional):
#   PORTAL_PG_PASSWORD          password of the PostgreSQL role `portal`        (default: portal-dev-only)
#   PORTAL_RABBITMQ_PASSWORD    password of the RabbitMQ user `portal`          (default: portal-dev-only)
#   PORTAL_PG_ADMIN_PASSWORD    docker mode only: the container's superuser password (default: portal-dev-only)
#   PORTAL_SERVICES_TIMEOUT     seconds to wait for each service to accept connections (default: 120)
#   PORTAL_SERVICES_STATE_DIR   where markers, PID files and Redis data live
#   PORTAL_RABBITMQ_NODENAME    Erlang node name of the RabbitMQ started here (default: rabbit@localhost)
set -euo pipefail

# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
PORTAL_LOG_TAG=services # read by log() in lib/common.sh

# Local-only development defaults: these services listen on 127.0.0.1 of a developer or CI machine and hold
# throw-away data. Never use these passwords for anything reachable from another machine.
export PORTAL_PG_PASSWORD=${PORTAL_PG_PASSWORD:-portal-dev-only}
export PORTAL_RABBITMQ_PASSWORD=${PORTAL_RABBITMQ_PASSWORD:-portal-dev-only}
export PORTAL_PG_ADMIN_PASSWORD=${PORTAL_PG_ADMIN_PASSWORD:-portal-dev-only}

readonly PG_ROLE=portal PG_DATABASE=portal RABBIT_USER=portal
readonly RABBIT_PORT=5672 REDIS_PORT=6379 PG_CLUSTER=main
readonly RABBIT_NODE=${PORTAL_RABBITMQ_NODENAME:-rabbit@localhost}
readonly TIMEOUT=${PORTAL_SERVICES_TIMEOUT:-120}
readonly ALL_SERVICES=(postgres rabbitmq redis)
STATE_DIR=$(portal_state_dir)
readonly STATE_DIR

usage() {
  sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}" >&2
  exit 2
}

# ---------------------------------------------------------------------------------------------------------
# Markers: "$STATE_DIR/<service>.started" holds key=value lines (mode=native|docker|user, ...).

marker() { echo "$STATE_DIR/$1.started"; }
marker_get() { sed -n "s/^$2=//p" "$(marker "$1")" 2>/dev/null | tail -n 1; }
marker_write() {
  local service=$1
  shift
  printf '%s\n' "$@" "started_at=$(date -u +%FT%TZ)" >"$(marker "$service")"
}

# ---------------------------------------------------------------------------------------------------------
# Docker fallback (non-root machines with a Docker engine).

docker_usable() {
  have docker && docker info >/dev/null 2>&1 && { docker compose version >/dev/null 2>&1 || have docker-compose; }
}
compose() {
  if docker compose version >/dev/null 2>&1; then
    docker compose -f "$PORTAL_REPO_ROOT/docker-compose.yml" "$@"
  else
    docker-compose -f "$PORTAL_REPO_ROOT/docker-compose.yml" "$@"
  fi
}

# ---------------------------------------------------------------------------------------------------------
# PostgreSQL (Debian's postgresql-common: pg_lsclusters / pg_ctlcluster / pg_createcluster).

pg_version() {
  if [[ -n ${PORTAL_PG_VERSION:-} ]]; then
    echo "$PORTAL_PG_VERSION"
  elif [[ -x /usr/lib/postgresql/15/bin/postgres ]]; then
    echo 15
  else
    # Whatever Debian installed (bookworm's `postgresql` is 15).
    find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -V | tail -n 1
  fi
}
pg_cluster_line() { pg_lsclusters -h 2>/dev/null | awk -v v="$(pg_version)" -v c="$PG_CLUSTER" '$1 == v && $2 == c'; }
pg_port() {
  local port=""
  have pg_lsclusters && port=$(pg_cluster_line | awk '{print $3}')
  echo "${port:-5432}"
}
postgres_installed() { have pg_ctlcluster && [[ -n $(pg_version) && -x /usr/lib/postgresql/$(pg_version)/bin/postgres ]]; }
postgres_package() { echo postgresql; }
postgres_endpoint() { echo "127.0.0.1:$(pg_port)"; }
postgres_ready() {
  if have pg_isready; then
    pg_isready -q -h 127.0.0.1 -p "$(pg_port)" -t 2
  else
    tcp_open 127.0.0.1 "$(pg_port)"
  fi
}
postgres_start_native() {
  local version
  version=$(pg_version)
  # `apt-get install postgresql` creates the `main` cluster; create it if someone dropped it.
  [[ -n $(pg_cluster_line) ]] || pg_createcluster "$version" "$PG_CLUSTER" >&2
  # listen_addresses is given on the command line so the machine's postgresql.conf is left untouched.
  # Exit code 2 = "already running", fine for an idempotent start.
  local rc=0
  pg_ctlcluster "$version" "$PG_CLUSTER" start -- -o "-c listen_addresses=127.0.0.1" >&2 || rc=$?
  ((rc == 0 || rc == 2)) || return "$rc"
}
postgres_stop_native() {
  local rc=0
  pg_ctlcluster "$(pg_version)" "$PG_CLUSTER" stop >&2 || rc=$?
  ((rc == 0 || rc == 2)) || return "$rc" # 2 = was not running
}
postgres_log_tail() { tail -n 20 "/var/log/postgresql/postgresql-$(pg_version)-$PG_CLUSTER.log" 2>/dev/null >&2 || true; }
postgres_provision() {
  local mode=$1
  if [[ $mode == docker ]]; then
    return 0 # the container's init script (infra/lib/pg-provision.sh) did it on first start
  fi
  if is_root && [[ $(pg_cluster_line | awk '{print $4}') == online ]]; then
    # As the postgres superuser over the local socket (peer authentication).
    (cd / && "$PORTAL_INFRA_DIR/lib/pg-provision.sh" runuser -u postgres -- psql -p "$(pg_port)") ||
      die "postgres: could not create the role '$PG_ROLE' and database '$PG_DATABASE'"
    log "postgres: role '$PG_ROLE' (LOGIN CREATEROLE CREATEDB) and database '$PG_DATABASE' are in place"
    return 0
  fi
  # Not ours to provision (not root, or a server that is not the local Debian cluster): check we can log in.
  if have psql; then
    PGPASSWORD=$PORTAL_PG_PASSWORD PGCONNECT_TIMEOUT=5 psql -X -q -h 127.0.0.1 -p "$(pg_port)" \
      -U "$PG_ROLE" -d "$PG_DATABASE" -c 'SELECT 1' >/dev/null 2>&1 ||
      die "postgres: a server answers on 127.0.0.1:$(pg_port) but role '$PG_ROLE' cannot log in to database" \
        "'$PG_DATABASE' with PORTAL_PG_PASSWORD; run 'sudo infra/services.sh start postgres' to provision it"
  fi
}

# ---------------------------------------------------------------------------------------------------------
# RabbitMQ (Debian's rabbitmq-server; its wrapper switches to the rabbitmq user when run as root).

rabbit_pidfile() { echo "/var/lib/rabbitmq/mnesia/$RABBIT_NODE.pid"; }
# ERL_EPMD_ADDRESS on every Erlang command: a CLI call may be the one that starts epmd (then on 0.0.0.0).
rmqctl() { RABBITMQ_NODENAME=$RABBIT_NODE ERL_EPMD_ADDRESS=127.0.0.1 rabbitmqctl "$@"; }
rabbitmq_installed() { have rabbitmq-server && have rabbitmqctl; }
rabbitmq_package() { echo rabbitmq-server; }
rabbitmq_endpoint() { echo "127.0.0.1:$RABBIT_PORT"; }
rabbitmq_ready() { tcp_open 127.0.0.1 "$RABBIT_PORT"; }
epmd_running() { have epmd && epmd -names >/dev/null 2>&1; }
rabbitmq_start_native() {
  local pidfile
  pidfile=$(rabbit_pidfile)
  # A PID file left by a killed node would make `rabbitmqctl wait` watch a dead process.
  if [[ -f $pidfile ]] && ! pid_alive "$(cat "$pidfile" 2>/dev/null)"; then
    rm -f "$pidfile"
  fi
  # 127.0.0.1 only: AMQP listener (NODE_IP_ADDRESS), the Erlang port mapper (ERL_EPMD_ADDRESS) and the
  # inter-node distribution port (inet_dist_use_interface). The node is named rabbit@localhost so it does
  # not depend on what this machine's host name resolves to.
  RABBITMQ_NODENAME=$RABBIT_NODE \
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
    RABBITMQ_NODE_PORT=$RABBIT_PORT \
    ERL_EPMD_ADDRESS=127.0.0.1 \
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
    rabbitmq-server -detached >&2
  # Waits for the PID file, then for the node to boot completely (about 6 s here).
  rmqctl wait --timeout "$TIMEOUT" "$pidfile" >&2
}
rabbitmq_stop_native() {
  local pidfile
  pidfile=$(rabbit_pidfile)
  if [[ -f $pidfile ]]; then
    rmqctl stop "$pidfile" >&2 # returns once the OS process has exited
  fi
  # epmd outlives the node; stop it if it was started by our node (refuses while other nodes are registered).
  if [[ $(marker_get rabbitmq epmd) == ours ]] && epmd_running; then
    ERL_EPMD_ADDRESS=127.0.0.1 epmd -kill >/dev/null 2>&1 || true
  fi
}
rabbitmq_log_tail() { tail -n 20 "/var/log/rabbitmq/$RABBIT_NODE.log" 2>/dev/null >&2 || true; }
rabbitmq_provision() {
  local mode=$1
  if [[ $mode == docker ]]; then
    return 0 # RABBITMQ_DEFAULT_USER/PASS in docker-compose.yml created the user
  fi
  if ! is_root || ! rmqctl -q ping >/dev/null 2>&1; then
    warn "rabbitmq: cannot manage the running broker here (not root, or not the node $RABBIT_NODE);" \
      "make sure user '$RABBIT_USER' exists with PORTAL_RABBITMQ_PASSWORD and permissions on vhost /"
    return 0
  fi
  if ! rmqctl -q authenticate_user "$RABBIT_USER" "$PORTAL_RABBITMQ_PASSWORD" >/dev/null 2>&1; then
    if rmqctl -q list_users 2>/dev/null | awk '{print $1}' | grep -qx "$RABBIT_USER"; then
      rmqctl -q change_password "$RABBIT_USER" "$PORTAL_RABBITMQ_PASSWORD" >&2
    else
      rmqctl -q add_user "$RABBIT_USER" "$PORTAL_RABBITMQ_PASSWORD" >&2
    fi
  fi
  rmqctl -q set_permissions -p / "$RABBIT_USER" '.*' '.*' '.*' >&2
  log "rabbitmq: user '$RABBIT_USER' with configure/write/read permissions on vhost / is in place"
}

# ---------------------------------------------------------------------------------------------------------
# Redis.

redis_dir() { echo "$STATE_DIR/redis"; }
redis_installed() { have redis-server && have redis-cli; }
redis_package() { echo redis-server; }
redis_endpoint() { echo "127.0.0.1:$REDIS_PORT"; }
redis_ready() {
  if have redis-cli; then
    [[ $(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null) == PONG ]]
  else
    tcp_open 127.0.0.1 "$REDIS_PORT"
  fi
}
redis_start() { # $1 = native (root: run as the redis user) | user (run as whoever we are)
  local dir
  dir=$(redis_dir)
  mkdir -p "$dir"
  local -a as=()
  if [[ $1 == native ]] && id redis >/dev/null 2>&1; then
    chown redis: "$dir"
    as=(runuser -u redis --)
  fi
  # No persistence: a cache and live state for dev/tests. Data and log stay in the state dir.
  (cd "$dir" && "${as[@]}" redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" \
    --protected-mode yes --pidfile "$dir/redis.pid" --dir "$dir" --logfile "$dir/redis.log" \
    --save '' --appendonly no >&2)
}
redis_stop() {
  local pidfile pid
  pidfile="$(redis_dir)/redis.pid"
  pid=$(cat "$pidfile" 2>/dev/null || true)
  # By PID, and only if that PID is still a redis-server (PIDs get reused).
  if [[ -n $pid ]] && [[ $(cat "/proc/$pid/comm" 2>/dev/null) == redis-server* ]]; then
    kill -TERM "$pid"
    local deadline=$((SECONDS + 30))
    while pid_alive "$pid" && ((SECONDS < deadline)); do sleep 0.1; done
    ! pid_alive "$pid" || die "redis: PID $pid did not exit within 30s"
  fi
  rm -f "$pidfile"
}
redis_start_native() { redis_start native; }
redis_stop_native() { redis_stop; }
redis_log_tail() { tail -n 20 "$(redis_dir)/redis.log" 2>/dev/null >&2 || true; }
redis_provision() { :; } # nothing to provision: no auth on a loopback-only dev instance

# ---------------------------------------------------------------------------------------------------------
# Commands.

is_running() { "${1}_ready"; }

start_one() {
  local service=$1 t0=$SECONDS mode
  if is_running "$service"; then
    if [[ -f $(marker "$service") ]]; then
      log "$service: already running on $("${service}_endpoint") (started by services.sh)"
      mode=$(marker_get "$service" mode)
    else
      log "$service: already running on $("${service}_endpoint") (not started by services.sh; will not stop it)"
      mode=external
    fi
    "${service}_provision" "$mode"
    return 0
  fi

  if is_root; then
    mode=native
    "${service}_installed" || apt_install "$("${service}_package")"
    local -a extra=()
    if [[ $service == rabbitmq ]]; then epmd_running && extra=(epmd=theirs) || extra=(epmd=ours); fi
    marker_write "$service" mode=native "${extra[@]}" # before starting: a half-started service is still ours
    log "$service: starting on $("${service}_endpoint")"
    "${service}_start_native" || { "${service}_log_tail"; die "$service: failed to start"; }
  elif docker_usable; then
    mode=docker
    marker_write "$service" mode=docker
    log "$service: starting with docker compose (not root)"
    compose up -d "$service" >&2 || die "$service: docker compose up -d $service failed"
  elif [[ $service == redis ]] && redis_installed; then
    mode=user
    marker_write "$service" mode=user
    log "redis: starting as $(id -un) on $(redis_endpoint)"
    redis_start user || { redis_log_tail; die "redis: failed to start"; }
  else
    die "$service: not running on $("${service}_endpoint") and cannot be started here: not root and no Docker" \
      "engine. Run 'sudo infra/services.sh start $service', or start it yourself on $("${service}_endpoint")."
  fi

  if ! wait_until "$TIMEOUT" "$service on $("${service}_endpoint")" "${service}_ready"; then
    if [[ $mode == docker ]]; then compose logs --tail 20 "$service" >&2 || true; else "${service}_log_tail"; fi
    die "$service: not accepting connections on $("${service}_endpoint") after ${TIMEOUT}s"
  fi
  "${service}_provision" "$mode"
  log "$service: ready on $("${service}_endpoint") in $(elapsed_since "$t0")"
}

stop_one() {
  local service=$1 mode
  if [[ ! -f $(marker "$service") ]]; then
    if is_running "$service"; then
      log "$service: not started by services.sh; leaving it running"
    else
      log "$service: not running"
    fi
    return 0
  fi
  mode=$(marker_get "$service" mode)
  local t0=$SECONDS
  case $mode in
  native) "${service}_stop_native" ;;
  docker) compose stop "$service" >&2 ;;
  user) redis_stop ;;
  *) die "$service: unknown mode '$mode' in $(marker "$service")" ;;
  esac
  rm -f "$(marker "$service")"
  log "$service: stopped ($mode) in $(elapsed_since "$t0")"
}

status_one() {
  local service=$1 state how=""
  if is_running "$service"; then
    state=running
    if [[ -f $(marker "$service") ]]; then
      how="started by services.sh ($(marker_get "$service" mode))"
    else
      how="not started by services.sh"
    fi
  else
    state=stopped
    [[ -f $(marker "$service") ]] && how="marker left by an earlier start: $(marker "$service")"
  fi
  printf '%-9s %-8s %-16s %s\n' "$service" "$state" "$("${service}_endpoint")" "$how"
  [[ $state == running ]]
}

# Single-quote a value for the shell (readable, unlike printf %q, and safe for eval).
shell_quote() { printf "'%s'" "${1//\'/\'\\\'\'}"; }
export_line() { printf 'export %s=%s\n' "$1" "$(shell_quote "$2")"; }

env_one() {
  case $1 in
  postgres)
    export_line Portal__Database__Provider Postgres
    export_line Portal__Database__ConnectionString \
      "Host=127.0.0.1;Port=$(pg_port);Database=$PG_DATABASE;Username=$PG_ROLE;Password=$PORTAL_PG_PASSWORD"
    ;;
  rabbitmq)
    export_line Portal__Bus__Transport RabbitMQ
    export_line Portal__Bus__RabbitMQ__Host 127.0.0.1
    export_line Portal__Bus__RabbitMQ__Username "$RABBIT_USER"
    export_line Portal__Bus__RabbitMQ__Password "$PORTAL_RABBITMQ_PASSWORD"
    ;;
  redis)
    export_line Portal__Redis__Configuration "127.0.0.1:$REDIS_PORT"
    ;;
  esac
}

# Packages that `start` would install for the given services (used by test.sh to install everything,
# chromium included, in a single apt-get run).
missing_packages_one() { "${1}_installed" || "${1}_package"; }

main() {
  (($# >= 1)) || usage
  local command=$1
  shift
  local -a services=()
  local arg
  for arg in "${@:-all}"; do
    case $arg in
    all) services+=("${ALL_SERVICES[@]}") ;;
    postgres | rabbitmq | redis) services+=("$arg") ;;
    *) die "unknown service '$arg' (expected postgres, rabbitmq, redis or all)" ;;
    esac
  done

  local service rc=0
  case $command in
  start | stop)
    mkdir -p "$STATE_DIR"
    # One start/stop at a time (two test runs starting the same services would race).
    exec 9>"$STATE_DIR/.lock"
    flock -w 600 9 || die "another services.sh holds $STATE_DIR/.lock"
    # `9>&-`: the daemons started below must not inherit the lock's descriptor, or they would hold the
    # lock for as long as they run (bash keeps its own copy of fd 9 close-on-exec meanwhile).
    if [[ $command == start ]] && is_root; then
      # One apt-get run for every missing package, before anything starts.
      local -a missing=()
      for service in "${services[@]}"; do
        is_running "$service" || "${service}_installed" || missing+=("$("${service}_package")")
      done
      apt_install "${missing[@]}" 9>&-
    fi
    for service in "${services[@]}"; do "${command}_one" "$service" 9>&-; done
    if [[ $command == start ]]; then
      log "services are up; for the portal: eval \"\$(infra/services.sh env ${*:-all})\""
    fi
    ;;
  status)
    for service in "${services[@]}"; do status_one "$service" || rc=3; done
    return "$rc"
    ;;
  env)
    for service in "${services[@]}"; do env_one "$service"; done
    ;;
  missing-packages)
    for service in "${services[@]}"; do missing_packages_one "$service"; done
    ;;
  -h | --help | help) usage ;;
  *) usage ;;
  esac
}

main "$@"
