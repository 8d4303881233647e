"""One process in a pseudo-terminal (80x24 unless told), watched from outside: when its screen first
shows one of some words, how much CPU it has used, its peak memory.

The first frame is the moment any of the `markers` appears on the screen, read from the
terminal's output with the escape sequences taken out: a routine's title or its first
move's name, wherever a screen's layout puts them. Output is drained all the time, so
the process never blocks on a full terminal.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import signal
import struct
import termios
import threading
import time
from pathlib import Path

SIZE = (80, 24)
TICK = os.sysconf("SC_CLK_TCK")
# CSI and OSC sequences, and single-character escapes: what a terminal acts on.
_ESCAPES = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b.")
_KEEP = 4096  # screen text kept to find a marker split across reads


def screen_text(raw: bytes) -> bytes:
    """What a terminal would show of `raw`, roughly: the text without escapes."""
    return _ESCAPES.sub(b"", raw)


class Terminal:
    def __init__(
        self,
        command: list[str],
        markers: list[str],
        env: dict[str, str],
        size: tuple[int, int] = SIZE,
    ) -> None:
        self.markers = [m.lower().encode() for m in markers]  # screens may shout a name
        self.seen = threading.Event()
        self.start = time.monotonic()
        self.first_frame: float | None = None
        pid, fd = pty.fork()
        if pid == 0:  # the child: become the command
            os.execvpe(command[0], command, env)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        raw = b""
        while True:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            if self.first_frame is None:
                raw = (raw + chunk)[-_KEEP:]
                shown = screen_text(raw).lower()
                if any(marker in shown for marker in self.markers):
                    self.first_frame = time.monotonic() - self.start
                    self.seen.set()

    def send(self, keys: str) -> None:
        """Type `keys`, one at a time, each given a moment to be acted on."""
        for key in keys:
            os.write(self.fd, key.encode())
            time.sleep(0.3)

    def cpu_seconds(self) -> float:
        """CPU time of every thread so far: nanoseconds from schedstat where there is one."""
        total = 0
        try:
            for task in Path(f"/proc/{self.pid}/task").iterdir():
                total += int((task / "schedstat").read_text().split()[0])
            return total / 1e9
        except (OSError, ValueError, IndexError):
            fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / TICK

    def peak_rss_mb(self) -> float:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self) -> None:
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.close(self.fd)
