"""What may reach a terminal: the one definition of a control character.

Text from files is validated against it at the edge (`models`, the history record), so
what postrun shows is plain text. Text that cannot be validated, such as a file's name
in a message, is shown with its control characters and undecodable bytes escaped.
"""

from __future__ import annotations

import re

# C0 (ESC among them), DEL and C1: the bytes a terminal acts on instead of showing.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_UNSHOWABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def control_at(text: str, allowed: str = "") -> int | None:
    """Where the first control character not in `allowed` is, or None."""
    for match in CONTROL.finditer(text):
        if match.group() not in allowed:
            return match.start()
    return None


def printable(text: str) -> str:
    """`text` with every control character and undecodable byte written out as an
    escape (`\\x1b`), so a file named to attack the terminal is shown, not obeyed."""
    return _UNSHOWABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        code -= 0xDC00
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
