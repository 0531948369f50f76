"""Safe highlighting: escape every text piece, put markup only at span boundaries.

Document text is hostile until escaped. Highlights (facts, diff insertions and
deletions) may overlap or nest arbitrarily, so the text is cut at every span
boundary and each piece is escaped on its own and wrapped in the tags of every
span covering it (closed again before the next piece). The markup therefore
always nests correctly, and no document character is ever interpreted as HTML.
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass
from typing import Any

from paralelo.export.common import clean_text


def esc(text: str) -> str:
    """Escape text (and attribute values) for HTML after removing invalid characters.

    A carriage return becomes ``&#13;``: parsers turn a literal one (or CRLF)
    into a line feed, and a highlight boundary between CR and LF would then
    read back as two line breaks.
    """
    return html.escape(clean_text(text), quote=True).replace("\r", "&#13;")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    tag: str  # element name: mark | ins | del | span
    cls: str = ""
    title: str = ""

    def open(self) -> str:
        attrs = f' class="{esc(self.cls)}"' if self.cls else ""
        if self.title:
            attrs += f' title="{esc(self.title)}"'
        return f"<{self.tag}{attrs}>"

    def close(self) -> str:
        return f"</{self.tag}>"


def valid_span(value: Any, length: int) -> tuple[int, int] | None:
    """``value`` as ``(start, end)`` if it is a non-empty span inside ``length``."""
    if not isinstance(value, list | tuple) or len(value) != 2:
        return None
    a, b = value
    if any(isinstance(x, bool) or not isinstance(x, int) for x in (a, b)):
        return None
    return (a, b) if 0 <= a < b <= length else None


def render(text: str, spans: list[Span], labels: dict[int, str] | None = None) -> str:
    """Escaped ``text`` with every span wrapped in its element.

    ``labels`` maps offsets to ready-made (trusted, already escaped) markup put
    in front of the text at that offset, e.g. the source of a paragraph.
    """
    labels = {k: v for k, v in (labels or {}).items() if 0 <= k <= len(text)}
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *labels, *(s.start for s in spans), *(s.end for s in spans)})
    order = {id(s): n for n, s in enumerate(sorted(spans, key=lambda s: (s.start, -s.end)))}
    starts: dict[int, list[Span]] = {}
    ends: dict[int, list[Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
        ends.setdefault(s.end, []).append(s)
    live: dict[int, Span] = {}  # spans covering the current piece, by identity
    out: list[str] = []
    stack: list[Span] = []  # open elements, outermost first
    for a, b in itertools.pairwise(cuts):
        for s in ends.get(a, ()):
            live.pop(id(s), None)
        for s in starts.get(a, ()):
            live[id(s)] = s
        active = sorted(live.values(), key=lambda s: order[id(s)])
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] is active[keep]:
            keep += 1
        out.extend(s.close() for s in reversed(stack[keep:]))
        out.extend(s.open() for s in active[keep:])
        stack = active
        out.append(labels.pop(a, ""))
        out.append(esc(text[a:b]))
    out.extend(s.close() for s in reversed(stack))
    out.extend(labels.values())  # at the very end (only an empty last paragraph)
    return "".join(out)


def para_offsets(lengths: list[int], sep: int = 1) -> list[int]:
    """Start offset of each paragraph in the texts joined with a ``sep``-long separator."""
    offsets, pos = [], 0
    for n in lengths:
        offsets.append(pos)
        pos += n + sep
    return offsets
