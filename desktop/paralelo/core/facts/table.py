"""The curated es↔en fact table (resources/facts/*.tsv plus the user's own files).

Kept as data so that translators can add their own institutions, places and
spellings without touching code: every ``*.tsv`` in the resources folder and
in ``paralelo.paths.user_config_dir()/facts/`` is read, in that order.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, fields
from pathlib import Path

from paralelo.core.errors import UserError
from paralelo.core.facts.text import americanize, fold, norm_words, tokenize

NAME_KINDS = frozenset({"org", "place", "topic"})
WORD_KINDS = frozenset({"orgword", "word", "title", "given", "spelling"})
LANGS = ("es", "en")


@dataclass(frozen=True, slots=True)
class NameEntry:
    kind: str  # org | place | topic
    key: str  # canonical English name: what matching compares
    lang: str  # es | en
    capmask: tuple[int, ...]  # per token: 0 any case, 1 capitalised, 2 all capitals ("WHO")


@dataclass(slots=True)
class FactTable:
    names: dict[tuple[str, ...], list[NameEntry]] = field(default_factory=dict)
    maxlen: int = 1
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)  # first token -> lengths
    pairs: set[tuple[str, str]] = field(default_factory=set)  # first two tokens of longer names
    singles: set[str] = field(default_factory=set)  # one-token names
    orgwords: dict[str, str] = field(default_factory=dict)  # folded word -> English gloss
    words: dict[str, str] = field(default_factory=dict)
    titles: set[str] = field(default_factory=set)
    given: set[str] = field(default_factory=set)
    spelling: dict[str, str] = field(default_factory=dict)  # British -> American
    problems: list[str] = field(default_factory=list)  # malformed lines, for the CLI to show
    # caches of extraction, kept with the table they depend on (not part of its value)
    memo: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)  # names.py
    marks: dict[str, dict[str, int]] = field(default_factory=dict, compare=False,
                                             repr=False)  # marks.py: lang -> text -> marks
    files: list[Path] = field(default_factory=list)

    def __getstate__(self) -> tuple[None, dict[str, object]]:
        """Pickled without its caches (a facts helper process gets the table, not the
        memo of every word this process has met, which only grows). The form is
        what ``object.__getstate__`` gives a class with slots: (None, slot values)."""
        return None, {f.name: {} if f.name in ("memo", "marks") else getattr(self, f.name)
                      for f in fields(self)}

    def norm(self, word: str) -> str:
        return americanize(fold(word), self.spelling)

    def gloss(self, folded: str) -> str:
        """English comparison word for a folded word of an institution name."""
        return self.orgwords.get(folded) or self.words.get(folded) or folded


Row = tuple[str, str, list[str], list[str], str]  # kind, key, es, en, where


def _split(cell: str) -> list[str]:
    cell = cell.strip()
    if cell in ("", "-"):
        return []
    return [v.strip() for v in cell.split("|") if v.strip()]


def parse_tsv(text: str, where: str, problems: list[str]) -> list[Row]:
    """Rows of one table file; malformed lines are reported, not fatal."""
    rows: list[Row] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.rstrip("\r\n").split("\t")
        if len(cols) < 2 or len(cols) > 4:
            problems.append(f"{where}:{n}: expected 4 TAB-separated columns (kind, key, es, en)")
            continue
        cols += ["-"] * (4 - len(cols))
        kind, key = cols[0].strip().lower(), cols[1].strip()
        if kind not in NAME_KINDS | WORD_KINDS:
            problems.append(f"{where}:{n}: unknown kind {kind!r}")
            continue
        if not key:
            problems.append(f"{where}:{n}: empty key")
            continue
        rows.append((kind, key, _split(cols[2]), _split(cols[3]), f"{where}:{n}"))
    return rows


def build_table(rows: list[Row], problems: list[str] | None = None) -> FactTable:
    t = FactTable(problems=list(problems or []))
    for kind, key, _es, en, _w in rows:  # spellings first: they shape every other key
        if kind == "spelling":
            for v in en:
                t.spelling[fold(v)] = fold(key)
    for kind, key, es, en, where in rows:
        if kind in NAME_KINDS:
            for lang, variants in (("es", es), ("en", [key, *en])):
                for v in variants:
                    _add_name(t, kind, key, lang, v, where)
        elif kind == "given":
            t.given.update(t.norm(v) for v in (key, *es, *en))
        elif kind == "title":
            for v in (key, *es, *en):
                toks = norm_words(v, t.spelling)
                t.titles.update(x for x in toks if x not in ("-",))
        elif kind in ("orgword", "word"):
            target = t.orgwords if kind == "orgword" else t.words
            gloss = t.norm(key)
            for v in (key, *es, *en):
                for x in norm_words(v, t.spelling):
                    target.setdefault(x, gloss)
    return t


def _add_name(t: FactTable, kind: str, key: str, lang: str, variant: str, where: str) -> None:
    toks = tokenize(variant, t.spelling)
    if not toks:
        t.problems.append(f"{where}: empty spelling")
        return
    norms = tuple(x.norm for x in toks)
    if kind == "topic":
        mask = tuple(0 for _ in toks)
    else:
        mask = tuple(2 if x.cap and len(x.text) > 1 and x.text.isupper() else int(x.cap)
                     for x in toks)
    entries = t.names.setdefault(norms, [])
    entry = NameEntry(kind, key, lang, mask)
    if entry not in entries:
        entries.append(entry)
    t.maxlen = max(t.maxlen, len(norms))
    if len(norms) > 1:
        t.pairs.add((norms[0], norms[1]))
    else:
        t.singles.add(norms[0])
    t.lengths[norms[0]] = tuple(sorted({*t.lengths.get(norms[0], ()), len(norms)}, reverse=True))


def table_files(user: bool = True) -> list[Path]:
    """The built-in table files, then the user's (sorted by name in each folder).

    Raises UserError when the built-in tables are missing: without them topics,
    organisations and titles would silently vanish from every comparison, which
    is worse than refusing (a broken install must say so).
    """
    try:
        files = sorted(builtin_facts_dir().glob("*.tsv"))
    except FileNotFoundError as exc:
        raise UserError(f"built-in fact tables missing ({exc}); reinstall Paralelo") from exc
    if not files:
        raise UserError(f"built-in fact tables missing: no *.tsv in {builtin_facts_dir()}; "
                        "reinstall Paralelo")
    if user:
        files += sorted(user_facts_dir().glob("*.tsv"))
    return files


def builtin_facts_dir() -> Path:
    """resources/facts of the source tree, the installed wheel or the packaged app."""
    from paralelo.resources import resource_path

    return resource_path("facts")


def user_facts_dir() -> Path:
    """Where a user's own table files go (not created here)."""
    from paralelo.paths import user_config_dir

    return user_config_dir() / "facts"


def load_table(files: list[Path] | None = None) -> FactTable:
    """Read and index the given table files (default: built-in + user files)."""
    problems: list[str] = []
    paths = table_files() if files is None else files
    rows: list[Row] = []
    for p in paths:
        try:
            text = p.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{p}: cannot read ({exc.__class__.__name__})")
            continue
        rows += parse_tsv(text, str(p), problems)
    table = build_table(rows, problems)
    table.files = list(paths)
    return table


_lock = threading.Lock()
_cached: FactTable | None = None
_generation = 0


def generation() -> int:
    """Bumped by reload_table, so caches of extracted facts know to forget."""
    return _generation


def default_table() -> FactTable:
    """The table every extraction uses unless given one (loaded once per process)."""
    global _cached
    with _lock:
        if _cached is None:
            _cached = load_table()
        return _cached


def reload_table() -> FactTable:
    """Re-read the table files (after the user edited theirs)."""
    global _cached, _generation
    with _lock:
        _cached = None
        _generation += 1
    return default_table()
