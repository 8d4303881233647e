"""`python -m postrun`: the same as the `postrun` command."""

import sys

from postrun.cli import main

sys.exit(main())
