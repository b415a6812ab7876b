#!/usr/bin/env bash
# Extract every translatable string into translations/*.ts, then compile the .qm files.
# Edit the .ts files with Qt Linguist (pyside6-linguist) between the two steps.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(find twinning_desk -name '*.py' | sort)
for lang in fr en de; do
  pyside6-lupdate -no-obsolete -locations none $files -ts "translations/twinning_desk_${lang}.ts"
done
for lang in fr en de; do
  pyside6-lrelease "translations/twinning_desk_${lang}.ts" -qm "translations/twinning_desk_${lang}.qm"
done
