"""What ships: package data found through importlib.resources, fresh catalogues, Qt's own
translations, and the packaging files for Linux, Windows and macOS.

The installed wheel and the frozen bundle are smoke-tested by packaging/ci.sh (.ci/run);
these tests keep the sources of those builds honest on every test run.
"""

from __future__ import annotations

import ast
import fnmatch
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialogButtonBox

from twinning_desk import APP_ID, DESKTOP_ID, __version__
from twinning_desk.paths import (
    RESOURCES_PACKAGE,
    TRANSLATIONS_PACKAGE,
    resource_path,
    translations_dir,
)
from twinning_desk.translation import LANGUAGES, install_translators, qt_translation_dirs

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
RESOURCE_SUFFIXES = {".ttf", ".otf", ".png", ".svg", ".jpg", ".jpeg", ".ico", ".icns", ".qm"}


def walk(node: Traversable, prefix: str = "") -> set[str]:
    """Every file under a package-data folder, as importlib.resources sees it."""
    found: set[str] = set()
    for child in node.iterdir():
        name = f"{prefix}{child.name}"
        if child.is_dir():
            if child.name != "__pycache__":
                found |= walk(child, f"{name}/")
        else:
            found.add(name)
    return found


def code_files() -> list[Path]:
    return sorted((ROOT / "twinning_desk").rglob("*.py"))


def test_every_resource_the_code_asks_for_is_package_data() -> None:
    """resource_path(...) calls with literal parts, and file names with a resource suffix
    written in the code, are all found in the package through importlib.resources."""
    shipped = walk(files(RESOURCES_PACKAGE))
    names = {Path(p).name for p in shipped} | walk(files(TRANSLATIONS_PACKAGE))
    asked: list[str] = []
    named: list[str] = []
    for path in code_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "resource_path"
                and all(isinstance(a, ast.Constant) for a in node.args)
            ):
                asked.append("/".join(str(a.value) for a in node.args))  # type: ignore[attr-defined]
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and Path(node.value).suffix.lower() in RESOURCE_SUFFIXES
                and not re.search(r"[*{}\s/]", node.value)  # not a filter nor a pattern
            ):
                named.append(node.value)
    assert asked, "the code no longer asks for resources through resource_path?"
    folders = {str(Path(p).parent) for p in shipped}
    assert [p for p in asked if p not in shipped and p not in folders] == []
    assert sorted(set(named) - names) == []
    # And they resolve to real files, as reportlab and Qt need.
    assert all(resource_path(*p.split("/")).exists() for p in asked)


def test_package_data_globs_cover_every_resource_file() -> None:
    """A file added to resources/ with a new kind of name would silently miss the wheel."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = config["tool"]["setuptools"]["package-data"]
    for package, folder in (
        (RESOURCES_PACKAGE, "resources"),
        (TRANSLATIONS_PACKAGE, "translations"),
    ):
        globs = package_data[package]
        tracked = [
            p.relative_to(ROOT / folder).as_posix()
            for p in (ROOT / folder).rglob("*")
            if p.is_file() and p.suffix not in (".py", ".pyc", ".ts")
        ]
        uncovered = [
            f
            for f in tracked
            if not any(
                fnmatch.fnmatch(f, g) or fnmatch.fnmatch(f, g.removeprefix("**/")) for g in globs
            )
        ]
        assert uncovered == [], f"add a pattern for these to {package} in pyproject.toml"


def test_a_catalogue_for_every_language() -> None:
    shipped = walk(files(TRANSLATIONS_PACKAGE))
    assert {f"twinning_desk_{lang}.qm" for lang in LANGUAGES} <= shipped


def test_the_user_guide_ships_in_french_and_english() -> None:
    """F1 reads resources/help/guide_<lang>.html (the other languages fall back to
    English); a name the code builds with an f-string escapes the test above."""
    shipped = walk(files(RESOURCES_PACKAGE))
    assert {"help/guide_fr.html", "help/guide_en.html"} <= shipped
    assert all(resource_path("help", f"guide_{lang}.html").is_file() for lang in ("fr", "en"))


def _lrelease() -> str | None:
    scripts = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (scripts / name).exists():
            return str(scripts / name)
    return shutil.which("pyside6-lrelease")


def _messages(ts: Path) -> list[tuple[str, str, str | None, bool]]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment"),
                    message.get("numerus") == "yes",
                )
            )
    return found


@pytest.mark.parametrize("ts", sorted((ROOT / "translations").glob("*.ts")), ids=lambda p: p.stem)
def test_committed_qm_is_fresh(ts: Path, tmp_path: Path) -> None:
    """The .qm next to each .ts says what lrelease makes of the .ts today.

    Compared message by message through QTranslator rather than byte by byte, so that
    another lrelease version producing the same translations is not a failure.
    """
    lrelease = _lrelease()
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    committed = ts.with_suffix(".qm")
    assert committed.exists(), f"run pyside6-lrelease {ts.name} (tools/update_translations.sh)"
    fresh = tmp_path / committed.name
    subprocess.run([lrelease, str(ts), "-qm", str(fresh)], check=True, capture_output=True)
    old, new = QTranslator(), QTranslator()
    assert old.load(str(committed)) and new.load(str(fresh))
    stale = []
    for context, source, comment, numerus in _messages(ts):
        for n in (1, 2, 5) if numerus else (-1,):
            if old.translate(context, source, comment, n) != new.translate(
                context, source, comment, n
            ):
                stale.append((context, source))
    assert stale == [], f"{committed.name} is older than {ts.name}: run lrelease"


@pytest.mark.parametrize(
    ("lang", "cancel", "yes"), [("fr", "Annuler", "Oui"), ("de", "Abbrechen", "Ja")]
)
def test_qt_standard_buttons_follow_the_language(qapp, lang: str, cancel: str, yes: str) -> None:  # type: ignore[no-untyped-def]
    app = QCoreApplication.instance()
    assert app is not None
    try:
        install_translators(app, lang)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes
        )
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {cancel, yes}
    finally:
        install_translators(app, "none")


def test_our_translations_folder_is_searched_first_for_qt_catalogues() -> None:
    """A frozen bundle puts qtbase_xx.qm there (packaging/twinning-desk.spec)."""
    folders = qt_translation_dirs()
    assert folders[0] == str(translations_dir())
    assert any(Path(f, "qtbase_fr.qm").exists() for f in folders)


# ------------------------------------------------------------------ Linux desktop files
DESKTOP = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return path


def test_desktop_entry_is_valid() -> None:
    done = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_metainfo_is_valid() -> None:
    done = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_metainfo_content() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == DESKTOP.name
    summaries = {s.get(XML_LANG, "en") for s in root.iter("summary")}
    assert summaries >= {"en", "fr", "de"}
    assert len(list(root.iter("screenshot"))) >= 1
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == __version__, "add a <release> for the new version"


def test_desktop_entry_matches_the_icons_and_the_program() -> None:
    entry = dict(
        line.split("=", 1)
        for line in DESKTOP.read_text(encoding="utf-8").splitlines()
        if "=" in line
    )
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert entry["Exec"].split()[0] in config["project"]["scripts"]
    assert entry["Icon"] == DESKTOP_ID
    hicolor = LINUX / "icons" / "hicolor"
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(hicolor / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (hicolor / "scalable" / "apps" / f"{DESKTOP_ID}.svg").exists()


def test_install_linux_puts_the_files_in_place(tmp_path: Path) -> None:
    program = tmp_path / "bin" / "twinning-desk"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    share = tmp_path / "share"
    script = LINUX / "install-linux.sh"
    subprocess.run(
        ["bash", str(script), "--prefix", str(share), "--exec", str(program)],
        check=True,
        capture_output=True,
    )
    installed = share / "applications" / DESKTOP.name
    assert f'Exec="{program}"' in installed.read_text(encoding="utf-8")
    assert (share / "metainfo" / METAINFO.name).exists()
    assert (share / "icons/hicolor/512x512/apps" / f"{DESKTOP_ID}.png").exists()
    assert (share / "icons/hicolor/scalable/apps" / f"{DESKTOP_ID}.svg").exists()
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(installed)], check=True)
    subprocess.run(
        ["bash", str(script), "--prefix", str(share), "--uninstall"],
        check=True,
        capture_output=True,
    )
    assert not installed.exists()
    assert not (share / "icons/hicolor/512x512/apps" / f"{DESKTOP_ID}.png").exists()


# ------------------------------------------------------------------ Windows and macOS
ISS = PACKAGING / "windows" / "twinning-desk.iss"
SPEC = PACKAGING / "twinning-desk.spec"


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            continue
        sections.setdefault(current, []).append(line)
    return sections


def test_inno_setup_script() -> None:
    text = ISS.read_text(encoding="utf-8")
    sections = _iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"  # per user, no administrator
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs then
    languages = {line.split('"')[1] for line in sections["Languages"]}
    assert languages == {"fr", "en", "de"}
    kept = {line.split(".", 1)[0] for line in sections["CustomMessages"] if ".DataKept=" in line}
    assert kept == languages and "%1" in text  # the uninstaller says where the data is
    assert any(line.startswith('Name: "{autoprograms}') for line in sections["Icons"])
    assert "UninstallDelete" not in sections  # the data outlives the program
    # One source for the version: the frozen executable's resource, written from
    # twinning_desk.__version__ by the spec; no version number in the script.
    assert not re.search(r"\d+\.\d+\.\d+", text)
    assert "GetStringFileInfo(" in text and '"ProductVersion"' in text
    assert '"ProductVersion", VERSION' in SPEC.read_text(encoding="utf-8")
    # The data folder it names is the app's (platformdirs user_data_dir(APP_ID) on Windows).
    assert f'#define DataDir "{{localappdata}}\\{APP_ID}"' in text


def test_inno_setup_paths_exist() -> None:
    """Paths relative to the script: the icon now, the PyInstaller output once built."""
    text = ISS.read_text(encoding="utf-8")
    here = ISS.parent
    icon = re.search(r"^SetupIconFile=(.+)$", text, re.M)
    assert icon and (here / icon.group(1).replace("\\", "/")).is_file()
    dist = re.search(r'#define DistDir AddBackslash\(SourcePath\) \+ "(.+)"', text)
    assert (
        dist
        and (here / dist.group(1).replace("\\", "/")).resolve() == ROOT / "dist" / "twinning-desk"
    )
    exe = re.search(r'#define AppExe "(.+)"', text)
    spec = SPEC.read_text(encoding="utf-8")
    assert exe and f'executable("{Path(exe.group(1)).stem}"' in spec
    assert 'COLLECT(*executables, a.binaries, a.datas, name="twinning-desk"' in spec


def test_spec_names_the_platform_details() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert "BUNDLE_ID = DESKTOP_ID" in spec and "version_resource()" in spec
    for icon in ("twinning-desk.ico", "twinning-desk.icns"):
        assert icon in spec
        assert (ROOT / "resources" / "icons" / icon).is_file()


def test_resources_inside_a_zip_are_copied_out_once(tmp_path: Path) -> None:
    """From a zip import importlib.resources gives no file names; Qt and reportlab need
    them, so the helper copies the resource out (once per process)."""
    import zipfile

    from twinning_desk.paths import _on_disk

    archive = tmp_path / "app.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("pkg/resources/fonts/Font.ttf", b"font bytes")
        zf.writestr("pkg/resources/icons/app.png", b"png bytes")
    folder = _on_disk(zipfile.Path(archive, "pkg/resources/"), "zipped-resources")
    assert (folder / "fonts" / "Font.ttf").read_bytes() == b"font bytes"
    assert (folder / "icons" / "app.png").read_bytes() == b"png bytes"
    font = _on_disk(zipfile.Path(archive, "pkg/resources/fonts/Font.ttf"), "zipped-font.ttf")
    assert font.read_bytes() == b"font bytes"
    with pytest.raises(FileNotFoundError, match="missing"):
        _on_disk(zipfile.Path(archive, "pkg/resources/none.ttf"), "none.ttf")
