"""`postrun plan --after RUN` and `postrun start --after RUN`: the composer on the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from postrun.session import Summary
from postrun.store import History, Recorder
from postrun.words import session_title


def test_plan_after_prints_the_json_plan_with_its_run_and_sources(cli, routines):
    result = cli("plan", "--after", "tempo", "--seed", "3", "--json")
    assert result.code == 0, result.err
    plan = json.loads(result.out)
    assert plan["routine"] == "after-tempo" and plan["run"] == "tempo"
    assert plan["minutes"] == 10 and abs(plan["stretch_seconds"] - 600) <= 18
    steps = {s["exercise"] for s in plan["steps"]}
    credited = [move for source in plan["sources"] for move in source["moves"]]
    assert sorted(credited) == sorted(steps)
    for source in plan["sources"]:
        assert source["title"] == routines[source["routine"]].source.title
        assert source["title"] in plan["credit"]
    # The keys `plan --json` always had are all there.
    classic = json.loads(cli("plan", "--json").out)
    assert set(classic) <= set(plan)


def test_the_options_shape_the_plan(cli):
    plan = json.loads(
        cli(
            "plan",
            "--after",
            "long",
            "--minutes",
            "20",
            "--focus",
            "calves",
            "--equipment",
            "mat,wall,foam roller,massage ball",
            "--profile",
            "40plus",
            "--seed",
            "9",
            "--json",
        ).out
    )
    assert plan["minutes"] == 20 and plan["profile"] == "40plus"
    assert plan["focus"] == ["calves"] and plan["focus_seconds"] >= plan["stretch_seconds"] / 2


def test_a_seed_pins_the_plan_and_the_text_credits_every_article(cli):
    first = cli("plan", "--after", "long", "--seed", "11")
    assert first.code == 0 and first.out == cli("plan", "--after", "long", "--seed", "11").out
    header, credit, note = first.out.split("\n")[:3]
    assert header == "After a long run: 15 min, standard holds"
    assert credit.startswith("From: “") and credit.count("“") >= 2
    assert "evening" in note


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--after", "sprint"), "argument --after: invalid choice: 'sprint'"),
        (("--after", "easy", "--focus", "toes"), "unknown focus 'toes' (known: achilles,"),
        (("--after", "easy", "--equipment", "mat,bike"), "unknown equipment 'bike' (known:"),
        (("--after", "easy", "--focus", "calves,"), "'calves,' has an empty name"),
        (("--after", "easy", "--seed", "x"), "seed must be a whole number, got 'x'"),
        (("--focus", "calves"), "--focus needs --after RUN"),
        (("--after", "easy", "--routine", "post-run-reset"), "give --routine or --after"),
    ],
)
def test_usage_errors_exit_2_with_one_line(cli, args, message):
    for command in ("plan", "start"):
        result = cli(command, *args, *(("--plain",) if command == "start" else ()))
        assert result.code == 2 and result.out == ""
        assert result.err.count("\n") == 1 and message in result.err, result.err


def test_focus_and_equipment_names_are_read_as_a_person_types_them(cli):
    plan = json.loads(
        cli("plan", "--after", "easy", "--equipment", "Mat, Foam  Roller", "--json").out
    )
    assert plan["routine"] == "after-easy"


def test_start_after_plain_runs_the_composed_session(tmp_path: Path):
    env = {**os.environ, "POSTRUN_HOME": str(tmp_path)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "postrun",
            "start",
            "--after",
            "easy",
            "--minutes",
            "5",
            "--seed",
            "1",
            "--plain",
            "--speed",
            "100",
            "--sound",
            "off",
        ],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0].endswith("Start: After an easy run, 5 min")
    assert "Phase 1 of" in done.stdout and "Lower chain" in done.stdout


def test_history_records_the_run_type_and_older_records_still_load(tmp_path: Path):
    summary = Summary("after-long", 15, "standard", 900, 880.0, True, 0, 0, ())
    record = Recorder(
        History(tmp_path),
        lambda routine_id: session_title(routine_id, None),
        now=lambda: datetime(2026, 12, 7, 8, tzinfo=UTC),
    )
    record(summary, 3)
    (tmp_path / "2026-12-01T07-00-00-abcdef.toml").write_text(
        'ended_at = 2026-12-01T07:00:00Z\nroutine = "post-run-reset"\ntitle = "Post-run reset"\n'
        'minutes = 10\nprofile = "standard"\nplanned_seconds = 600\ndone_seconds = 600.0\n'
        "completed = true\n"
    )
    loaded = History(tmp_path).load()
    assert loaded.problems == []
    older, newer = loaded.records
    assert (older.run, newer.run) == ("", "long")
    assert newer.title == "After a long run"
    saved = next(p for p in tmp_path.iterdir() if p.name.startswith("2026-12-07"))
    assert 'run = "long"' in saved.read_text()


def kit_of(plan: dict, routines) -> set[str]:
    """The equipment a JSON plan's moves need, looked up in the routines they come from."""
    needed = set()
    for source in plan["sources"]:
        by_id = {e.id: e for e in routines[source["routine"]].exercises()}
        needed |= {item for move in source["moves"] for item in by_id[move].equipment}
    return needed


def test_after_uses_the_settings_equipment_and_leaves_out_their_moves(cli, isolated_home, routines):
    from postrun.store import Settings, save_settings

    first = json.loads(cli("plan", "--after", "long", "--seed", "4", "--json").out)
    assert kit_of(first, routines) <= {"mat"}
    gone = first["steps"][0]
    origin = next(s["routine"] for s in first["sources"] if gone["exercise"] in s["moves"])
    kit = ["mat", "foam roller", "massage ball"]
    save_settings(
        isolated_home / "settings.toml",
        Settings(equipment=kit, left_out=[f"{origin}/{gone['exercise']}"]),
    )
    plan = json.loads(cli("plan", "--after", "long", "--seed", "4", "--json").out)
    assert gone["exercise"] not in {s["exercise"] for s in plan["steps"]}
    assert {"foam roller", "massage ball"} & kit_of(plan, routines)  # rolling, as at hand
    given = json.loads(
        cli("plan", "--after", "long", "--seed", "4", "--equipment", "mat", "--json").out
    )
    assert kit_of(given, routines) <= {"mat"}  # --equipment wins over the settings
    assert gone["exercise"] not in {s["exercise"] for s in given["steps"]}
