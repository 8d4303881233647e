"""The core never imports Textual or an audio library (../shared/DESIGN.md)."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "models",
    "content",
    "plan",
    "expand",
    "steps",
    "engine",
    "events",
    "summary",
    "paths",
    "report",
]
OPTIONAL_CORE = ["cues", "store"]


def test_the_core_imports_no_textual_and_no_audio() -> None:
    modules = CORE + OPTIONAL_CORE
    probe = (
        "import importlib, importlib.util, sys\n"
        f"for name in {modules!r}:\n"
        "    if importlib.util.find_spec('postrun.' + name):\n"
        "        importlib.import_module('postrun.' + name)\n"
        "banned = ('textual', 'simpleaudio', 'rich')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in banned)\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"core pulled in: {result.stdout.strip()}"
