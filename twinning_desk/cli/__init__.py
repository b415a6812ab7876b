"""The command line: scripting, support and tests, over the same services as the GUI.

Without a command it starts the GUI. Every command takes ``--db PATH`` before or after
the command name, prints one clear line on error and exits non-zero, never a traceback.

- ``entry``: ``main()``, the entry point (``twinning-desk``, ``python -m twinning_desk``),
  which starts the GUI without loading the commands;
- ``run``: a parsed command run, its errors said in one line;
- ``parser``: the commands and options, and argparse in the user's language;
- ``common``: exit codes and what every command shares;
- one module per area: ``database`` (init, demo, backup, restore, check), ``partners``,
  ``events``, ``delegations`` (with people and purge) and ``budget``.
"""

from twinning_desk.cli.entry import main

__all__ = ["main"]
