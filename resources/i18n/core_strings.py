"""Extract the core's user-facing messages into the interface catalogue (context "core").

The core raises `UserError`s with English text and stays free of any
translation machinery. This script reads the source (no import) and collects
every message given to a `UserError` subclass, every `InputWarning` template
and the fixed progress messages; f-strings become templates whose
``{placeholders}`` name the interpolated values. It writes them into the
.ts files (so the Spanish wording in fill_ts.py applies) and into
``core_messages.json``, which the window uses to recognise a message and
show its translation (`paralelo.gui.i18n.error_text`).
Run by `make i18n` after lupdate, before fill_ts.py.
"""

from __future__ import annotations

import ast
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
PKG = HERE.parents[1] / "desktop" / "paralelo"
OUT = HERE / "core_messages.json"
#: Progress messages shown in the window with a varying part (see gui/i18n.py).
EXTRA = ["Translating with {name}", "Aligning {name}", "Opening {name}", "Importing documents",
         "Saving", "Installing model",
         # raised by the window's own store helpers (gui/session_store.py)
         "{path}: this is the session itself; choose another name",
         "{path}: cannot save the session there ({reason})",
         "this session is open read-only: changes cannot be saved"]


def _sources() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"))) for p in sorted(PKG.rglob("*.py"))
            if p.relative_to(PKG).parts[0] != "gui"]


def error_classes(trees: list[tuple[Path, ast.Module]]) -> set[str]:
    """`UserError` and every class deriving from it (by name, to a fixpoint)."""
    names = {"UserError"}
    changed = True
    while changed:
        changed = False
        for _p, tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names and any(
                        isinstance(b, ast.Name) and b.id in names for b in node.bases):
                    names.add(node.name)
                    changed = True
    return names


def _placeholder(expr: ast.expr, used: dict[str, int]) -> str:
    if isinstance(expr, ast.Name):
        base = expr.id
    elif isinstance(expr, ast.Attribute):
        base = expr.attr
    elif isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name):
        base = expr.func.id
    else:
        base = "value"
    base = re.sub(r"\W", "_", base).strip("_") or "value"
    n = used.get(base, 0)
    used[base] = n + 1
    return base if n == 0 else f"{base}{n + 1}"


def template_of(node: ast.expr) -> str | None:
    """The message template of a string or f-string argument (None for anything else)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if not isinstance(node, ast.JoinedStr):
        return None
    parts: list[str] = []
    used: dict[str, int] = {}
    for v in node.values:
        if isinstance(v, ast.Constant):
            parts.append(str(v.value).replace("{", "{{").replace("}", "}}"))
        elif isinstance(v, ast.FormattedValue):
            parts.append("{" + _placeholder(v.value, used) + "}")
    return "".join(parts)


def _callee(node: ast.Call) -> str:
    f = node.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _specific(template: str) -> bool:
    """Worth recognising: some words besides the placeholders ("{path}: {msg}" is not)."""
    return len(re.findall(r"[A-Za-z]", re.sub(r"\{\w*\}", "", template))) >= 3


def collect() -> list[str]:
    trees = _sources()
    errors = error_classes(trees)
    found: list[str] = []
    for _path, tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _callee(node)
            if name in errors or name == "InputWarning":
                arg = node.args[1] if name == "InputWarning" and len(node.args) > 1 \
                    else node.args[0]
                t = template_of(arg)
            elif len(node.args) == 3 and (name == "progress" or (
                    isinstance(node.func, ast.Call) and _callee(node.func) == "stage")):
                t = template_of(node.args[2])
                t = t if t and "{" not in t else None
            else:
                t = None
            if t and _specific(t) and t not in found:
                found.append(t)
    return found + [t for t in EXTRA if t not in found]


def write_ts(path: Path, templates: list[str]) -> None:
    tree = ET.parse(path)
    root = tree.getroot()
    for ctx in root.findall("context"):
        if ctx.findtext("name") == "core":
            root.remove(ctx)
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = "core"
    for t in templates:
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = t
        ET.SubElement(msg, "translation", type="unfinished")
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    found = collect()
    OUT.write_text(json.dumps(found, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    for lang in ("es", "en"):
        write_ts(HERE / f"paralelo_{lang}.ts", found)
    print(f"{len(found)} core messages", file=sys.stderr)
