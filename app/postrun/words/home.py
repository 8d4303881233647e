"""Home's own lines: the keys under the preview, and the routine files it skipped."""

from __future__ import annotations

from typing import TYPE_CHECKING

from postrun.words.counts import plural

if TYPE_CHECKING:  # words stay cheap to import: the catalog is not loaded for them
    from postrun.content import Problem

HOME_KEYS = "[b]enter[/b] start   [b]← →[/b] a move   [b]i[/b] how to do it   [b]o[/b] not for me"
FILES_LISTED = 5  # Home lists the first few broken files; `postrun check` tells all


def skipped_files(problems: list[Problem]) -> str:
    """One line per routine file that was skipped: its first problem and how many more."""
    by_file: dict[str, list[Problem]] = {}
    for problem in problems:
        by_file.setdefault(str(problem.path), []).append(problem)
    lines = [f"Skipped {plural(len(by_file), 'routine file')} (postrun check FILE for all):"]
    for found in list(by_file.values())[:FILES_LISTED]:
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        lines.append(f"  {found[0]}{more}")
    if len(by_file) > FILES_LISTED:
        lines.append(f"  ... and {plural(len(by_file) - FILES_LISTED, 'more file')}")
    return "\n".join(lines)
