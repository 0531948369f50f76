"""Issue 18.11: no display, a mistyped command, a non-UTF-8 locale, a failing stdout.

Each ends with one clear line and a non-zero exit (or a clean success), never
a Qt abort (signal 6) or a Python traceback.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hostile import cli_cmd, cli_env, make_reviewed_session, run_cli, write_pair

from paralelo.cli_guard import NO_DISPLAY, display_missing, unknown_command

NO_DISPLAY_VARS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def _headless_env(**extra: str) -> dict[str, str]:
    env = cli_env(**extra)
    for var in NO_DISPLAY_VARS:
        if var not in extra:
            env.pop(var, None)
    return env


@pytest.mark.parametrize("args", [[], ["--seed"], ["session.paralelo"]])
def test_no_display_is_one_line_and_exit_2(tmp_path: Path, args: list[str]) -> None:
    proc = run_cli(*args, env=_headless_env(), cwd=tmp_path)
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert proc.stderr == NO_DISPLAY + "\n"
    assert proc.stdout == ""


@pytest.mark.parametrize(("env", "missing"), [
    ({}, True),
    ({"DISPLAY": ":0"}, False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, False),
    ({"QT_QPA_PLATFORM": "offscreen"}, False),
    ({"QT_QPA_PLATFORM": "xcb"}, True),
    ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"}, False),
    ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":1"}, True),
])
def test_display_detection(env: dict[str, str], missing: bool) -> None:
    assert display_missing(env) is missing


def test_a_mistyped_command_is_an_error_not_the_window(tmp_path: Path) -> None:
    doc = tmp_path / "nota.txt"
    doc.write_text("Hola.\n", encoding="utf-8")
    # Even with a display available, a typo must not start the GUI.
    proc = run_cli("inspec", doc, env=cli_env(QT_QPA_PLATFORM="offscreen"), cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.startswith("paralelo: error: unknown command 'inspec'; did you mean "
                                  "'inspect'?")
    assert len(proc.stderr.splitlines()) == 1
    assert unknown_command(["sesion", "show"], ["session", "export"]) is not None
    assert unknown_command(["nota.txt"], ["inspect"]) is None  # a file: the window opens it


@pytest.mark.parametrize("utf8_mode", ["0", "1"])
def test_c_locale_gives_clean_output(tmp_path: Path, utf8_mode: str) -> None:
    session, es, en = make_reviewed_session(tmp_path, 6)
    odd = tmp_path / "año «ñ».txt"
    odd.write_text("El niño comió ñoquis en Cochabamba.\n\n¿Qué pasó?\n", encoding="utf-8")
    env = cli_env(LC_ALL="C", LANG="C", PYTHONUTF8=utf8_mode)
    env.pop("PYTHONIOENCODING", None)
    for args in (["inspect", odd], ["inspect", odd, "--json"], ["facts", odd],
                 ["session", "show", session],
                 ["align", "--es", es, "--en", en, "--engine", "none"],
                 ["export", session, "-o", tmp_path / "out.csv"], ["--help"]):
        proc = subprocess.run(cli_cmd(*args), capture_output=True, env=env, timeout=120)
        err = proc.stderr.decode("utf-8", "replace")
        assert proc.returncode == 0, (args, err)
        assert b"Traceback" not in proc.stderr, (args, err)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_stdout_on_a_full_device_is_one_line(tmp_path: Path) -> None:
    session, _, _ = make_reviewed_session(tmp_path, 6)
    es, en = write_pair(tmp_path, 8, stem="x")
    for args in (["session", "show", session], ["session", "show", session, "--json"],
                 ["inspect", es], ["inspect", es, "--json"], ["--help"], ["--version"],
                 ["align", "--es", es, "--en", en, "--engine", "none"],
                 ["align", "--es", es, "--en", en, "--engine", "none", "--json", "-"]):
        with open("/dev/full", "w") as full:
            proc = subprocess.run(cli_cmd(*args), stdout=full, stderr=subprocess.PIPE,
                                  text=True, env=cli_env(), timeout=120)
        assert proc.returncode == 2, (args, proc.returncode, proc.stderr)
        assert proc.stderr.splitlines() == [
            "paralelo: error: cannot write the output (No space left on device)"], args
