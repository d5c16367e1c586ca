# shellcheck shell=bash disable=SC2034  # variables here are used by the scripts that source this file
# Helpers shared by infra/services.sh, infra/test.sh and infra/bench.sh. Source it; do not run it.
#
# Everything here logs to stderr, so that the scripts' stdout stays clean: `services.sh env` prints
# only export lines, and test.sh's last stdout line is the closing "N passed, N failed, N skipped".

PORTAL_REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PORTAL_INFRA_DIR="$PORTAL_REPO_ROOT/infra"

log() { printf '[%s] %s\n' "${PORTAL_LOG_TAG:-portal}" "$*" >&2; }
warn() { log "WARNING: $*"; }
die() {
  log "ERROR: $*"
  exit 1
}

is_root() { [[ $(id -u) -eq 0 ]]; }

# command -v, plus the sbin folders that a non-root PATH often lacks (rabbitmq-server lives in /usr/sbin).
have() { command -v "$1" >/dev/null 2>&1 || [[ -x /usr/sbin/$1 || -x /sbin/$1 ]]; }

# True when something accepts TCP connections on host:port (bash's /dev/tcp: no netcat needed).
tcp_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# A process is alive if it exists and is not a zombie waiting for its parent to reap it.
pid_alive() { [[ $1 =~ ^[0-9]+$ && -e /proc/$1 && $(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) != Z ]]; }

# wait_until SECONDS WHAT COMMAND...: retry COMMAND every half second until it succeeds; fail naming WHAT.
wait_until() {
  local seconds=$1 what=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)); then
      log "ERROR: $what did not become ready within ${seconds}s"
      return 1
    fi
    sleep 0.5
  done
}

# Seconds since an earlier $SECONDS reading, for "started in Ns" messages.
elapsed_since() { echo "$((SECONDS - $1))s"; }

# apt_install PACKAGE...: install with apt-get, as root only.
# - `apt-get update` runs once per process tree (PORTAL_APT_UPDATED is exported to child scripts), because
#   a fresh machine's package lists are empty or stale and an install without them fails.
# - A temporary policy-rc.d (exit 101 = "action forbidden") keeps the packages' maintainer scripts from
#   starting PostgreSQL/Redis/RabbitMQ with their stock configuration (RabbitMQ listens on every interface
#   by default); services.sh starts them itself, bound to 127.0.0.1, and knows it started them.
apt_install() {
  (($# > 0)) || return 0
  is_root || die "missing packages: $* (run as root, or install them yourself)"
  have apt-get || die "missing packages: $* and apt-get is not available on this machine"
  if [[ -z ${PORTAL_APT_UPDATED:-} ]]; then
    log "apt-get update (once)"
    apt-get update -q -o DPkg::Lock::Timeout=300 >&2 || die "apt-get update failed"
    export PORTAL_APT_UPDATED=1
  fi
  local policy=/usr/sbin/policy-rc.d made_policy=0 rc=0
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\n# temporary, written by the portal infra scripts during apt-get install\nexit 101\n' >"$policy"
    chmod 0755 "$policy"
    made_policy=1
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=300 "$@" >&2 || rc=$?
  ((made_policy)) && rm -f "$policy"
  ((rc == 0)) || die "apt-get install $* failed (exit $rc)"
}

# Where services.sh keeps its markers (which services it started, and how), PID files and Redis data.
# Root: /tmp/portal-services. Others: $XDG_RUNTIME_DIR/portal-services, else /tmp/portal-services-UID.
portal_state_dir() {
  if [[ -n ${PORTAL_SERVICES_STATE_DIR:-} ]]; then
    echo "$PORTAL_SERVICES_STATE_DIR"
  elif is_root; then
    echo /tmp/portal-services
  elif [[ -n ${XDG_RUNTIME_DIR:-} && -d ${XDG_RUNTIME_DIR:-} ]]; then
    echo "$XDG_RUNTIME_DIR/portal-services"
  else
    echo "/tmp/portal-services-$(id -u)"
  fi
}
