"""`models download es en`: fetch a package from the Argos index, when a network exists.

This is the only code in Paralelo that touches the network, and only on this
explicit request. Short timeouts: with no network the user gets one clear line
within seconds, not argostranslate's silent retries.
"""

from __future__ import annotations

import json
import os
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

from paralelo.core.errors import UserError
from paralelo.translation.models import InstalledModel, argos_package_module, install_model

TIMEOUT = 5.0


def index_url() -> str:
    """Argos package index (ARGOS_PACKAGE_INDEX overrides argostranslate's default)."""
    base = os.environ.get("ARGOS_PACKAGE_INDEX")
    if not base:
        argos_package_module()
        from argostranslate import settings

        base = str(settings.package_index)
    return base if base.endswith(".json") else base.rstrip("/") + "/index.json"


def _fetch(url: str, timeout: float) -> bytes:
    req = urllib.request.Request(url, headers={"User-Agent": "Paralelo"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        data: bytes = resp.read()
        return data


def download_model(from_code: str, to_code: str, timeout: float = TIMEOUT) -> InstalledModel:
    """Download and install the index's ``from_code``→``to_code`` package."""
    url = index_url()
    if not url.startswith(("http://", "https://")):
        raise UserError(f"model index must be an http(s) URL, not {url}")
    try:
        index = json.loads(_fetch(url, timeout))
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise UserError(f"cannot reach the Argos model index ({reason}); no network? "
                        "Install a downloaded file with `paralelo models install "
                        "FILE.argosmodel`") from None
    except ValueError:
        raise UserError(f"the Argos model index at {url} is not valid JSON") from None
    pkgs = [p for p in index if isinstance(p, dict) and p.get("from_code") == from_code
            and p.get("to_code") == to_code and p.get("links")] if isinstance(index, list) else []
    if not pkgs:
        raise UserError(f"the Argos model index has no {from_code}→{to_code} package")
    links = [str(x) for x in pkgs[0]["links"] if str(x).startswith(("http://", "https://"))]
    last = "no http(s) link"
    with tempfile.TemporaryDirectory(prefix="paralelo-dl-") as tmp:
        dest = Path(tmp) / f"translate-{from_code}_{to_code}.argosmodel"
        for link in links:
            try:
                dest.write_bytes(_fetch(link, max(timeout, 60.0)))
                return install_model(dest)
            except (urllib.error.URLError, TimeoutError, OSError) as exc:
                last = str(getattr(exc, "reason", exc))
    raise UserError(f"could not download the {from_code}→{to_code} model ({last})")
