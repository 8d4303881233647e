"""The real `postrun serve` for a test: started as the user starts it, on 127.0.0.1 and a
free port, its URL read from stdout's first line; and the app processes it started,
counted from /proc (its children), not from anything the server says about itself."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

POSTRUN = [sys.executable, "-m", "postrun"]


@dataclass
class Served:
    process: subprocess.Popen[str]
    url: str  # the first line: http://127.0.0.1:PORT/?token=...
    home: Path

    @property
    def origin(self) -> str:
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def token(self) -> str:
        return urlsplit(self.url).query.removeprefix("token=")

    def apps(self) -> list[int]:
        """The processes the server started (each browser window's postrun)."""
        return children(self.process.pid)

    def stop(self, within: float = 30) -> int:
        self.process.send_signal(signal.SIGINT)  # Ctrl-C
        return self.process.wait(within)


def children(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # gone meanwhile
            continue
        # pid (comm) state ppid ...: comm may hold spaces, so split after its ')'.
        if int(stat.rpartition(")")[2].split()[1]) == parent:
            found.append(int(entry.name))
    return found


@contextmanager
def serving(home: Path, *options: str) -> Iterator[Served]:
    env = os.environ | {"POSTRUN_HOME": str(home)}
    process = subprocess.Popen(
        [*POSTRUN, "serve", "--port", "0", *options],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    try:
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), (url, process.stderr)
        yield Served(process, url, home)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
