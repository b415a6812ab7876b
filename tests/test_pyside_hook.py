"""PySide6's import hook keeps no source text (issue #17, memory): it read every module
imported after it with ``inspect.getsource``, which kept each text in ``linecache``
(25 MiB once the window is open). Same answers, nothing kept."""

from __future__ import annotations

import importlib.util
import inspect
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

from twinning_desk import pyside_hook


def pyside_answer(module: ModuleType) -> bool:
    """PySide6's own test (shibokensupport.feature._mod_uses_pyside), written again."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "source",
    [
        "from PySide6.QtCore import QObject\n",
        "# Uses PySide6 only in a comment\nVALUE = 1\n",
        "VALUE = 'nothing of Qt here'\n",
        "",
    ],
)
def test_the_same_answer_as_pyside_for_a_module(tmp_path: Path, source: str) -> None:
    path = tmp_path / "sample_module.py"
    path.write_text(source, encoding="utf-8")
    module = load(path)
    assert pyside_hook.mentions_pyside(module) == pyside_answer(module)


def test_the_same_answer_for_modules_without_a_source_file(tmp_path: Path) -> None:
    import math

    assert pyside_hook.mentions_pyside(sys) is pyside_answer(sys) is False
    assert pyside_hook.mentions_pyside(math) == pyside_answer(math)
    path = tmp_path / "gone.py"
    path.write_text("import PySide6\n", encoding="utf-8")
    module = load(path)
    path.unlink()
    assert pyside_hook.mentions_pyside(module) is False


CHILD = textwrap.dedent(
    """
    import linecache, sys
    from twinning_desk.cli.entry import main  # the program's start: Qt, then the app
    sys.path.insert(0, sys.argv[1])
    import sample_with_qt, sample_without_qt
    import twinning_desk.services.context  # the database layer, loaded after the window
    kept = [p for p, v in linecache.cache.items() if len(v) > 1 and not p.startswith("<")]
    import shibokensupport.feature as feature
    from twinning_desk import pyside_hook
    print("hooked", feature._mod_uses_pyside is pyside_hook.mentions_pyside)
    print("kept", len(kept), [p for p in kept if "sample_" in p or "sqlalchemy" in p][:3])
    """
)


def test_the_program_keeps_no_source_text_of_what_it_imports(tmp_path: Path) -> None:
    (tmp_path / "sample_with_qt.py").write_text("import PySide6\n", encoding="utf-8")
    (tmp_path / "sample_without_qt.py").write_text("X = 1\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "hooked True", out.stdout
    # No text of the modules imported once the hook is in place.
    assert lines[1].endswith("[]"), out.stdout
