"""Corpus runs whose inputs and OUTDIR are fsspec URLs (no network).

``testfs://`` (fsspec_testfs.py) is a store-like filesystem over local folders
with no atomic rename, registered in every process through fsio's
``PARALELO_FSSPEC_PLUGIN`` hook; ``file://`` is fsspec's own local filesystem.
Every URL run is compared byte for byte with the same run on local paths.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_fixtures import REPO, write_pairs

from paralelo.cli import main
from paralelo.core.errors import UserError
from paralelo.corpus import fsio
from paralelo.corpus.merge import merge_corpus
from paralelo.corpus.runner import RunOptions, run_corpus
from paralelo.corpus.shards import data_file, marker_file, read_marker, read_plan
from paralelo.corpus.status import corpus_status

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module", autouse=True)
def testfs_everywhere(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The plugin hook and an open log, set before any worker (pool or Dask) starts."""
    log = tmp_path_factory.mktemp("testfs") / "opens.log"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(fsio.PLUGIN_ENV, "fsspec_testfs")
        mp.setenv("PARALELO_TESTFS_LOG", str(log))
        yield log


def url(path: Path, scheme: str = "testfs") -> str:
    return f"{scheme}://{path}"


def _merged(out: str | Path, target: Path) -> bytes:
    merge_corpus(out, target)
    return target.read_bytes()


def _count(log: Path, mode: str, fragment: str) -> int:
    return sum(line.startswith(mode + " ") and fragment in line
               for line in log.read_text(encoding="utf-8").splitlines())


def _opened(log: Path, mode: str, fragment: str) -> bool:
    return _count(log, mode, fragment) > 0


def test_url_run_on_two_workers_is_byte_identical_to_local(tmp_path: Path,
                                                           testfs_everywhere: Path) -> None:
    write_pairs(tmp_path / "in", 8)
    local = tmp_path / "local"
    remote = url(tmp_path / "remote")
    run_corpus(RunOptions(str(tmp_path / "in"), str(local), engine="none", workers=2,
                          shard_size=3))
    summary = run_corpus(RunOptions(url(tmp_path / "in"), remote, engine="none", workers=2,
                                    shard_size=3))
    assert (summary.done, summary.failed, summary.ran) == (8, 0, 3)
    # The workers read the inputs and wrote the shards through fsspec, not by path.
    assert _opened(testfs_everywhere, "rb", f"{tmp_path}/in/p07.en.txt")
    assert _opened(testfs_everywhere, "wb", f"{tmp_path}/remote/shards/s000002.done")
    for fmt in ("tmx", "tsv", "jsonl"):
        assert _merged(local, tmp_path / f"l.{fmt}") == _merged(remote, tmp_path / f"r.{fmt}")
    # The merged file may itself go to a URL.
    assert main(["corpus", "merge", remote, "-o", url(tmp_path / "up.tmx")]) == 0
    assert (tmp_path / "up.tmx").read_bytes() == (tmp_path / "l.tmx").read_bytes()
    info = corpus_status(remote)
    assert (info["status"], info["done"], info["remaining"]) == ("finished", 8, 0)
    # Resuming on the URL reuses every shard, and the hash cache (a local file for a URL
    # OUTDIR) spares reading the unchanged inputs again.
    reads = _count(testfs_everywhere, "rb", f"{tmp_path}/in/")
    again = run_corpus(RunOptions(url(tmp_path / "in"), remote, engine="none", workers=2,
                                  shard_size=3))
    assert (again.ran, again.skipped) == (0, 3)
    assert _count(testfs_everywhere, "rb", f"{tmp_path}/in/") == reads


def test_manifest_at_a_url_and_urls_in_a_manifest(tmp_path: Path) -> None:
    write_pairs(tmp_path / "docs", 4)
    rows = [f"p{k:02d}\tdocs/p{k:02d}.es.txt\tdocs/p{k:02d}.en.txt" for k in range(4)]
    (tmp_path / "pairs.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    local, remote = tmp_path / "local", url(tmp_path / "remote", "file")
    run_corpus(RunOptions(str(tmp_path / "pairs.tsv"), str(local), engine="none", workers=1))
    # A manifest given as a file:// URL; its relative paths become URLs beside it.
    run_corpus(RunOptions(url(tmp_path / "pairs.tsv", "file"), remote, engine="none",
                          workers=1))
    assert _merged(local, tmp_path / "a.tmx") == _merged(remote, tmp_path / "b.tmx")
    # A local JSONL manifest listing testfs:// URLs: provenance is the URL, not a temp copy.
    lines = [json.dumps({"id": f"u{k}", "es": url(tmp_path / f"docs/p{k:02d}.es.txt"),
                         "en": [url(tmp_path / f"docs/p{k:02d}.en.txt")]}) for k in range(2)]
    (tmp_path / "urls.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "mixed"
    assert run_corpus(RunOptions(str(tmp_path / "urls.jsonl"), str(out), engine="none",
                                 workers=1)).failed == 0
    merge_corpus(out, tmp_path / "mixed.jsonl")
    units = [json.loads(x) for x in (tmp_path / "mixed.jsonl").read_text().splitlines()]
    assert units and {u["es_source"] for u in units} == {
        url(tmp_path / "docs/p00.es.txt"), url(tmp_path / "docs/p01.es.txt")}
    assert all(s.startswith("testfs://") for u in units for s in u["en_sources"])


def test_url_folder_with_es_and_en_subfolders_lists_unpaired_urls(tmp_path: Path) -> None:
    from paralelo.corpus.inputs import discover

    for lang, names in (("es", ["a.txt", "sub/b.md", "solo.txt"]), ("en", ["a.txt", "sub/b.md"])):
        for name in names:
            fsio.write_text(url(tmp_path / f"in/{lang}/{name}"), f"{lang} {name}\n")
    fsio.write_text(url(tmp_path / "in/es/.hidden.txt"), "x\n")
    found = discover(url(tmp_path / "in") + "/")
    local = discover(tmp_path / "in")
    assert [(p.id, p.es, p.en) for p in found.pairs] == [
        (p.id, url(Path(p.es)), tuple(url(Path(e)) for e in p.en)) for p in local.pairs]
    assert [p.id for p in found.pairs] == ["a", "sub/b"]
    assert found.unpaired == [url(tmp_path / "in/es/solo.txt")]
    assert found.root == url(tmp_path / "in")


def test_a_missing_url_input_goes_to_errors_with_one_line(tmp_path: Path) -> None:
    write_pairs(tmp_path / "docs", 2)
    rows = ["a\tdocs/p00.es.txt\tdocs/p00.en.txt", "b\tdocs/gone.es.txt\tdocs/p01.en.txt"]
    fsio.write_text(url(tmp_path / "pairs.tsv"), "\n".join(rows) + "\n")
    out = url(tmp_path / "out")
    assert main(["corpus", "run", url(tmp_path / "pairs.tsv"), "-o", out, "--engine", "none",
                 "--workers", "1", "--quiet"]) == 1
    errors = fsio.read_text(out + "/errors.jsonl").splitlines()
    assert len(errors) == 1
    err = json.loads(errors[0])
    assert err["pair"] == "b"
    assert err["reason"] == f"{url(tmp_path / 'docs/gone.es.txt')}: no such file"


def test_bad_scheme_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_pairs(tmp_path / "in", 1)
    assert main(["corpus", "run", str(tmp_path / "in"), "-o", "nosuchscheme://b/out",
                 "--engine", "none"]) == 2
    assert main(["corpus", "status", "nosuchscheme://b/out"]) == 2
    assert main(["corpus", "run", "nosuchscheme://b/in", "-o", str(tmp_path / "o"),
                 "--engine", "none"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3 and all(e.startswith("paralelo: error: nosuchscheme://b/") for e in err)
    assert all("Protocol not known" in e for e in err)
    assert not (tmp_path / "o").exists()  # a refused run creates nothing


def test_a_store_failure_is_one_line_not_a_traceback(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A backend's own exception (here: no credentials) reaches the user as one line, exit 2."""
    import fsspec_testfs

    write_pairs(tmp_path / "in", 2)
    out = url(tmp_path / "out")
    run_corpus(RunOptions(url(tmp_path / "in"), out, engine="none", workers=1))

    def no_credentials(self: object, path: str, **kwargs: object) -> None:
        raise RuntimeError("Unable to locate\ncredentials")

    monkeypatch.setattr(fsspec_testfs.TestFileSystem, "info", no_credentials)
    assert main(["corpus", "status", out]) == 2
    assert main(["corpus", "run", url(tmp_path / "in"), "-o", out, "--engine", "none"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"paralelo: error: {out}: Unable to locate credentials"
    assert err[1] == f"paralelo: error: {url(tmp_path / 'in')}: Unable to locate credentials"
    assert len(err) == 2


def test_without_fsspec_urls_are_refused_and_local_runs_work(tmp_path: Path) -> None:
    """fsspec made unimportable: a URL is one line and exit 2; local paths never import it."""
    write_pairs(tmp_path / "in", 2)
    code = (
        "import sys; sys.modules['fsspec'] = None\n"
        "from paralelo.cli import main\n"
        f"assert main(['corpus', 'run', {str(tmp_path / 'in')!r}, '-o', "
        f"{str(tmp_path / 'o')!r}, '--engine', 'none', '--workers', '1', '--quiet']) == 0\n"
        f"assert main(['corpus', 'status', {str(tmp_path / 'o')!r}]) == 0\n"
        f"sys.exit(main(['corpus', 'run', 's3://bucket/in', '-o', {str(tmp_path / 'x')!r}]))\n")
    env = {**os.environ, "PYTHONPATH": str(REPO / "desktop")}
    env.pop(fsio.PLUGIN_ENV)
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip() == ("paralelo: error: install paralelo[cluster] for URL inputs "
                                   "(fsspec is missing)")


def test_torn_shard_data_on_a_url_is_not_trusted(tmp_path: Path) -> None:
    """A second writer tearing a finished shard's data: resume redoes it, merge refuses it."""
    write_pairs(tmp_path / "in", 4)
    out = url(tmp_path / "out")
    run_corpus(RunOptions(url(tmp_path / "in"), out, engine="none", workers=1, shard_size=2))
    good = _merged(out, tmp_path / "good.tmx")
    data = fsio.read_bytes(data_file(out, "s000000"))
    fsio.write_bytes(data_file(out, "s000000"), data[: len(data) // 2])  # cut short
    assert run_corpus(RunOptions(url(tmp_path / "in"), out, engine="none", workers=1,
                                 shard_size=2)).ran == 1
    assert _merged(out, tmp_path / "again.tmx") == good
    same_size = bytes(reversed(data))  # same length, other bytes: only the hash tells
    fsio.write_bytes(data_file(out, "s000001"), same_size)
    with pytest.raises(UserError, match="does not match its done marker"):
        merge_corpus(out, tmp_path / "bad.tmx")
    assert not (tmp_path / "bad.tmx").exists()


def test_killed_run_on_a_url_outdir_resumes_to_identical_output(tmp_path: Path) -> None:
    src = tmp_path / "in"
    write_pairs(src, 24)
    out = url(tmp_path / "out")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "desktop"), str(HERE)])}
    cmd = [sys.executable, "-m", "paralelo", "corpus", "run", url(src), "-o", out,
           "--engine", "none", "--workers", "1", "--shard-size", "1", "--quiet"]
    proc = subprocess.Popen(cmd, env=env)
    deadline = time.monotonic() + 120
    while read_marker(out, "s000002") is None and proc.poll() is None:
        assert time.monotonic() < deadline, "no shard finished"
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    done_before = [e["name"] for e in read_plan(out)["shards"] if read_marker(out, e["name"])]
    assert 3 <= len(done_before) < 24
    status = subprocess.run([sys.executable, "-m", "paralelo", "corpus", "status", out,
                             "--json"], env=env, capture_output=True, text=True, check=True)
    info = json.loads(status.stdout)
    assert (info["status"], info["done"]) == ("stopped", len(done_before))
    assert info["remaining"] == 24 - len(done_before)
    resumed = run_corpus(RunOptions(url(src), out, engine="none", workers=2, shard_size=1))
    assert resumed.ran == 24 - len(done_before)
    assert fsio.exists(marker_file(out, "s000023"))
    fresh = tmp_path / "fresh"
    run_corpus(RunOptions(str(src), str(fresh), engine="none", workers=1, shard_size=1))
    for name in ("m.tmx", "m.tsv"):
        assert _merged(out, tmp_path / name) == _merged(fresh, tmp_path / f"f{name}")


def test_review_of_a_url_outdir_keeps_the_session_local(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    from paralelo.storage.session import Session

    write_pairs(tmp_path / "in", 6)
    out = url(tmp_path / "out")
    run_corpus(RunOptions(url(tmp_path / "in"), out, engine="none", workers=1))
    assert main(["corpus", "review", out, "--worst", "3"]) == 2  # no local default
    assert "give the review session a local file name" in capsys.readouterr().err
    session = tmp_path / "check.paralelo"
    assert main(["corpus", "review", out, "--worst", "3", "-o", str(session)]) == 0
    listed = json.loads(fsio.read_text(out + "/review.json"))["sessions"]
    assert [s["path"] for s in listed] == [str(session)]
    with Session.open(session) as s:
        refs = {lk["id"]: lk["evidence"]["corpus"] for lk in s.to_result_json()["links"]}
        s.flag(1)
    merge_corpus(out, tmp_path / "m.jsonl")
    units = [json.loads(x) for x in (tmp_path / "m.jsonl").read_text().splitlines()]
    assert (refs[1]["pair"], refs[1]["link"]) not in {(u["pair"], u["link"]) for u in units}
    assert len(units) > 0


def test_dask_run_with_url_inputs_and_outdir_matches_local(tmp_path: Path,
                                                           testfs_everywhere: Path) -> None:
    distributed = pytest.importorskip("distributed")
    write_pairs(tmp_path / "in", 8)
    local, remote = tmp_path / "local", url(tmp_path / "remote")
    run_corpus(RunOptions(str(tmp_path / "in"), str(local), engine="none", workers=1))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        summary = run_corpus(RunOptions(url(tmp_path / "in"), remote, engine="none",
                                        shard_size=2, dask=cluster.scheduler_address))
    assert (summary.done, summary.failed, summary.ran) == (8, 0, 4)
    assert _opened(testfs_everywhere, "wb", f"{tmp_path}/remote/shards/s000003.jsonl")
    for fmt in ("tmx", "tsv"):
        assert _merged(local, tmp_path / f"l.{fmt}") == _merged(remote, tmp_path / f"r.{fmt}")


@pytest.mark.parametrize(("path", "expected"), [
    ("s3://bucket/run", True), ("file:///tmp/x", True), ("simplecache::s3://b/k", True),
    ("testfs:///tmp", True), ("/tmp/x", False), ("run1", False), ("C:\\data\\in", False),
    ("C:/data/in", False), ("./s3://odd", False)])
def test_what_counts_as_a_url(path: str, expected: bool) -> None:
    assert fsio.is_url(path) is expected


def test_relative_provenance_of_urls_and_paths() -> None:
    assert fsio.relative("s3://b/in/sub/a.txt", "s3://b/in") == "sub/a.txt"
    assert fsio.relative("s3://b/other/a.txt", "s3://b/in") == "s3://b/other/a.txt"
    assert fsio.relative("s3://b/in/a.txt", "/local/in") == "s3://b/in/a.txt"
    assert fsio.relative("/local/in/x/a.txt", "/local/in") == "x/a.txt"
    assert fsio.join("s3://b/in/", "es", "a.txt") == "s3://b/in/es/a.txt"
    assert fsio.parent("s3://b/in/a.txt") == "s3://b/in"


def test_parent_and_join_at_a_url_root_stay_urls(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A manifest at a store's root: its relative paths must still be URLs."""
    from paralelo.corpus import fsio

    cases = {"file:///m.tsv": "file:///", "memory://m.tsv": "memory://",
             "s3://bucket/m.tsv": "s3://bucket", "file:///tmp/x/m.tsv": "file:///tmp/x",
             "simplecache::s3://b/x/m.tsv": "simplecache::s3://b/x"}
    for url, folder in cases.items():
        assert fsio.parent(url) == folder
        assert fsio.is_url(fsio.join(folder, "a.txt"))
    assert fsio.join("file:///", "a.txt") == "file:///a.txt"
    assert fsio.join("memory://", "a.txt") == "memory://a.txt"
    assert fsio.join("s3://b/dir/", "a") == "s3://b/dir/a"
    monkeypatch.chdir(tmp_path)  # a relative file:// URL is made absolute, like a path
    assert fsio.resolve("file://rel/dir/") == f"file://{tmp_path / 'rel' / 'dir'}"
