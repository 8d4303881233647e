"""What `postrun serve` says: on its pages, its refusals and the session's status line."""

from __future__ import annotations

SOUND_HERE = "sound on this computer"
NO_TOKEN = "postrun: this page needs the link postrun serve printed (with its token)"
WRONG_TOKEN = "postrun: that token is not this server's; use the link postrun serve printed"
WRONG_ORIGIN = "postrun: this connection does not come from postrun's own page"
NOT_FOUND = "postrun: no such file"
SERVE_STOPPED = "postrun serve stopped"


def full(limit: int) -> str:
    """The page shown when `limit` browser windows already each run postrun."""
    return (
        f"postrun is already open in {limit} browser windows or tabs, as many as this "
        "computer runs at once. Close one of them, then reload this page."
    )


# The session's touch targets when served (tui/session/touch.py).
TOUCH_BACK = "◀ Back"
TOUCH_PAUSE = "Pause"
TOUCH_NEXT = "Next ▶"
TOUCH_QUIT = "Quit"
TOUCH_RESUME = "Resume"
TOUCH_END = "End the session"
