"""``main()``, the entry point of ``twinning-desk`` and ``python -m twinning_desk``.

Light on purpose: without a command it starts the GUI, whose window paints before the
database layer (SQLAlchemy, the services) and the exports' libraries are imported (issue
#17); a command loads the commands' modules (:mod:`twinning_desk.cli.run`) once the line
is parsed. ``--version`` and ``--help`` answer from the parser alone.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from twinning_desk.cli.parser import build_parser, requested_language, speaking
from twinning_desk.translation import choose_language


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    with speaking(choose_language(requested_language(arguments))):
        args = build_parser().parse_args(arguments)
    if args.command is None:
        # The commands run with QtCore alone (a headless server needs no QtGui/QtWidgets
        # libraries, see test_the_command_line_needs_only_qtcore): only the GUI loads them.
        from twinning_desk.app import run_gui

        return run_gui(db=args.db, language=args.lang, smoke=args.smoke_test)
    from twinning_desk.cli.run import run_command

    return run_command(args)
