#!/usr/bin/env bash
# Extract every translatable string into translations/*.ts, then compile the .qm files.
# Edit the .ts files with Qt Linguist (pyside6-linguist) between the two steps.
set -euo pipefail
cd "$(dirname "$0")/.."
# lupdate 6.11 reads some plural calls (QCoreApplication.translate(ctx, text, None, n))
# as plain ones and drops others: its output would lose plural forms. The app excludes
# PySide6 6.12.0 at run time (a reference-count bug), so its lupdate comes from a side
# venv: python3 -m venv /tmp/lupdate-venv && /tmp/lupdate-venv/bin/pip install
# PySide6-Essentials==6.12.0, then PATH=/tmp/lupdate-venv/bin:$PATH tools/update_translations.sh
case "$(pyside6-lupdate -version 2>&1)" in
  *"version 6.11"*)
    echo "pyside6-lupdate 6.11 loses plural forms; see the comment in $0" >&2
    exit 1 ;;
esac
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
