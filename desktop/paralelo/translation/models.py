"""Argos model manager: list, install (offline, validated), remove, download.

Packages live in the platform data folder (``paralelo.paths.user_data_dir()/argos-packages``),
never in the source tree. Installing goes through argostranslate's own
`install_from_path`, pointed at that folder, after we validate the archive
ourselves: argostranslate only checks that the file is a zip, and would happily
unpack a corrupt, wrong-pair or path-escaping archive.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import ModuleType
from typing import Any

from paralelo.core.errors import UserError
from paralelo.paths import user_data_dir

FROM_CODE, TO_CODE = "es", "en"
#: Refuse archives that would unpack to more than this (real es→en packages are ~100 MB).
MAX_UNPACKED = 4 * 1024**3


class ModelError(UserError):
    """A model archive or model folder is unusable."""


def packages_dir() -> Path:
    return user_data_dir() / "argos-packages"


@dataclass(frozen=True, slots=True)
class InstalledModel:
    name: str  # folder name, what `models remove` takes
    path: Path
    from_code: str
    to_code: str
    version: str
    code: str

    def describe(self) -> str:
        return f"{self.name}  {self.from_code}→{self.to_code}  version {self.version}"


def argos_package_module() -> ModuleType:
    """argostranslate.package, configured to use our packages folder (not ~/.local/share)."""
    target = packages_dir()
    target.mkdir(parents=True, exist_ok=True)
    os.environ["ARGOS_PACKAGES_DIR"] = str(target)  # honoured if argostranslate loads now
    from argostranslate import package, settings

    settings.package_data_dir = target  # ...and forced if it was loaded earlier
    settings.package_dirs = [target]
    return package


def validate_archive(path: str | Path) -> dict[str, Any]:
    """Check an .argosmodel is a sound es→en package; return its metadata."""
    p = Path(path)
    if not p.is_file():
        raise ModelError(f"{p}: no such file")
    if not zipfile.is_zipfile(p):
        raise ModelError(f"{p.name}: not an Argos model (not a zip archive)")
    try:
        with zipfile.ZipFile(p) as zf:
            bad = zf.testzip()
            if bad is not None:
                raise ModelError(f"{p.name}: corrupt archive (bad data in {bad})")
            size = sum(i.file_size for i in zf.infolist())
            if size > MAX_UNPACKED:
                raise ModelError(f"{p.name}: unpacks to {size / 1e9:.1f} GB, more than any "
                                 "translation model needs")
            names = [n for n in zf.namelist() if n.strip("/")]
            tops = {PurePosixPath(n).parts[0] for n in names}
            if len(tops) != 1:
                raise ModelError(f"{p.name}: an Argos model must hold exactly one top folder "
                                 f"(found {len(tops)})")
            top = tops.pop()
            for n in names:
                pp = PurePosixPath(n)
                if pp.is_absolute() or ".." in pp.parts or "\\" in n:
                    raise ModelError(f"{p.name}: unsafe path inside the archive: {n}")
            if f"{top}/metadata.json" not in names:
                raise ModelError(f"{p.name}: no metadata.json in {top}/")
            try:
                meta = json.loads(zf.read(f"{top}/metadata.json").decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise ModelError(f"{p.name}: metadata.json is not valid JSON ({exc})") from None
            for needed in ("model/model.bin", "model/config.json", "sentencepiece.model"):
                if f"{top}/{needed}" not in names:
                    raise ModelError(f"{p.name}: missing {needed} (not a CTranslate2 "
                                     "SentencePiece package)")
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise ModelError(f"{p.name}: corrupt archive ({exc})") from None
    except (RuntimeError, NotImplementedError) as exc:  # encrypted, or an unknown compression
        raise ModelError(f"{p.name}: unsupported archive ({exc})") from None
    except OSError as exc:
        raise ModelError(f"{p.name}: cannot read ({exc.strerror or exc})") from None
    if not isinstance(meta, dict):
        raise ModelError(f"{p.name}: metadata.json must be an object")
    pair = (meta.get("from_code"), meta.get("to_code"))
    if pair != (FROM_CODE, TO_CODE):
        raise ModelError(f"{p.name}: this package translates {pair[0]}→{pair[1]}; "
                         f"Paralelo needs {FROM_CODE}→{TO_CODE}")
    meta["_top"] = top
    return meta


def _read_model(folder: Path) -> InstalledModel | None:
    try:
        meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict):
        return None
    return InstalledModel(
        name=folder.name, path=folder, from_code=str(meta.get("from_code", "")),
        to_code=str(meta.get("to_code", "")), version=str(meta.get("package_version", "")),
        code=str(meta.get("code") or folder.name),
    )


def list_models() -> list[InstalledModel]:
    """Installed packages (any pair), sorted by name."""
    root = packages_dir()
    if not root.is_dir():
        return []
    found = [_read_model(d) for d in sorted(root.iterdir()) if d.is_dir()]
    return [m for m in found if m is not None]


def _version_key(v: str) -> tuple[int, ...]:
    return tuple(int(x) if x.isdigit() else 0 for x in v.split("."))


def find_es_en() -> InstalledModel | None:
    """The newest installed, complete es→en package, if any."""
    ok = [m for m in list_models() if (m.from_code, m.to_code) == (FROM_CODE, TO_CODE)
          and (m.path / "model" / "model.bin").is_file()
          and (m.path / "sentencepiece.model").is_file()]
    return max(ok, key=lambda m: _version_key(m.version), default=None)


def install_model(path: str | Path) -> InstalledModel:
    """Validate and install an .argosmodel file through argostranslate's installer."""
    meta = validate_archive(path)
    target = packages_dir() / meta["_top"]
    package = argos_package_module()
    try:
        if target.exists():
            shutil.rmtree(target)  # reinstall / upgrade in place
        # install_from_path unpacks first, then imports argostranslate.translate
        # (which needs stanza) only to clear a language cache we do not use.
        with contextlib.suppress(ImportError):
            package.install_from_path(Path(path))
    except OSError as exc:  # disk full, permissions
        raise ModelError(f"{Path(path).name}: cannot install ({exc.strerror or exc})") from None
    model = _read_model(target)
    if model is None:
        raise ModelError(f"{Path(path).name}: installation failed (nothing unpacked)")
    return model


def remove_model(name: str) -> InstalledModel:
    """Remove an installed package by its folder name (as `models list` shows)."""
    for m in list_models():
        if name in (m.name, m.code):
            try:
                shutil.rmtree(m.path)
            except OSError as exc:
                raise ModelError(f"{m.name}: cannot remove ({exc.strerror or exc})") from None
            return m
    names = ", ".join(m.name for m in list_models()) or "none installed"
    raise ModelError(f"no installed model named {name!r} ({names})")
