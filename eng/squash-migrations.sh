#!/usr/bin/env bash
# Regenerates each provider's single migration, Initial, from the current model. Until 0.1.0 ships nobody has a
# database to upgrade, so a model change rewrites Initial instead of adding a migration (docs/persistence.md).
# Usage: ./eng/squash-migrations.sh
# The migrations hold no hand-written SQL (no migrationBuilder.Sql): everything comes from the mappings. If you
# ever add some, this script drops it, so put it back in the regenerated Initial (or in the mapping) and say so here.
set -euo pipefail
cd "$(dirname "$0")/.."
migrations=src/ParticipatoryGovernance.EntityFrameworkCore/Migrations
if grep -lE 'migrationBuilder\.Sql\(' "$migrations"/*/*.cs >/dev/null 2>&1; then
  echo "Hand-written SQL found in $migrations; carry it over by hand before squashing:" >&2
  grep -lE 'migrationBuilder\.Sql\(' "$migrations"/*/*.cs >&2
  exit 1
fi
rm -f "$migrations"/Sqlite/*.cs "$migrations"/Postgres/*.cs
./eng/add-migration.sh Initial
