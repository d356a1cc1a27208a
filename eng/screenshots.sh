#!/usr/bin/env bash
# Saves screenshots of the demo's main pages, in Persian and English, under docs/screenshots/.
# Needs Debian's Chromium (apt-get install -y chromium). Usage: ./eng/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-5187}
data=$(mktemp -d)
dotnet build samples/RazorDemo -c Release >/dev/null
dotnet run --no-build -c Release --project samples/RazorDemo -- --urls "http://127.0.0.1:$port" --Demo:DataDirectory="$data" > "$data/demo.log" 2>&1 &
demo=$!
trap 'kill $demo 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1 && break
  sleep 1
done
mkdir -p docs/screenshots
for page in dashboard:/ ideas:/Ideas neighbourhood:/Neighbourhoods/1 councils:/Councils meetings:/Meetings youth-mayors:/YouthMayors calendar:/Calendar adopt:/Adopt budgeting:/Budgeting; do
  name=${page%%:*}; path=${page#*:}
  for lang in fa en; do
    chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
      --disable-sync --no-first-run --hide-scrollbars --virtual-time-budget=5000 --window-size=1280,2200 \
      --screenshot="docs/screenshots/$name-$lang.png" "http://127.0.0.1:$port$path?culture=$lang" 2>/dev/null
    echo "docs/screenshots/$name-$lang.png"
  done
done
