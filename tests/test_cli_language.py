"""The command line speaks the user's language: help, sub-command help, argparse's own
messages and --version, following --lang or the system language."""

from __future__ import annotations

import argparse
import gettext
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from twinning_desk.cli import main
from twinning_desk.cli.parser import requested_language
from twinning_desk.paths import AppPaths

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"


def output(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as done:
        main(list(args))
    out, err = capsys.readouterr()
    return int(done.value.code or 0), out + err


def cli_translations(lang: str) -> dict[str, str]:
    """Finished translations of the "Cli" context in the language's .ts file."""
    found = {}
    for context in ET.parse(TRANSLATIONS / f"twinning_desk_{lang}.ts").getroot().iter("context"):
        if context.findtext("name") != "Cli":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                found[message.findtext("source") or ""] = translation.text
    return found


def test_version_names_the_data_folder(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = output(capsys, "--version")
    assert code == 0
    assert out.splitlines()[0].startswith("Twinning Desk ")
    assert str(AppPaths.from_environment().data_dir) in out


@pytest.mark.parametrize("lang", ["fr", "de"])
@pytest.mark.parametrize("command", [[], ["export"], ["list"]], ids=["top", "export", "list"])
def test_help_follows_the_language(
    capsys: pytest.CaptureFixture[str], lang: str, command: list[str]
) -> None:
    """Every help line that the catalogue translates is shown translated.

    The help texts are marked for lupdate in English; until a string is translated in
    the .ts, it is shown in English, so this checks the strings translated so far.
    """
    code, english = output(capsys, "--lang", "en", *command, "--help")
    assert code == 0
    code, translated = output(capsys, "--lang", lang, *command, "--help")
    assert code == 0
    shown = {
        source: text
        for source, text in cli_translations(lang).items()
        if source.strip() and source in english and "%" not in source
    }
    # argparse wraps long help lines: compare with the line breaks folded away.
    flat = " ".join(translated.split())
    assert [source for source, text in shown.items() if " ".join(text.split()) not in flat] == []


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_usage_errors_follow_the_language(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    code, out = output(capsys, "--lang", lang, "list", "nothing")
    assert code == 2 and len(out.strip().splitlines()) == 1
    template = cli_translations(lang).get("invalid choice: %(value)r (choose from %(choices)s)")
    if template is not None:
        assert template.split("%")[0] in out


def test_argparse_is_left_as_it_was(capsys: pytest.CaptureFixture[str]) -> None:
    output(capsys, "--lang", "de", "--help")
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]
    assert argparse.ngettext is gettext.ngettext


@pytest.mark.parametrize(
    ("argv", "lang"),
    [
        (["--lang", "de", "list", "partners"], "de"),
        (["list", "partners", "--lang=fr"], "fr"),
        (["list", "partners"], None),
        (["--lang"], None),
    ],
)
def test_language_is_read_before_parsing(argv: list[str], lang: str | None) -> None:
    assert requested_language(argv) == lang
