"""Exit codes and the words of ``--decimal-mark``: what the parser needs, without the
services the commands load (the GUI starts through the same entry point, issue #17)."""

from __future__ import annotations

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
# The output's reader stopped early (``| head -1``): what a shell reports for a command
# stopped by SIGPIPE (128 + 13), on every system.
EXIT_BROKEN_PIPE = 141

# --decimal-mark: the words on the line, the marks imports.budget reads and CSVs write.
DECIMAL_MARKS = {"comma": ",", "dot": "."}
