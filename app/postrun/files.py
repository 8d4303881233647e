"""The one place that reads and writes the user's files.

Reading accepts only regular files (a symlink to one is fine): never a FIFO, a device or
a folder, so nothing hangs; the size cap is applied while reading, so nothing eats
memory. TOML that cannot be parsed, however it fails, is one syntax problem. Writing goes
to a temp file beside the target, then is renamed over it: the old file or the whole
new one, never half.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_BYTES = 1024 * 1024
_TOML_POSITION = re.compile(r"^(?P<message>.*) \(at line (?P<line>\d+), column (?P<col>\d+)\)$")


@dataclass(frozen=True, slots=True)
class FileProblem:
    """Why a file could not be used; `where` is "LINE:COL" when the place is known."""

    message: str
    where: str = ""


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes | FileProblem:
    """The bytes of a regular file of at most `limit` bytes, or why not."""
    try:
        # stat first so a device is never opened; fstat again after, in case it changed.
        if problem := _not_regular(os.stat(path).st_mode):
            return problem
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as error:
        return FileProblem(_reason(error))
    try:
        if problem := _not_regular(os.fstat(handle).st_mode):
            return problem
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(handle, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        return FileProblem(_reason(error))
    finally:
        os.close(handle)
    if size > limit:
        return FileProblem(f"is too big: postrun reads files of at most {_amount(limit)}")
    return b"".join(chunks)


def read_text(path: Path, limit: int = MAX_BYTES) -> str | FileProblem:
    """The file as UTF-8 text, or why not (a bad byte is placed by line and column)."""
    data = read_bytes(path, limit)
    return data if isinstance(data, FileProblem) else decode(data)


def decode(data: bytes) -> str | FileProblem:
    """Bytes as UTF-8 text, or why not (a bad byte is placed by line and column)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        col = error.start - (before.rfind(b"\n") + 1) + 1
        return FileProblem(f"not valid UTF-8 (byte 0x{data[error.start]:02x})", f"{line}:{col}")


def parse_toml(text: str) -> dict[str, Any] | FileProblem:
    """TOML to data; any failure (deep nesting and huge numbers too) is a syntax problem."""
    import tomllib  # only for a file not yet judged: a start reads remembered verdicts

    try:
        return tomllib.loads(text)
    except RecursionError:
        return FileProblem("TOML syntax: nested too deeply")
    except ValueError as error:  # TOMLDecodeError, and int() refusing 5,000 digits
        match = _TOML_POSITION.match(str(error))
        if match:
            return FileProblem(
                f"TOML syntax: {match['message']}", f"{match['line']}:{match['col']}"
            )
        return FileProblem(f"TOML syntax: {error}")


def read_toml(path: Path) -> dict[str, Any] | FileProblem:
    text = read_text(path)
    return text if isinstance(text, FileProblem) else parse_toml(text)


def write_atomic(path: Path, data: str | bytes) -> None:
    """Temp file beside the target (with its mode), fsync, rename, fsync the folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            if path.exists():
                os.fchmod(out.fileno(), stat.S_IMODE(os.stat(path).st_mode))
            view = memoryview(data.encode("utf-8") if isinstance(data, str) else data)
            while view:  # os.write, not a buffered writer: a full disk is raised here
                view = view[os.write(out.fileno(), view) :]
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def _not_regular(mode: int) -> FileProblem | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return FileProblem("is a directory, not a file")
    kind = "a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a device or socket"
    return FileProblem(f"is {kind}, not a regular file")


def _amount(size: int) -> str:
    mib = 1024 * 1024
    return f"{size // mib} MiB" if size % mib == 0 else f"{size} bytes"


def _reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    return (error.strerror or "cannot be read").lower()
