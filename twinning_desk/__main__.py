"""Allow ``python -m twinning_desk`` to behave exactly like the ``twinning-desk`` command."""

import sys

from twinning_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
