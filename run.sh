#!/usr/bin/env bash
# Runs HopeCase on http://127.0.0.1:5000 (or --port N) with an embedded SQLite database in ./data,
# demo staff and beneficiaries, and prints the demo logins.
#   ./run.sh backup --to FILE|FOLDER              encrypted backup of ./data (Backup:Key, e.g. Backup__Key=… in the environment)
#   ./run.sh restore --from FILE --into FOLDER [--installation ID]   restore into an empty folder
set -euo pipefail
cd "$(dirname "$0")"

if [[ ${1:-} == "backup" || ${1:-} == "restore" ]]; then
  dotnet build HopeCase.Web -c Release -nologo -v quiet
  exec dotnet run --project HopeCase.Web -c Release --no-build --no-launch-profile -- "$@" --Data:Folder="$(pwd)/data"
fi

port=${HOPECASE_PORT:-5000}
if [[ ${1:-} == "--port" && -n ${2:-} ]]; then port=$2; fi

# ./run.sh verify-audit: checks the audit trail's hash chain in ./data ("ok N rows" or the first broken row).
if [[ ${1:-} == "verify-audit" ]]; then
  dotnet build HopeCase.Web -c Release -nologo -v quiet
  exec dotnet run --project HopeCase.Web -c Release --no-build --no-launch-profile -- verify-audit --Data:Folder="$(pwd)/data"
fi

bash scripts/ensure-deps.sh
echo "==> Building HopeCase"
dotnet build HopeCase.Web -c Release -nologo -v quiet
echo "==> Starting HopeCase on http://127.0.0.1:${port} (data in $(pwd)/data; Ctrl+C stops it)"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
exec dotnet run --project HopeCase.Web -c Release --no-build --no-launch-profile -- \
  --urls "http://127.0.0.1:${port}" --Data:Folder="$(pwd)/data"
