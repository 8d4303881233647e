"""`python -m postrun.poses [NAME...]`: print library poses with their names, for review.

Options: `--size WxH` (cells, default 24x10), `--side right`, `--library PATH...`.
A name given as `a,b` prints those poses side by side as the key frames of one move.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

from postrun.poses.drawing import render
from postrun.poses.library import bundled_library, load_library, resolve
from postrun.poses.parse import PoseError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m postrun.poses", description=__doc__)
    parser.add_argument("names", nargs="*", help="pose names; a,b for key frames (default: all)")
    parser.add_argument("--size", default="24x10", help="the box in cells, WxH")
    parser.add_argument("--side", choices=("left", "right"), default="left")
    parser.add_argument("--library", type=Path, nargs="+", help="pose library files instead")
    args = parser.parse_args(argv)
    try:
        width, height = (int(n) for n in args.size.lower().split("x"))
    except ValueError:
        parser.error(f"--size: expected WxH, like 24x10, not {args.size!r}")
    if not (1 <= width <= 200 and 1 <= height <= 100):
        parser.error("--size: at most 200x100 cells")
    try:
        library = load_library(*args.library) if args.library else bundled_library()
        groups = [name.split(",") for name in args.names] or [[name] for name in library]
        for names in groups:
            frames = resolve(names, library, "names")
            pictures = [
                render(frames, width, height, side=args.side, frame=i) for i in range(len(frames))
            ]
            print(f"{', '.join(names)}: {frames[0].note}" if frames[0].note else ", ".join(names))
            for rows in zip(*pictures, strict=True):
                print("  ".join(rows).rstrip())
            print()
    except (OSError, tomllib.TOMLDecodeError, PoseError) as error:
        print(f"python -m postrun.poses: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
