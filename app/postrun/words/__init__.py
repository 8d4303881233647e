"""Every phrase a step, a dose, a side, a time or a count is said in, for eye and for ear.

The eye reads short forms ("hold 45 s", "LEFT"); the ear hears whole words ("45 seconds",
"Switch to your left side"). Both live here side by side, so a change of wording is made
once. Pure: no screen, no sound.
"""

from __future__ import annotations

from postrun.words.advice import *  # noqa: F403
from postrun.words.counts import *  # noqa: F403
from postrun.words.ear import *  # noqa: F403
from postrun.words.eye import *  # noqa: F403
from postrun.words.home import *  # noqa: F403
from postrun.words.plans import *  # noqa: F403
from postrun.words.resume import *  # noqa: F403
from postrun.words.runs import *  # noqa: F403
from postrun.words.screen import *  # noqa: F403
from postrun.words.served import *  # noqa: F403
from postrun.words.status import *  # noqa: F403
