"""`paralelo corpus run`: bad pairs logged, resume after a kill, only changed shards redone."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from corpus_fixtures import write_pairs

from paralelo.cli import main
from paralelo.core.errors import UserError
from paralelo.corpus.merge import merge_corpus
from paralelo.corpus.runner import RunOptions, run_corpus
from paralelo.corpus.shards import marker_path, read_marker, read_plan

REPO = Path(__file__).resolve().parents[2]


def _run(src: Path, out: Path, **kw: object) -> dict[str, object]:
    return run_corpus(RunOptions(str(src), str(out), engine="none", **kw)).to_json()


def _merged(out: Path, tmp: Path, name: str = "m.jsonl") -> bytes:
    merge_corpus(out, tmp / name)
    return (tmp / name).read_bytes()


def test_run_aligns_every_pair_and_reuses_finished_shards(small_corpus: Path,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _run(small_corpus, out, workers=1, shard_size=2)
    assert first["done"] == 6 and first["failed"] == 0 and first["shards_run"] == 3
    again = _run(small_corpus, out, workers=1, shard_size=2)
    assert again["shards_run"] == 0 and again["shards_reused"] == 3
    records = [json.loads(line) for f in sorted((out / "shards").glob("*.jsonl"))
               for line in f.read_text(encoding="utf-8").splitlines()]
    assert [r["pair"] for r in records] == [f"p{k:02d}" for k in range(6)]
    assert all(r["links"] for r in records)
    assert (out / "errors.jsonl").read_text(encoding="utf-8") == ""


def test_changed_file_or_parameter_redoes_what_it_affects(small_corpus: Path,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(small_corpus, out, workers=1, shard_size=2)
    before = {m.name: m.stat().st_mtime_ns for m in (out / "shards").glob("*.done")}
    target = small_corpus / "p03.en.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\nOne more closing line.\n",
                      encoding="utf-8")
    assert _run(small_corpus, out, workers=1, shard_size=2)["shards_run"] == 1
    after = {m.name: m.stat().st_mtime_ns for m in (out / "shards").glob("*.done")}
    assert [n for n in before if before[n] != after[n]] == ["s000001.done"]  # p02, p03
    assert _run(small_corpus, out, workers=1, shard_size=2, mode="parallel")["shards_run"] == 3


def test_bad_pairs_go_to_errors_and_the_run_goes_on(small_corpus: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    (small_corpus / "binary.es.txt").write_bytes(b"\x00\x01\x02" * 50)
    (small_corpus / "binary.en.txt").write_text("The cat sat on the mat.", encoding="utf-8")
    (small_corpus / "empty.es.txt").write_text("  \n", encoding="utf-8")
    (small_corpus / "empty.en.txt").write_text("The cat sat on the mat.", encoding="utf-8")
    english = (small_corpus / "p00.en.txt").read_text(encoding="utf-8")
    (small_corpus / "swapped.es.txt").write_text(english, encoding="utf-8")
    (small_corpus / "swapped.en.txt").write_text(english, encoding="utf-8")
    (small_corpus / "alone.en.txt").write_text("No partner here.", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["corpus", "run", str(small_corpus), "-o", str(out), "--engine", "none",
                 "--workers", "1", "--quiet"])
    assert code == 1
    errors = [json.loads(line) for line in
              (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    reasons = {e.get("pair") or Path(e["file"]).name: e["reason"] for e in errors}
    assert set(reasons) == {"binary", "empty", "swapped", "alone.en.txt"}
    assert "binary" in reasons["binary"] and "no text" in reasons["empty"]
    assert "looks English" in reasons["swapped"]
    assert reasons["alone.en.txt"] == "no partner file found"
    assert all("\n" not in r and "Traceback" not in r for r in reasons.values())
    assert len(list(merge_units(out))) > 0  # the good pairs were aligned


def merge_units(out: Path) -> list[object]:
    from paralelo.corpus.merge import units

    return list(units(out))


def test_missing_file_in_manifest_fails_that_pair_only(small_corpus: Path,
                                                       tmp_path: Path) -> None:
    manifest = tmp_path / "m.tsv"
    manifest.write_text(f"a\t{small_corpus}/p00.es.txt\t{small_corpus}/p00.en.txt\n"
                        f"b\t{small_corpus}/gone.es.txt\t{small_corpus}/p01.en.txt\n",
                        encoding="utf-8")
    summary = _run(manifest, tmp_path / "out", workers=1)
    assert (summary["done"], summary["failed"]) == (2, 1)
    err = json.loads((tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8"))
    assert err["pair"] == "b" and "gone.es.txt" in err["reason"]


def test_no_pairs_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.es.txt").write_text("Hola.", encoding="utf-8")
    assert main(["corpus", "run", str(tmp_path / "in"), "-o", str(tmp_path / "o"),
                 "--engine", "none"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("paralelo: error:") and "no document pairs" in err
    assert "1 files without a partner" in err


def test_interrupted_run_resumes_to_identical_output(tmp_path: Path) -> None:
    """SIGKILL the CLI mid-run; the rerun redoes only unfinished shards; same merged bytes."""
    src = tmp_path / "in"
    write_pairs(src, 30)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(REPO / "desktop")}
    cmd = [sys.executable, "-m", "paralelo", "corpus", "run", str(src), "-o", str(out),
           "--engine", "none", "--workers", "1", "--shard-size", "1", "--quiet"]
    proc = subprocess.Popen(cmd, env=env)
    deadline = time.monotonic() + 120
    while not marker_path(out, "s000002").exists() and proc.poll() is None:
        assert time.monotonic() < deadline, "no shard finished"
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = [e["name"] for e in read_plan(out)["shards"]
                   if read_marker(out, e["name"])]
    assert proc.returncode == -signal.SIGKILL
    assert 3 <= len(done_before) < 30
    status = subprocess.run([sys.executable, "-m", "paralelo", "corpus", "status", str(out),
                             "--json"], env=env, capture_output=True, text=True, check=True)
    info = json.loads(status.stdout)
    assert info["done"] == len(done_before) and info["remaining"] == 30 - len(done_before)
    assert info["status"] == "stopped"
    resumed = _run(src, out, workers=1, shard_size=1)
    assert resumed["shards_run"] == 30 - len(done_before)
    fresh = tmp_path / "fresh"
    _run(src, fresh, workers=2, shard_size=1)
    for name in ("m.tmx", "m.tsv", "m.jsonl"):
        assert _merged(out, tmp_path, name) == _merged(fresh, tmp_path, "f" + name)


def test_leftover_temporary_files_are_cleared(small_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(small_corpus, out, workers=1, shard_size=3)
    (out / "shards" / ".s000000.jsonl.abc.part").write_text("half", encoding="utf-8")
    marker_path(out, "s000001").unlink()  # killed between data and marker
    assert _run(small_corpus, out, workers=1, shard_size=3)["shards_run"] == 1
    assert not list((out / "shards").glob(".*.part"))


def test_a_killed_pool_worker_is_replaced_and_the_run_completes(tmp_path: Path) -> None:
    import multiprocessing

    src = tmp_path / "in"
    write_pairs(src, 16)
    killed: list[int] = []

    def progress(done: int, failed: int) -> None:
        try:
            workers = [p for p in multiprocessing.active_children() if p.pid]
        except RuntimeError:  # the pool's thread changed the set meanwhile: next time
            return
        if not killed and workers:
            os.kill(workers[0].pid, signal.SIGKILL)  # type: ignore[arg-type]
            killed.append(workers[0].pid)  # type: ignore[arg-type]

    out = tmp_path / "out"
    summary = run_corpus(RunOptions(str(src), str(out), engine="none", workers=2, shard_size=1),
                         on_progress=progress)
    assert killed and (summary.done, summary.failed) == (16, 0)
    fresh = tmp_path / "fresh"
    _run(src, fresh, workers=1)
    assert _merged(out, tmp_path, "a.tsv") == _merged(fresh, tmp_path, "b.tsv")


def test_a_second_run_on_a_busy_outdir_is_refused(small_corpus: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    _run(small_corpus, out, workers=1)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        state = json.loads((out / "run.json").read_text(encoding="utf-8"))
        (out / "run.json").write_text(json.dumps({**state, "status": "running",
                                                  "pid": sleeper.pid}), encoding="utf-8")
        assert main(["corpus", "run", str(small_corpus), "-o", str(out), "--engine",
                     "none"]) == 2
        assert "already going" in capsys.readouterr().err
    finally:
        sleeper.kill()
        sleeper.wait()
    assert main(["corpus", "run", str(small_corpus), "-o", str(out), "--engine", "none",
                 "--quiet"]) == 0  # the process is gone: the run resumes


def test_importer_formats_html_md_docx(tmp_path: Path) -> None:
    import docx
    from corpus_fixtures import PARAGRAPHS

    src = tmp_path / "in"
    src.mkdir()
    es = [s for s, _ in PARAGRAPHS[:5]]
    en = [e for _, e in PARAGRAPHS[:5]]
    (src / "a.es.html").write_text("<html><body>" + "".join(f"<p>{t}</p>" for t in es)
                                   + "</body></html>", encoding="utf-8")
    (src / "a.en.html").write_text("<html><body>" + "".join(f"<p>{t}</p>" for t in en)
                                   + "</body></html>", encoding="utf-8")
    (src / "b.es.md").write_text("# Noticias\n\n" + "\n\n".join(es), encoding="utf-8")
    (src / "b.en.md").write_text("# News\n\n" + "\n\n".join(en), encoding="utf-8")
    for lang, texts in (("es", es), ("en", en)):
        d = docx.Document()
        for t in texts:
            d.add_paragraph(t)
        d.save(str(src / f"c.{lang}.docx"))
    summary = _run(src, tmp_path / "out", workers=1)
    assert (summary["done"], summary["failed"]) == (3, 0)
    merge_corpus(tmp_path / "out", tmp_path / "m.jsonl")
    units = [json.loads(x) for x in (tmp_path / "m.jsonl").read_text("utf-8").splitlines()]
    for pid in ("a", "b", "c"):
        got = {(u["es"], u["en"]) for u in units if u["pair"] == pid}
        assert set(PARAGRAPHS[:5]) <= got, pid


def test_unchanged_files_are_not_read_again(small_corpus: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from paralelo.corpus import hashes

    read: list[str] = []
    real = hashes.file_sha256
    monkeypatch.setattr(hashes, "file_sha256", lambda p: read.append(p) or real(p))
    out = tmp_path / "out"
    _run(small_corpus, out, workers=1, shard_size=2)
    assert len(read) == 12
    read.clear()
    target = small_corpus / "p04.es.txt"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("a", "e", 1), encoding="utf-8")  # same size, new content
    os.utime(target, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
    assert _run(small_corpus, out, workers=1, shard_size=2)["shards_run"] == 1
    assert read == [str(target)]


def test_outdir_that_cannot_be_made(small_corpus: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["corpus", "run", str(small_corpus), "-o", str(tmp_path / "file" / "out"),
                 "--engine", "none"]) == 2
    assert "cannot create the folder" in capsys.readouterr().err


def test_a_pool_found_broken_while_submitting_keeps_the_shard_for_the_next_pool() -> None:
    import concurrent.futures as cf

    from paralelo.corpus.runner import _fill

    class Broken:
        def submit(self, *args: object) -> None:
            raise cf.process.BrokenProcessPool("a worker died")

    specs = iter([{"name": "s1"}, {"name": "s2"}])
    redo: list[dict[str, object]] = []
    running: dict[object, object] = {}
    assert _fill(Broken(), specs, running, 4, redo) is False  # type: ignore[arg-type]
    assert redo == [{"name": "s1"}] and not running
    assert next(specs) == {"name": "s2"}  # not started: still queued


def test_workers_that_cannot_live_stop_the_run_with_one_line(tmp_path: Path) -> None:
    import multiprocessing
    import threading

    from paralelo.core.errors import UserError

    src = tmp_path / "in"
    write_pairs(src, 6)
    stop = threading.Event()

    def reaper() -> None:  # every worker dies as soon as it exists
        while not stop.is_set():
            try:
                children = multiprocessing.active_children()
            except RuntimeError:  # the pool's thread changed the set meanwhile: look again
                continue
            for p in children:
                if p.pid:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(p.pid, signal.SIGKILL)
            time.sleep(0.005)

    thread = threading.Thread(target=reaper, daemon=True)
    thread.start()
    try:
        with pytest.raises(UserError, match="keep dying before finishing any shard"):
            _run(src, tmp_path / "out", workers=2, shard_size=1)
    finally:
        stop.set()
        thread.join()
    # Nothing was recorded as failed: a rerun with working workers does every pair.
    summary = _run(src, tmp_path / "out", workers=1, shard_size=1)
    assert (summary["shards_run"], summary["failed"]) == (6, 0)


def test_another_input_into_an_existing_outdir_is_refused(small_corpus: Path,
                                                         tmp_path: Path) -> None:
    from paralelo.core.errors import UserError

    out = tmp_path / "out"
    _run(small_corpus, out, workers=1)
    other = tmp_path / "other"
    write_pairs(other, 2)
    before = sorted(p.name for p in (out / "shards").iterdir())
    with pytest.raises(UserError, match=r"holds a corpus of .*give a new OUTDIR"):
        _run(other, out, workers=1)
    assert sorted(p.name for p in (out / "shards").iterdir()) == before


def test_pool_starts_while_hashing_and_never_for_bad_input(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The workers start once the inputs are known good, before the hashing; a refused
    run starts no process."""
    from paralelo.corpus import runner, shards

    events: list[str] = []
    real_start, real_make = runner.start_pool, shards.make_shards
    def start(n: int) -> object:
        events.append(f"pool {n}")
        return real_start(n)

    def make(*a: object) -> object:
        events.append("hash")
        return real_make(*a)  # type: ignore[arg-type]

    monkeypatch.setattr(runner, "start_pool", start)
    monkeypatch.setattr(shards, "make_shards", make)
    with pytest.raises(UserError):
        run_corpus(RunOptions(str(tmp_path / "missing"), str(tmp_path / "out"), engine="none",
                              workers=2))
    assert events == []
    write_pairs(tmp_path / "in", 3)
    summary = run_corpus(RunOptions(str(tmp_path / "in"), str(tmp_path / "out"), engine="none",
                                    workers=2, shard_size=1))
    assert (summary.done, summary.failed) == (3, 0)
    assert events == ["pool 2", "hash"]
