#!/usr/bin/env bash
# Saves screenshots of the demo's main pages under docs/screenshots/: each page in Persian and English, on a desktop
# (NAME-LANG.png, 1,366 px wide) and a phone (NAME-LANG-phone.png, 390 px), signed in where the page needs an account.
# Playwright drives Debian's Chromium (apt-get install -y chromium); the page list is in eng/screenshots.cs.
# Usage: ./eng/screenshots.sh [folder [page,page...]]   (default docs/screenshots, every page)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-5187}
folder=${1:-docs/screenshots}
data=$(mktemp -d)
dotnet build samples/RazorDemo -c Release >/dev/null
dotnet build eng/screenshots.cs >/dev/null
dotnet run --no-build -c Release --project samples/RazorDemo -- --urls "http://127.0.0.1:$port" --Demo:DataDirectory="$data" > "$data/demo.log" 2>&1 &
demo=$!
trap 'kill $demo 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1 && break
  sleep 1
done
# The budgeting outcome is counted in the background after start-up; give it a moment.
sleep 5
dotnet run --no-build eng/screenshots.cs -- "http://127.0.0.1:$port" "$folder" ${2:-}
