"""Check, inside an installed Twinning Desk, that its package data is complete.

Run with the interpreter of the installation to check (packaging/ci.sh runs it in the
fresh venv holding the wheel), giving the checkout it was built from:

    /tmp/venv/bin/python packaging/check_resources.py .

Walking importlib.resources, as the program does, it checks that every file of the
checkout's resources/ folder and every compiled catalogue (translations/*.qm) is in the
installed package, that there is a catalogue for every language the app offers, and
that every ``resource_path(...)`` call with literal parts in the installed code names a
file or folder that is there. Prints what is missing; exit status 1 if anything is.
"""

from __future__ import annotations

import ast
import sys
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


def walk(node: Traversable, prefix: str = "") -> set[str]:
    found: set[str] = set()
    for child in node.iterdir():
        name = f"{prefix}{child.name}"
        if child.is_dir():
            if child.name != "__pycache__":
                found |= {name} | walk(child, f"{name}/")
        else:
            found.add(name)
    return found


def asked_in_code(package_dir: Path) -> set[str]:
    """Literal ``resource_path("a", "b")`` calls in the installed modules, as "a/b"."""
    asked = set()
    for module in package_dir.rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "resource_path"
                and node.args
                and all(isinstance(a, ast.Constant) for a in node.args)
            ):
                asked.add("/".join(str(a.value) for a in node.args))  # type: ignore[attr-defined]
    return asked


def main(argv: list[str]) -> int:
    checkout = Path(argv[1] if len(argv) > 1 else ".").resolve()
    import twinning_desk
    from twinning_desk.translation import LANGUAGES

    package_dir = Path(twinning_desk.__file__).parent
    if package_dir.is_relative_to(checkout):
        print(f"twinning_desk is imported from the checkout ({package_dir}), not an install")
        return 1
    resources = walk(files("twinning_desk.resources"))
    translations = walk(files("twinning_desk.translations"))
    expected_resources = {
        p.relative_to(checkout / "resources").as_posix()
        for p in (checkout / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    expected_catalogues = {p.name for p in (checkout / "translations").glob("*.qm")}
    expected_catalogues |= {f"twinning_desk_{lang}.qm" for lang in LANGUAGES}
    missing = sorted(f"resources/{p}" for p in expected_resources - resources)
    missing += sorted(f"translations/{p}" for p in expected_catalogues - translations)
    missing += sorted(f"resource_path: {p}" for p in asked_in_code(package_dir) - resources)
    for item in missing:
        print(f"missing from the installed package: {item}")
    print(
        f"{len(resources)} resources and {len(translations)} translation files "
        f"in {package_dir}: {'INCOMPLETE' if missing else 'complete'}"
    )
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
