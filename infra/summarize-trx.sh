#!/usr/bin/env bash
# Count the results of every .trx file (Visual Studio test results, written by `dotnet test --logger trx`)
# under the given folders/files and print ONE line on stdout:
#
#   N passed, N failed, N skipped
#
# Per-file counts, the names of failed tests with their message and first stack lines, and run-level errors go to stderr.
# Exit: 0 = nothing failed, 1 = something failed, 2 = no .trx file found (nothing printed on stdout).
#
# Counting rules (from each file's <ResultSummary><Counters>):
#   passed  = passed
#   failed  = failed + error + timeout + aborted
#   skipped = everything else in `total` (VSTest's TRX logger counts skipped tests in `total` only: its
#             `executed` is passed + failed and `notExecuted` stays 0), at least notExecuted.
#   A file whose run outcome is Failed/Aborted/Error/Timeout but which counts no failed test (the test host
#   crashed, the adapter failed, the run was aborted) adds 1 failed; so does a file that cannot be read.
#   Whatever breaks, the total must never look green.
set -euo pipefail

if (($# == 0)); then
  echo "usage: $0 RESULTS_DIR_OR_TRX_FILE..." >&2
  exit 2
fi

exec python3 - "$@" <<'PY'
import os
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
FAILED_OUTCOMES = {"Failed", "Error", "Timeout", "Aborted"}
BAD_RUN_OUTCOMES = {"Failed", "Aborted", "Error", "Timeout"}


def err(msg):
    print(msg, file=sys.stderr)


def trx_files(paths):
    found = []
    for path in paths:
        if os.path.isfile(path) and path.endswith(".trx"):
            found.append(path)
        elif os.path.isdir(path):
            for folder, _, names in os.walk(path):
                found.extend(os.path.join(folder, n) for n in names if n.endswith(".trx"))
    return sorted(set(found))


def count(path):
    """Returns (passed, failed, skipped) for one TRX file, reporting details on stderr."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as e:
        err(f"{path}: cannot read ({e}); counted as 1 failed")
        return 0, 1, 0
    summary = root.find(NS + "ResultSummary")
    counters = summary.find(NS + "Counters") if summary is not None else None
    if counters is None:
        err(f"{path}: no <ResultSummary><Counters>; counted as 1 failed")
        return 0, 1, 0

    def c(name):
        try:
            return int(counters.get(name, "0") or 0)
        except ValueError:
            return 0

    passed = c("passed")
    failed = c("failed") + c("error") + c("timeout") + c("aborted")
    skipped = max(c("total") - passed - failed, c("notExecuted"), 0)

    # The test assembly's name makes the per-file line readable (file names are only timestamps).
    method = root.find(f"{NS}TestDefinitions/{NS}UnitTest/{NS}TestMethod")
    name = os.path.splitext(os.path.basename(method.get("codeBase", "")))[0] if method is not None else ""
    err(f"  {name or os.path.basename(path)}: {passed} passed, {failed} failed, {skipped} skipped"
        f"  ({os.path.basename(path)})")

    for result in root.iter(NS + "UnitTestResult"):
        if result.get("outcome") in FAILED_OUTCOMES:
            err(f"    FAILED {result.get('testName')}")
            # The reason travels with the name: CI keeps only the printed output, not the TRX files.
            info = result.find(f"{NS}Output/{NS}ErrorInfo")
            if info is not None:
                message = (info.findtext(NS + "Message") or "").strip().splitlines()[:8]
                stack = (info.findtext(NS + "StackTrace") or "").strip().splitlines()[:6]
                for line in message:
                    err(f"      {line}")
                for line in stack:
                    err(f"      {line.strip()}")
    outcome = summary.get("outcome", "")
    if failed == 0 and outcome in BAD_RUN_OUTCOMES:
        err(f"    run outcome is {outcome} although no test failed (crash or abort?); counted as 1 failed")
        for info in summary.iter(NS + "RunInfo"):
            if info.get("outcome") in ("Error", "Failed"):
                for line in (info.findtext(NS + "Text") or "(no message)").strip().splitlines()[:5]:
                    err(f"    run error: {line}")
        failed = 1
    return passed, failed, skipped


files = trx_files(sys.argv[1:])
if not files:
    err("no .trx files under: " + " ".join(sys.argv[1:]))
    sys.exit(2)

err(f"test results ({len(files)} .trx file{'s' if len(files) != 1 else ''}):")
totals = [0, 0, 0]
for f in files:
    for i, n in enumerate(count(f)):
        totals[i] += n
print(f"{totals[0]} passed, {totals[1]} failed, {totals[2]} skipped")
sys.exit(1 if totals[1] else 0)
PY
