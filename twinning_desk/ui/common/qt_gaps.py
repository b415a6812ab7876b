"""Qt's own strings that Qt's catalogues leave untranslated, translated in ours.

Qt's French, Italian, Spanish and Polish catalogues lack the two labels of its file
dialog that carry an accelerator ("&Look in:", "Files of &type:"), so the dialog shows
English words in the middle of a French window. Our catalogue is searched after Qt's,
so listing the strings here (for lupdate) fills exactly those gaps.
"""

from __future__ import annotations

from twinning_desk.i18n import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
