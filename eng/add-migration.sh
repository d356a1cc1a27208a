#!/usr/bin/env bash
# Adds an EF Core migration for both databases, with the same name, using the dotnet-ef tool pinned in
# dotnet-tools.json. Usage: ./eng/add-migration.sh AddCitizenIdeas
# The generated classes are made internal (EF Core finds internal migrations; the package's public API stays the
# context and the repository). Review both migrations before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: eng/add-migration.sh MigrationName}
project=src/ParticipatoryGovernance.EntityFrameworkCore
dotnet tool restore >/dev/null
dotnet build "$project" >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "$project" --context "${provider}GovernanceDbContext" \
    --output-dir "Migrations/$provider" --namespace "ParticipatoryGovernance.EntityFrameworkCore.Migrations.$provider"
  # dotnet-ef writes the model snapshot under a folder named after its namespace; keep it beside the migrations.
  stray="$project/ParticipatoryGovernance/EntityFrameworkCore/Migrations/$provider"
  if [ -d "$stray" ]; then mv -f "$stray"/*.cs "$project/Migrations/$provider/"; rm -rf "$project/ParticipatoryGovernance"; fi
  # Before the next provider's run, which builds the project with the public API analyzers on.
  sed -i -E 's/^(\s*)public partial class /\1internal partial class /' "$project"/Migrations/*/*.cs
done
echo "Added $name for SQLite and PostgreSQL under $project/Migrations."
