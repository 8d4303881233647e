"""Whether this process is an app that `postrun serve` started for a browser.

The server sets `POSTRUN_SERVED` for the processes it starts; a screen reads it here to
say where the sound is and to show its touch targets. Cheap: no server is imported.
"""

from __future__ import annotations

import os

SERVED_ENV = "POSTRUN_SERVED"


def is_served() -> bool:
    return os.environ.get(SERVED_ENV) == "1"
