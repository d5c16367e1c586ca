#!/usr/bin/env bash
# Run the benchmarks (tests/Portal.Benchmarks: BenchmarkDotNet in-process runs and HTTP load runs).
#
#   infra/bench.sh [--with-services] [resolution|throughput|memory|coldstart|tokens|stores|events|dashboard|decisions|evaluator|decisions-api|decisions-pipeline|publications|all] [--quick]
#   (stores compares PostgreSQL with SQLite, events measures the outbox and RabbitMQ path; both need --with-services;
#   publications searches on SQLite, and with --with-services on PostgreSQL too)
#
# Without --with-services the benchmarks use the portal's embedded defaults (SQLite, in-memory bus,
# in-process cache). With it, PostgreSQL, RabbitMQ and Redis are started exactly as infra/test.sh does
# (infra/services.sh, 127.0.0.1 only), the portal's Portal__* keys are exported so it runs on them, and the
# services that were not already running are stopped afterwards.
# Example: infra/bench.sh throughput
set -euo pipefail

# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source-path=SCRIPTDIR
source "$PORTAL_INFRA_DIR/lib/with-services.sh"
PORTAL_LOG_TAG="bench" # read by log() in lib/common.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

with_services=0
args=()
for arg in "$@"; do
  if [[ $arg == --with-services ]]; then with_services=1; else args+=("$arg"); fi
done

cd "$PORTAL_REPO_ROOT"
if ((with_services)); then
  trap services_down EXIT
  PORTAL_EXPORT_PORTAL_CONFIG=1 services_up all
fi

# BenchmarkDotNet refuses Debug builds; Release it is.
dotnet run -c Release --project tests/Portal.Benchmarks -- "${args[@]}"
