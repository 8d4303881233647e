"""The command line: `postrun` and its commands. The one place that builds the parts
and hands them to the screen or to the plain log."""

from __future__ import annotations

import gc
from collections.abc import Sequence


class UsageError(Exception):
    """Bad arguments: one line on stderr, exit 2."""


def main(argv: Sequence[str] | None = None) -> int:
    """The `postrun` command. The collector is off from here, before the command line's
    modules are imported: what they make lives as long as the process (`command.main`
    turns it back on when the command is done, and a session once its screen is up)."""
    gc.disable()
    from postrun.cli.command import main as run

    return run(argv)


__all__ = ["UsageError", "main"]
