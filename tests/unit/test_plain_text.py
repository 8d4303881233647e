"""Text from files is text: control characters are refused at the edge, with the place
named, and nothing printed ever carries an escape byte, even from old files."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from postrun import paths
from postrun.session import Summary
from postrun.store import History, Recorder

from ..conftest import DATA

ROUTINE = (DATA / "dup" / "user" / "same.toml").read_text()
ESC_TITLE = "\\u001b]0;pwned\\u0007\\u001b[2J"  # TOML escapes: a window title and a clear


def _routine(routine_id: str, **replace: str) -> str:
    text = ROUTINE.replace('id = "same"', f'id = "{routine_id}"')
    for old, new in replace.items():
        text = text.replace(old, new)
    return text


def _bad_record(**changes: object) -> str:
    fields: dict[str, object] = {
        "ended_at": "2026-11-21T08:00:00+00:00",
        "routine": '"post-run-reset"',
        "title": '"Post-run reset"',
        "minutes": 10,
        "profile": '"standard"',
        "planned_seconds": 600,
        "done_seconds": 600.0,
        "completed": "true",
    }
    fields.update(changes)
    return "".join(f"{key} = {value}\n" for key, value in fields.items())


@pytest.mark.parametrize(
    ("field", "value", "place"),
    [
        ("title", f'"{ESC_TITLE}"', "title"),
        ("title", '"Tab\\there"', "title"),
        ("title", '"Line\\nbreak"', "title"),
        ("title", '"C1 \\u009b 31m"', "title"),
        ("title", '"DEL \\u007f"', "title"),
        ("summary", '"Bell \\u0007"', "summary"),
        ("intent", f'"{ESC_TITLE}"', "phases[0].intent"),
        ("name", '"Move \\u001b[31m"', "phases[0].exercises[0].name"),
        ("steps", '["Fine.", "\\u001bc"]', "phases[0].exercises[0].steps[1]"),
        ("why", '"\\u001b]8;;http://x\\u001b\\\\"', "phases[0].exercises[0].why"),
    ],
)
def test_check_refuses_control_characters_and_names_the_place(cli, tmp_path, field, value, place):
    path = tmp_path / "hostile.toml"
    text = _routine("hostile")
    start = text.index(f"{field} = ")
    end = text.index("\n", start)
    path.write_text(text[:start] + f"{field} = {value}" + text[end:])
    result = cli("check", str(path))
    assert result.code == 1
    assert f"{path}: {place}: must be plain text" in result.out, result.out
    assert "\x1b" not in result.out + result.err


def test_why_and_summary_may_span_lines_but_names_may_not(cli, tmp_path):
    path = tmp_path / "lines.toml"
    text = _routine("lines")
    text = text.replace('why = "', 'why = "First line.\\nSecond line. ', 1)
    path.write_text(text)
    assert cli("check", str(path)).code == 0, cli("check", str(path)).out


def test_a_hostile_file_name_is_printed_as_text(cli, isolated_home):
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True)
    (folder / "\x1b]0;pwned\x07.toml").write_text("id = ")
    result = cli("routines")
    assert result.code == 0
    assert "\x1b" not in result.out + result.err and "\x07" not in result.err
    assert "\\x1b]0;pwned\\x07.toml" in result.err


def test_nothing_printed_carries_an_escape_byte_even_from_old_history(cli, isolated_home):
    folder = paths.history_dir()
    folder.mkdir(parents=True)
    record = _bad_record(title=f'"{ESC_TITLE}"')
    (folder / "2026-11-21T08-00-00-aaaaaa.toml").write_text(record)
    (paths.user_routines_dir()).mkdir(parents=True)
    (paths.user_routines_dir() / "evil.toml").write_text(
        _routine("evil", **{"A routine": ESC_TITLE})
    )
    for args in (["routines"], ["plan"], ["history"], ["history", "--json"]):
        result = cli(*args)
        assert result.code == 0, result.err
        assert "\x1b" not in result.out and "\x1b" not in result.err, args
    assert "aaaaaa.toml: damaged history record, left as it is: title: must be plain text" in (
        result.err
    )


@pytest.mark.parametrize(
    ("change", "cause"),
    [
        ({"ended_at": "2026-11-21T08:00:00"}, "ended_at: Input should have timezone info"),
        ({"done_seconds": "nan"}, "done_seconds: Input should be a finite number"),
        ({"done_seconds": "inf"}, "done_seconds: Input should be a finite number"),
        ({"done_seconds": -5}, "done_seconds: Input should be greater than or equal to 0"),
        ({"minutes": 10**30}, "minutes: Input should be less than or equal to"),
    ],
)
def test_a_damaged_record_is_named_with_its_cause_and_skipped(cli, isolated_home, change, cause):
    folder = paths.history_dir()
    folder.mkdir(parents=True)
    bad = folder / "2026-11-21T08-00-00-bbbbbb.toml"
    bad.write_text(_bad_record(**change))
    History(folder).add(_good())
    result = cli("history", "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out, parse_constant=_no_constants)
    assert len(data["sessions"]) == 1
    [problem] = data["problems"]
    assert problem.startswith(f"{bad}: damaged history record, left as it is: {cause}"), problem
    text = cli("history")
    assert text.code == 0 and "Traceback" not in text.err
    # the end of a later session is not broken by it
    record = Recorder(History(folder), lambda _: "Post-run reset", now=lambda: _NOW)
    summary = Summary("post-run-reset", 10, "standard", 600, 590.0, True, 0, 0, ())
    assert record(summary, 3).startswith("Saved to your history.")


_NOW = datetime(2026, 11, 22, 8, tzinfo=UTC)


def _good():
    from postrun.store import Record

    return Record(
        ended_at=datetime(2026, 11, 20, 8, tzinfo=UTC),
        routine="post-run-reset",
        title="Post-run reset",
        minutes=10,
        profile="standard",
        planned_seconds=600,
        done_seconds=600.0,
        completed=True,
    )


def _no_constants(name: str) -> None:
    raise AssertionError(f"invalid JSON constant {name}")


def test_a_history_title_is_never_printed_raw(tmp_path: Path):
    from postrun.cli.views import history_text
    from postrun.store import stats

    folder = tmp_path / "history"
    folder.mkdir()
    (folder / "x.toml").write_text(_bad_record(title='"fine [b]markup[/b] is text"'))
    loaded = History(folder).load()
    shown = history_text(stats(loaded.records, _NOW.date(), 3), loaded.records)
    assert "fine [b]markup[/b] is text" in shown
