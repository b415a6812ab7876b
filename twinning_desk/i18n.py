"""Translation markers usable below the UI layer.

Services must not import Qt, yet their messages are shown to people in six languages.
They mark strings with :func:`QT_TRANSLATE_NOOP` (the name ``lupdate`` looks for) and the
UI or the command line translates them with ``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    return text


@dataclass(frozen=True)
class Message:
    """A translatable sentence with its named parameters, translated where it is shown."""

    context: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Any = None) -> str:
        text = translate(self.context, self.text) if translate else self.text
        params = {
            k: (v.render(translate) if isinstance(v, Message) else v)
            for k, v in self.params.items()
        }
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text
