#!/usr/bin/env bash
# Extract every translatable string into translations/*.ts, then compile the .qm files.
# Edit the .ts files with Qt Linguist (pyside6-linguist) between the two steps.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(find twinning_desk -name '*.py' | sort)
# Language and region of each catalogue; a new .ts gets the plural forms of its
# language from it (three in Polish: one, few, many).
locales="fr_FR en_US de_DE it_IT es_ES pl_PL"
for locale in $locales; do
  lang=${locale%%_*}
  pyside6-lupdate -no-obsolete -locations none -target-language "$locale" $files \
    -ts "translations/twinning_desk_${lang}.ts"
done
for locale in $locales; do
  lang=${locale%%_*}
  pyside6-lrelease "translations/twinning_desk_${lang}.ts" -qm "translations/twinning_desk_${lang}.qm"
done
