"""Fill a Qt Linguist .ts file from a Python dict of translations (for bulk work).

The .ts files stay the source of truth; this only writes messages still unfinished.
Usage: python tools/ts_fill.py translations/twinning_desk_fr.ts TRANSLATIONS.py VAR [NUMVAR]
``TRANSLATIONS.py`` defines ``VAR = {source: translation}`` and optionally
``NUMVAR = {source: [singular, plural]}``. Source text itself is used when VAR is "same".
A key "Context|source" translates that source in that context only (the same English
word may need two French words).
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET


def main() -> int:
    ts_path, module, var = sys.argv[1:4]
    numvar = sys.argv[4] if len(sys.argv) > 4 else None
    data = {} if module == "-" else runpy.run_path(module)
    table = data.get(var, {})
    numerus = data.get(numvar, {}) if numvar else {}
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            message.set("_context", context_name)
    for message in tree.getroot().iter("message"):
        context_name = message.attrib.pop("_context", "")
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        done = translation.get("type") != "unfinished" and bool(
            (translation.text or "").strip() or len(translation)
        )
        if done and f"{context_name}|{source}" not in table:
            continue
        if message.get("numerus") == "yes":
            forms = numerus.get(source) or ([source, source] if var == "same" else None)
            if not forms:
                missing.append(source)
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            text = (
                source
                if var == "same"
                else table.get(f"{context_name}|{source}", table.get(source))
            )
            if text is None:
                missing.append(source)
                continue
            translation.text = text
        translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"missing: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
