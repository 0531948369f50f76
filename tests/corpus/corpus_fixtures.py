"""Small parallel corpora for the corpus tests, from a handful of sentences written here.

(A uniquely named module, imported by tests/corpus/conftest.py and the tests.)
Each pair takes a different window of the paragraph list below, so every file
has its own content hash; every third pair drops one English paragraph, so
scores differ and there is something for review to pick.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
TMX_DTD = REPO.parent / "shared" / "formats" / "tmx14.dtd"

PARAGRAPHS = [
    ("El Gobierno aprobó el martes un presupuesto de 4.500 millones de euros para 2027.",
     "On Tuesday the Government approved a budget of 4,500 million euros for 2027."),
    ("La ministra de Hacienda dijo que el déficit bajará al 2,5 % del PIB.",
     "The finance minister said the deficit will fall to 2.5% of GDP."),
    ("Los sindicatos convocaron una huelga general para el 14 de noviembre.",
     "The unions called a general strike for 14 November."),
    ("En Madrid, más de 20.000 personas marcharon por el centro de la ciudad.",
     "In Madrid, more than 20,000 people marched through the city centre."),
    ("El precio de la vivienda subió un 7 % en el último año, según el INE.",
     "House prices rose by 7% over the last year, according to the INE."),
    ("La oposición pidió la comparecencia del presidente en el Congreso.",
     "The opposition asked the prime minister to appear before Congress."),
    ("El Banco Central Europeo mantuvo los tipos de interés en el 3,75 %.",
     "The European Central Bank kept interest rates at 3.75%."),
    ("Las exportaciones a Alemania crecieron un 12 % hasta los 38.000 millones.",
     "Exports to Germany grew by 12% to 38,000 million."),
    ("El turismo batió un récord con 94 millones de visitantes extranjeros.",
     "Tourism broke a record with 94 million foreign visitors."),
    ("La sequía obligó a restringir el riego en Andalucía y Murcia.",
     "The drought forced irrigation restrictions in Andalusia and Murcia."),
    ("El Real Madrid ganó la Liga por trigésimo sexta vez en su historia.",
     "Real Madrid won the league for the thirty-sixth time in its history."),
    ("Un tren de alta velocidad unirá Lisboa y Madrid en tres horas desde 2030.",
     "A high-speed train will link Lisbon and Madrid in three hours from 2030."),
]


def write_pairs(folder: Path, n: int) -> list[str]:
    """``n`` pairs ``pNN.es.txt``/``pNN.en.txt`` in ``folder``; returns the ids."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    size = len(PARAGRAPHS)
    for k in range(n):
        pid = f"p{k:02d}"
        window = [PARAGRAPHS[(k + i) % size] for i in range(5 + k % 4)]
        es = [s for s, _ in window]
        en = [e for _, e in window]
        if k % 3 == 2:
            del en[1]  # a paragraph missing in the translation
        (folder / f"{pid}.es.txt").write_text("\n\n".join(es) + "\n", encoding="utf-8")
        (folder / f"{pid}.en.txt").write_text("\n\n".join(en) + "\n", encoding="utf-8")
        ids.append(pid)
    return ids


class FakeEngine:
    """An engine that upper-cases each unit and records its calls."""

    name, model, version = "fake", "m", "1"
    unit = "paragraph"
    protect_names = False
    verify_names = False
    batch_size = 8

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.threads = 0

    def describe(self) -> str:
        return "fake"

    def translate_units(self, units: list[str], cancel: Any = None) -> list[str]:
        self.calls.append(list(units))
        return [u.upper() for u in units]
