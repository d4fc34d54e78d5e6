#!/usr/bin/env bash
# Runs every HopeCase test (core, components, HTTP, browser, PDF) and ends with one line:
# "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"

bash scripts/ensure-deps.sh || exit 1

results=$(pwd)/artifacts/test-results
rm -rf "$results"; mkdir -p "$results"
echo "==> Building"
dotnet build HopeCase.sln -c Release -nologo -v quiet || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }

echo "==> Running tests (screenshots and PDFs go to artifacts/)"
dotnet test HopeCase.Tests -c Release --no-build -nologo \
  --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@"
status=$?

trx="$results/results.trx"
if [[ -f $trx ]]; then
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$(get passed); failed=$(get failed); total=$(get total); executed=$(get executed)
  skipped=$((total - executed))
  echo "${passed} passed, ${failed} failed, ${skipped} skipped"
else
  echo "0 passed, 1 failed, 0 skipped"
  status=1
fi
exit $status
