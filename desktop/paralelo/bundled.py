"""Translation packages bundled into the packaged app at build time.

``make package MODELS=translate-es_en.argosmodel`` copies the package into the
app (``_internal/models/``). On start the app installs each bundled package
once into the user's data folder through the normal model manager, so it
translates offline from the first launch while its own folder stays
read-only. A small record in the data folder remembers what was installed, so
a model the user later removes is not forced back on every start.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from paralelo.resources import bundle_dir

#: Overrides the bundled-models folder (tests, distributors shipping models apart).
ENV_VAR = "PARALELO_BUNDLED_MODELS"
RECORD = "bundled-models.json"


def bundled_models_dir() -> Path | None:
    """Folder holding bundled ``.argosmodel`` files, or None when there is none."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    base = bundle_dir()
    return base / "models" if base is not None else None


def bundled_models() -> list[Path]:
    d = bundled_models_dir()
    if d is None or not d.is_dir():
        return []
    try:
        return sorted(p for p in d.iterdir() if p.suffix == ".argosmodel" and p.is_file())
    except OSError:
        return []


def record_path() -> Path:
    from paralelo.paths import user_data_dir

    return user_data_dir() / RECORD


def _key(path: Path) -> str:
    return f"{path.name}:{path.stat().st_size}"


def _load_record() -> list[str]:
    try:
        data = json.loads(record_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [str(x) for x in data] if isinstance(data, list) else []


def _save_record(keys: list[str]) -> None:
    rec = record_path()
    rec.parent.mkdir(parents=True, exist_ok=True)
    tmp = rec.with_suffix(".tmp")
    tmp.write_text(json.dumps(keys, indent=1), encoding="utf-8")
    os.replace(tmp, rec)


def _install(path: Path) -> None:
    """Install one package through paralelo.translation's model manager."""
    from paralelo.translation.models import install_model

    install_model(path)


def install_bundled_models(report: Callable[[str], None] | None = None,
                           installer: Callable[[Path], None] | None = None) -> list[Path]:
    """Install bundled packages not installed before; returns those installed now.

    Never raises: a failure is reported in one line and the app starts anyway
    (with Apertium or no engine), since a broken bundle must not lock users out.
    """
    pending = bundled_models()
    if not pending:
        return []
    done = _load_record()
    installed: list[Path] = []
    for path in pending:
        try:
            key = _key(path)
        except OSError:
            continue
        if key in done:
            continue
        try:
            (installer or _install)(path)
        except Exception as exc:  # report and start without the model
            if report is not None:
                report(f"paralelo: bundled model {path.name} not installed: {exc}")
            continue
        done.append(key)
        installed.append(path)
    if installed:
        try:
            _save_record(done)
        except OSError as exc:  # installed anyway; we may simply install again next start
            if report is not None:
                report(f"paralelo: could not record bundled models in {record_path()}: {exc}")
        if report is not None:
            report("paralelo: installed bundled model(s): "
                   + ", ".join(p.name for p in installed))
    return installed
