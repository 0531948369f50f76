"""``Paralelo --self-test``: run the seed pipeline headless and report each step.

Meant for the packaged app (does the frozen build really import, translate,
align, compare facts and export?) and for users reporting a problem. It uses
the same functions the GUI and ``paralelo align`` use, never Qt, prints one
line per step ("ok" or "FAILED: reason") and exits 0 only if every step
worked. Exports go to a temporary folder unless ``--out DIR`` is given.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from paralelo import __version__

STEPS = ("import", "translate", "align", "facts", "export")
EXPORT_FORMATS = ("tmx", "csv", "tsv", "xlsx", "json", "html")


class StepFailed(Exception):
    """A step ran but its result is wrong (as opposed to crashing)."""


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    out: Callable[[str], None] = print
    verbose: bool = False  # full tracebacks on stderr, for bug reports

    def line(self, text: str) -> None:
        self.lines.append(text)
        self.out(text)

    def step(self, name: str, fn: Callable[[], str]) -> bool:
        """Run one step; print its line; True when it worked."""
        t0 = time.perf_counter()
        try:
            detail = fn()
        except Exception as exc:  # the point is to report any failure
            if self.verbose:
                traceback.print_exc(file=sys.stderr)
            reason = f"{type(exc).__name__}: {exc}" if not isinstance(exc, StepFailed) else str(exc)
            self.fail(name, reason.splitlines()[0] if reason.strip() else type(exc).__name__)
            return False
        ms = (time.perf_counter() - t0) * 1000
        self.line(f"{name:<10} ok ({ms:.0f} ms) {detail}".rstrip())
        return True

    def fail(self, name: str, reason: str) -> None:
        self.failed.append(name)
        self.line(f"{name:<10} FAILED: {reason}")


@dataclass
class _State:
    engine: str
    out_dir: Path
    es: Any = None
    ens: list[Any] = field(default_factory=list)
    eng: Any = None
    translations: list[Any] = field(default_factory=list)
    aligned: Any = None
    links: list[dict[str, Any]] = field(default_factory=list)


def _import(st: _State) -> str:
    from paralelo.app.pipeline import load_inputs
    from paralelo.core.seeds import seed_paths

    es_path, en_paths = seed_paths()
    st.es, st.ens = load_inputs(es_path, en_paths)
    if st.es.lang != "es" or not st.es.paragraphs:
        raise StepFailed(f"Spanish seed read as {st.es.lang!r} with {len(st.es.paragraphs)} "
                         "paragraphs")
    empty = [d.name for d in st.ens if not d.paragraphs]
    if empty:
        raise StepFailed(f"no paragraphs in {', '.join(empty)}")
    n_en = sum(len(d.paragraphs) for d in st.ens)
    return (f"es: {len(st.es.paragraphs)} paragraphs; en: {len(st.ens)} documents, "
            f"{n_en} paragraphs (from {es_path.parent})")


def _translate(st: _State) -> str:
    from paralelo.app.pipeline import translate_document

    st.eng, st.translations = translate_document(st.es, st.engine)
    wanted = [p.index for p in st.es.paragraphs if not p.boilerplate]
    errors = [(i, st.translations[i].error) for i in wanted
              if st.translations[i] is not None and st.translations[i].error]
    if errors:
        i, err = errors[0]
        raise StepFailed(f"{len(errors)} of {len(wanted)} paragraphs failed (¶{i}: {err})")
    label = st.eng.describe()
    if st.eng.name == "none":
        return f"engine: none ({label}); install a model or Apertium to translate"
    empty = [i for i in wanted if not (st.translations[i] and st.translations[i].text)]
    if empty:
        raise StepFailed(f"engine {st.eng.name} returned no text for ¶{empty[0]}")
    return f"engine: {label}; {len(wanted)} paragraphs"


def _es_mt(st: _State) -> list[str | None]:
    if not st.translations:
        return [None] * len(st.es.paragraphs)
    return [t.text if t is not None else None for t in st.translations]


def _align(st: _State) -> str:
    from paralelo.core.align import align_documents

    st.aligned = align_documents(st.es, st.ens, mode="auto", es_mt=_es_mt(st), anchors=[])
    if not st.aligned.links:
        raise StepFailed("no links between the Spanish seed and the English seeds")
    modes = ", ".join(f"{d.id} {st.aligned.modes.get(d.id)}" for d in st.ens)
    return f"{len(st.aligned.links)} links ({modes})"


def _facts(st: _State) -> str:
    from paralelo.app.pipeline import annotate_links

    st.links = annotate_links(st.es, st.ens, st.aligned.links, _es_mt(st))
    shared = sum(len(link["facts"]) for link in st.links)
    if shared == 0:
        raise StepFailed("no shared facts found in any link of the seed session")
    one_side = sum(len(link["only_es"]) + len(link["only_en"]) for link in st.links)
    return f"{shared} shared facts, {one_side} one-side facts"


def _result(st: _State) -> dict[str, Any]:
    from paralelo.app.pipeline import build_result

    return build_result(st.es, st.ens, st.eng, st.translations, st.aligned.modes, st.links)


def _export(st: _State) -> str:
    from paralelo.export import export_result

    result = _result(st)
    written = []
    for fmt in EXPORT_FORMATS:
        out = st.out_dir / f"seed-session.{fmt}"
        export_result(result, fmt, out)
        if not out.is_file() or out.stat().st_size == 0:
            raise StepFailed(f"{fmt}: nothing written to {out}")
        written.append(f"{fmt} {out.stat().st_size} B")
    return ", ".join(written)


def run(engine: str = "auto", out_dir: Path | None = None,
        out: Callable[[str], None] = print, verbose: bool = False) -> Report:
    """Run every step; later steps that need a failed one are reported as not run."""
    report = Report(out=out, verbose=verbose)
    frozen = "packaged app" if getattr(sys, "frozen", False) else "source"
    report.line(f"Paralelo {__version__} self-test ({frozen}, Python {sys.version.split()[0]})")
    with tempfile.TemporaryDirectory(prefix="paralelo-selftest-") as tmp:
        st = _State(engine=engine, out_dir=out_dir or Path(tmp))
        st.out_dir.mkdir(parents=True, exist_ok=True)
        if not report.step("import", lambda: _import(st)):
            for name in STEPS[1:]:
                report.fail(name, "not run (import failed)")
            return report
        translated = report.step("translate", lambda: _translate(st))
        if not report.step("align", lambda: _align(st)):
            for name in ("facts", "export"):
                report.fail(name, "not run (align failed)")
            return report
        if not report.step("facts", lambda: _facts(st)):
            report.fail("export", "not run (facts failed)")
        elif not translated:
            report.fail("export", "not run (translate failed)")
        else:
            report.step("export", lambda: _export(st))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="paralelo --self-test",
                                     description="Run the seed pipeline headless.")
    parser.add_argument("--engine", default="auto", choices=["auto", "argos", "apertium", "none"])
    parser.add_argument("--out", metavar="DIR", type=Path,
                        help="keep the exports in DIR instead of a temporary folder")
    parser.add_argument("--verbose", action="store_true",
                        help="print the full traceback of a failed step (for bug reports)")
    args = parser.parse_args(argv)
    report = run(engine=args.engine, out_dir=args.out, out=lambda s: print(s, flush=True),
                 verbose=args.verbose)
    if report.failed:
        print(f"self-test FAILED: {', '.join(report.failed)}", flush=True)
        return 1
    print("self-test passed", flush=True)
    return 0
