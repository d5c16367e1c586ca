#!/usr/bin/env bash
# The one test command of the portal (CI runs it through .ci/run):
#
#   infra/test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~CallRouting]
#
# 1. installs what is missing, when root (apt): chromium, PostgreSQL, RabbitMQ, Redis, node/npm, python3;
# 2. starts PostgreSQL, RabbitMQ and Redis on 127.0.0.1 (infra/services.sh) and exports how to reach them;
# 3. checks that headless chromium runs (the browser tests drive /usr/bin/chromium through Playwright);
# 4. builds, then runs `dotnet test` with a TRX logger;
# 5. stops the services it started, and closes with exactly one line, the last one on stdout:
#        N passed, N failed, N skipped
#    counted from all the TRX files of this run. Exit non-zero if the build, `dotnet test` or any test failed.
#    Any failure before the tests ran (install, services, build) closes with "0 passed, 1 failed, 0 skipped":
#    a broken run must never look green.
#
# Environment (all optional):
#   PORTAL_TEST_TARGET        solution or project to test              (default: Portal.sln)
#   PORTAL_TEST_SERVICES      services to start: all | none | a space-separated list (default: all)
#   PORTAL_TEST_RESULTS_DIR   where run-*/ result folders go           (default: TestResults/ in the repo)
#   PORTAL_TEST_VERBOSITY     console logger verbosity                 (default: normal)
#   PORTAL_TEST_HANG_TIMEOUT  a test running longer is killed and fails (default: 10m)
#   PORTAL_TEST_ALLOW_EMPTY=1 do not fail when no test ran at all
#   plus those of infra/services.sh (PORTAL_PG_PASSWORD, PORTAL_RABBITMQ_PASSWORD, ...).
#
# What the tests get (exported; the portal's own Portal__* keys are NOT exported, so every in-process portal
# starts on the embedded defaults unless a test points it at a server):
#   PORTAL_TEST_POSTGRES  Npgsql connection string of the `portal` role (LOGIN CREATEROLE CREATEDB)
#   PORTAL_TEST_RABBITMQ  amqp://portal:...@127.0.0.1:5672 (default vhost /)
#   PORTAL_TEST_REDIS     StackExchange.Redis configuration string, 127.0.0.1:6379
#   PORTAL_TEST_CHROMIUM  path of the chromium binary that was checked
set -euo pipefail

# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source-path=SCRIPTDIR
source "$PORTAL_INFRA_DIR/lib/with-services.sh"
PORTAL_LOG_TAG="test" # read by log() in lib/common.sh

cd "$PORTAL_REPO_ROOT"

TARGET=${PORTAL_TEST_TARGET:-Portal.sln}
SERVICES=${PORTAL_TEST_SERVICES:-all}
VERBOSITY=${PORTAL_TEST_VERBOSITY:-normal}
HANG_TIMEOUT=${PORTAL_TEST_HANG_TIMEOUT:-10m}
RESULTS_ROOT=${PORTAL_TEST_RESULTS_DIR:-$PORTAL_REPO_ROOT/TestResults}
CHROMIUM=${PORTAL_TEST_CHROMIUM:-/usr/bin/chromium}

# No telemetry, no banners; no browser downloads (the machine has no route to them: chromium comes from apt).
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export NUGET_XMLDOC_MODE=skip
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export PORTAL_TEST_CHROMIUM=$CHROMIUM

# ---------------------------------------------------------------------------------------------------------
# The closing line. SUMMARY is set once the TRX files are counted; until then any exit is a failure.
SUMMARY=""
# shellcheck disable=SC2317 # called by the EXIT trap
on_exit() {
  local rc=$?
  trap - EXIT INT TERM
  services_down >&2 || true
  if [[ -z $SUMMARY ]]; then
    ((rc != 0)) || rc=1
    SUMMARY="0 passed, 1 failed, 0 skipped"
    log "failed before any test result was counted (see above)"
  fi
  log "total time $(elapsed_since 0)"
  echo "$SUMMARY"
  exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------------------
# 1. Prerequisites: one apt-get run for everything missing (root only; elsewhere, say what is missing).
case $SERVICES in
all) SERVICE_LIST=(postgres rabbitmq redis) ;;
none) SERVICE_LIST=() ;;
*) read -r -a SERVICE_LIST <<<"$SERVICES" ;;
esac

have dotnet || die "dotnet (the .NET 10 SDK) is not on PATH"
missing=()
[[ -x $CHROMIUM ]] || missing+=(chromium)
have node && have npm || missing+=(nodejs npm) # theme projects run `npm ci` during the build
have python3 || missing+=(python3)             # infra/summarize-trx.sh
if ((${#SERVICE_LIST[@]} > 0)); then
  # shellcheck disable=SC2207 # one package name per line
  missing+=($("$PORTAL_INFRA_DIR/services.sh" missing-packages "${SERVICE_LIST[@]}"))
fi
if ((${#missing[@]} > 0)); then
  t0=$SECONDS
  apt_install "${missing[@]}"
  log "installed ${missing[*]} in $(elapsed_since "$t0")"
fi

# ---------------------------------------------------------------------------------------------------------
# 2. Services.
if ((${#SERVICE_LIST[@]} > 0)); then
  t0=$SECONDS
  services_up "${SERVICE_LIST[@]}"
  log "services ready in $(elapsed_since "$t0"): ${SERVICE_LIST[*]}"
else
  log "PORTAL_TEST_SERVICES=none: no services started; integration tests that need them should skip"
fi

# ---------------------------------------------------------------------------------------------------------
# 3. Chromium smoke test: start it headless for real and render a page, so a broken browser shows up here
#    with a clear message instead of as many browser-test failures. The flags are those the browser tests
#    should use as well: root needs --no-sandbox; the background-networking flags stop chromium calling
#    hosts this machine cannot reach.
t0=$SECONDS
profile=$(mktemp -d)
chromium_out=$(timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
  --no-first-run --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --dump-dom 'data:text/html,<p>portal-chromium-ok</p>' 2>/dev/null) || true
rm -rf "$profile"
[[ $chromium_out == *portal-chromium-ok* ]] ||
  die "chromium ($CHROMIUM) did not render a page headless; try: $CHROMIUM --headless --no-sandbox --dump-dom about:blank"
log "chromium OK: $("$CHROMIUM" --version 2>/dev/null) ($(elapsed_since "$t0"))"

# ---------------------------------------------------------------------------------------------------------
# 4. Build, then test. The build runs on its own so that a compile error is reported as such; theme
#    projects restore their npm packages during it.
RUN_DIR="$RESULTS_ROOT/run-$(date +%Y%m%d-%H%M%S)-$$"
mkdir -p "$RUN_DIR"
if [[ -z ${PORTAL_TEST_RESULTS_DIR:-} ]]; then
  # Keep the five newest runs in the default folder (gitignored).
  find "$RESULTS_ROOT" -mindepth 1 -maxdepth 1 -type d -name 'run-*' -printf '%T@ %p\n' |
    sort -rn | tail -n +6 | cut -d' ' -f2- | xargs -r rm -rf
fi

t0=$SECONDS
log "dotnet build $TARGET -c Release"
dotnet build "$TARGET" -c Release || die "build failed (dotnet build $TARGET -c Release)"
log "build succeeded in $(elapsed_since "$t0")"

t0=$SECONDS
log "dotnet test $TARGET -c Release (results: $RUN_DIR)"
test_rc=0
# --blame-hang-*: a hung test is killed (no dump) and reported failed, instead of eating CI's 90 minutes.
# -m:1: one test assembly at a time. The integration tests start portals, brokers and databases of their own; on two
# cores, sharing them with another assembly's hundreds of tests made the broker-kill test miss its deadline, and the
# whole run is hardly longer when the cores are already busy.
dotnet test "$TARGET" -c Release --no-build -m:1 \
  --results-directory "$RUN_DIR" \
  --logger trx \
  --logger "console;verbosity=$VERBOSITY" \
  --blame-hang-timeout "$HANG_TIMEOUT" --blame-hang-dump-type none \
  "$@" || test_rc=$?
log "dotnet test exited $test_rc after $(elapsed_since "$t0")"

# ---------------------------------------------------------------------------------------------------------
# 5. Count. summarize-trx.sh exits 0 (no failure), 1 (failures) or 2 (no TRX file at all).
count_rc=0
counts=$("$PORTAL_INFRA_DIR/summarize-trx.sh" "$RUN_DIR") || count_rc=$?
if ((count_rc == 2)); then
  counts="0 passed, 0 failed, 0 skipped"
fi
read -r passed _ failed _ skipped _ <<<"$counts"

if ((test_rc != 0 && failed == 0)); then
  # dotnet test failed without a failed test in any TRX: a project that did not run, a crashed test host...
  log "dotnet test exited $test_rc but no TRX file counts a failed test: counting the run as 1 failed"
  failed=1
fi
if ((passed + failed + skipped == 0)) && [[ ${PORTAL_TEST_ALLOW_EMPTY:-0} != 1 ]]; then
  log "no test ran at all (set PORTAL_TEST_ALLOW_EMPTY=1 if that is expected): counting the run as 1 failed"
  failed=1
fi

SUMMARY="$passed passed, $failed failed, $skipped skipped"
((failed == 0)) || exit 1
exit 0
