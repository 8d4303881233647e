"""The bundled content is written in our own words: no 7-word run from a seed article.

Facts (moves, holds, reps, order) come from the articles; sentences must not. Source
titles are the one exception: they name the article, so they quote it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from postrun import paths

# The articles live beside the repository (../shared/seeds), not inside it.
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
RUN = 7
# Curly and modifier apostrophes and quotes fold to plain ones.
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'})
_WORD = re.compile(r"[a-z0-9']+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.translate(_FOLD).lower())


def runs(text: str) -> Iterator[tuple[str, ...]]:
    found = words(text)
    for start in range(len(found) - RUN + 1):
        yield tuple(found[start : start + RUN])


def strings(value: object, place: str) -> Iterator[tuple[str, str]]:
    """Every string in a parsed TOML value, with its place (`phases[0].exercises[1].name`)."""
    if isinstance(value, str):
        yield place, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{place}.{key}" if place else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from strings(item, f"{place}[{index}]")


def comments(text: str) -> Iterator[tuple[str, str]]:
    # Our content has no '#' inside strings, so everything after one is a comment.
    for number, line in enumerate(text.splitlines(), 1):
        if "#" in line:
            yield f"comment on line {number}", line.split("#", 1)[1]


def seed_runs() -> dict[tuple[str, ...], str]:
    seen: dict[tuple[str, ...], str] = {}
    for seed in sorted(SEEDS.glob("*.txt")):
        for run in runs(seed.read_text(encoding="utf-8")):
            seen.setdefault(run, seed.name)
    return seen


def borrowed(content_dir: Path, seen: dict[tuple[str, ...], str]) -> list[str]:
    found = []
    for path in sorted(content_dir.glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        places = [*strings(tomllib.loads(text), ""), *comments(text)]
        for place, value in places:
            if place == "source.title":
                continue
            for run in runs(value):
                if run in seen:
                    found.append(f"{path.stem}: {place}: '{' '.join(run)}' ({seen[run]})")
    return found


def test_words_fold_curly_quotes_and_case():
    assert words("Child\u2019s Pose\u2014hold 30-60 s") == [
        "child's",
        "pose",
        "hold",
        "30",
        "60",
        "s",
    ]


def test_a_borrowed_run_is_found_with_its_place(tmp_path):
    text = '[source]\ntitle = "a b c d e f g"\n[x]\ny = "A b c d e f g."\n'
    (tmp_path / "r.toml").write_text(text)
    seen = {run: "seed.txt" for run in runs("a b c d e f g")}
    assert borrowed(tmp_path, seen) == ["r: x.y: 'a b c d e f g' (seed.txt)"]


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the seed articles are not at {SEEDS}")
def test_no_seven_word_run_from_a_seed_appears_in_the_content():
    assert sorted(SEEDS.glob("*.txt")), f"no seed articles in {SEEDS}"
    found = borrowed(paths.bundled_content_dir(), seed_runs())
    assert not found, f"{len(found)} runs of {RUN} words copied from a seed:\n" + "\n".join(found)
