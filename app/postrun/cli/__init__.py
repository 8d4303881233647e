"""The command line: `postrun` and its commands. The one place that builds the parts
and hands them to the screen or to the plain log."""

from postrun.cli.main import main

__all__ = ["main"]
