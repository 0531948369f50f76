"""Parallel-mode alignment: splits, merges, drops, insertions, anchors, boilerplate."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from paralelo.core.align import align_documents, align_parallel
from paralelo.core.importers import document_from_text
from paralelo.core.links import Link

PAIRS = [
    ("El gobierno de Bolivia anunció el lunes un nuevo plan económico. El ministro dijo que "
     "la inflación bajará al 3,1 por ciento en 2026.",
     "The Bolivian government announced a new economic plan on Monday. The minister said "
     "inflation would fall to 3.1 percent in 2026."),
    ("La policía detuvo a cinco personas tras el robo de un banco en La Paz. Los detenidos "
     "serán juzgados la próxima semana.",
     "Police arrested five people after a bank robbery in La Paz. The detainees will be "
     "tried next week."),
    ("Las exportaciones de litio crecieron un 40 por ciento el año pasado. China y Estados "
     "Unidos son los principales compradores.",
     "Lithium exports grew by 40 percent last year. China and the United States are the "
     "main buyers."),
    ("El presidente Rodrigo Paz viajó a Washington para reunirse con empresarios. En la "
     "reunión se habló de inversiones en energía renovable.",
     "President Rodrigo Paz travelled to Washington to meet business leaders. The meeting "
     "discussed investment in renewable energy."),
    ("Miles de estudiantes protestaron en las calles contra la reforma educativa. La "
     "universidad cerró sus puertas durante dos días.",
     "Thousands of students protested in the streets against the education reform. The "
     "university closed its doors for two days."),
    ("El Banco Central mantuvo la tasa de interés en el 5 por ciento. Los mercados "
     "reaccionaron con calma a la decisión.",
     "The Central Bank kept the interest rate at 5 percent. Markets reacted calmly to the "
     "decision."),
    ("Una fuerte tormenta dejó sin electricidad a 20.000 hogares en Santa Cruz. Las "
     "autoridades esperan restablecer el servicio el viernes.",
     "A strong storm left 20,000 homes in Santa Cruz without electricity. Authorities "
     "expect to restore service on Friday."),
    ("El equipo nacional de fútbol ganó su partido por dos goles a cero. El entrenador "
     "elogió el trabajo de los jugadores jóvenes.",
     "The national football team won its match two goals to nil. The coach praised the "
     "work of the young players."),
]

FOREIGN_EN = ("Scientists in Norway discovered a new species of deep-sea fish near the Arctic "
              "circle, according to a study published in Nature.")
FOREIGN_ES = ("Científicos de Noruega descubrieron una nueva especie de pez de aguas profundas "
              "cerca del círculo polar ártico, según un estudio publicado en Nature.")


def sentences(text: str) -> list[str]:
    first, rest = text.split(". ", 1)
    return [first + ".", rest]

ES = [es for es, _ in PAIRS]
EN = [en for _, en in PAIRS]


def groups(es: list[str], en: list[str]) -> list[tuple[list[int], list[int]]]:
    return [(a, b) for a, b, _, _ in align_parallel(es, en)]


def test_one_to_one() -> None:
    assert groups(ES, EN) == [([i], [i]) for i in range(len(PAIRS))]


def test_split_on_english_side_is_one_to_two() -> None:
    en = EN[:3] + sentences(EN[3]) + EN[4:]
    got = groups(ES, en)
    assert ([3], [3, 4]) in got
    assert ([4], [5]) in got and ([0], [0]) in got


def test_merge_on_english_side_is_two_to_one() -> None:
    en = [*EN[:2], EN[2] + " " + EN[3], *EN[4:]]
    got = groups(ES, en)
    assert ([2, 3], [2]) in got
    assert ([4], [3]) in got


def test_two_to_two() -> None:
    # sentence boundaries shifted: es = (A1 A2 B1)(B2), en = (A1)(A2 B1 B2)
    a, b = sentences(ES[5]), sentences(ES[6])
    c, d = sentences(EN[5]), sentences(EN[6])
    es = [*ES[:5], " ".join([*a, b[0]]), b[1], *ES[7:]]
    en = [*EN[:5], c[0], " ".join([c[1], *d]), *EN[7:]]
    assert ([5, 6], [5, 6]) in groups(es, en)


def test_dropped_paragraph_is_left_unmatched() -> None:
    en = EN[:4] + EN[5:]
    got = groups(ES, en)
    assert ([4], []) in got
    assert ([5], [4]) in got and ([3], [3]) in got


def test_inserted_foreign_paragraph_is_left_unmatched() -> None:
    en = [*EN[:2], FOREIGN_EN, *EN[2:]]
    got = groups(ES, en)
    assert ([], [2]) in got
    assert ([2], [3]) in got and ([1], [1]) in got


def test_scores_and_evidence() -> None:
    out = align_parallel(ES, EN)
    for _es, _en, score, ev in out:
        assert 0.0 <= score <= 1.0
        assert ev["similarity"] > 0.1
        assert ev["sentences"] == [[[0], [0]], [[1], [1]]]
    anchors = out[0][3]["anchors"]
    assert "3,1" in anchors and "2026" in anchors


def test_machine_translation_is_used_when_given() -> None:
    # With the English text itself as "MT", similarity is perfect even for reordered words.
    out = align_parallel(ES, EN, es_mt=EN)
    assert [(a, b) for a, b, _, _ in out] == [([i], [i]) for i in range(len(PAIRS))]
    assert all(ev["mt_similarity"] > 0.95 for _, _, _, ev in out)


def test_empty_sides() -> None:
    assert groups([], []) == []
    assert groups(ES[:2], []) == [([0], []), ([1], [])]
    assert groups([], EN[:1]) == [([], [0])]


def _doc(paras: list[str], lang: str, doc_id: str):  # type: ignore[no-untyped-def]
    doc = document_from_text("\n\n".join(paras) + "\n", lang=lang)
    doc.id = doc_id
    return doc


def test_anchors_are_kept_and_split_the_alignment() -> None:
    es, en = _doc(ES, "es", "es"), _doc(EN, "en", "en1")
    # A (wrong on purpose) user link es 2 <-> en 4: kept as is, nothing crosses it.
    anchor = Link(es=(2,), en=(("en1", 4),), score=1.0, kind="manual", mode="manual")
    res = align_documents(es, [en], mode="parallel", anchors=[anchor])
    assert anchor in res.links
    for link in res.links:
        if link is anchor:
            continue
        assert 2 not in link.es and ("en1", 4) not in link.en
        before_es = all(i < 2 for i in link.es)
        before_en = all(j < 4 for _, j in link.en)
        if link.es and link.en:
            assert before_es == before_en
    assert any(link.es == (0,) and link.en == (("en1", 0),) for link in res.links)
    assert any(link.es == (6,) and link.en == (("en1", 6),) for link in res.links)


def test_boilerplate_is_never_linked() -> None:
    es, en = _doc(ES, "es", "es"), _doc(EN, "en", "en1")
    es.paragraphs[1] = dataclasses.replace(es.paragraphs[1], boilerplate=True)
    en.paragraphs[5] = dataclasses.replace(en.paragraphs[5], boilerplate=True)
    for mode in ("parallel", "comparable", "auto"):
        res = align_documents(es, [en], mode=mode)
        assert all(1 not in link.es for link in res.links), mode
        assert all(("en1", 5) not in link.en for link in res.links), mode


def test_parallel_links_shape() -> None:
    es, en = _doc(ES, "es", "es"), _doc(EN[:3] + EN[4:], "en", "en1")
    res = align_documents(es, [en], mode="auto")
    assert res.modes == {"en1": "parallel"}
    kinds = sorted(link.kind for link in res.links)
    assert kinds.count("1-1") == 7 and kinds.count("1-0") == 1
    lone = next(link for link in res.links if link.kind == "1-0")
    assert lone.es == (3,) and lone.en == () and lone.evidence["doc"] == "en1"
    assert all(link.mode == "parallel" for link in res.links)


def test_unknown_mode_is_a_user_error() -> None:
    from paralelo.core.errors import UserError

    with pytest.raises(UserError):
        align_documents(_doc(ES, "es", "es"), [_doc(EN, "en", "en1")], mode="diagonal")


ops = st.lists(st.sampled_from(["keep", "split", "merge", "drop_es", "drop_en", "insert"]),
               min_size=1, max_size=len(PAIRS))


@settings(max_examples=40, deadline=None)
@given(ops)
def test_groups_are_monotonic_and_cover_everything_once(plan: list[str]) -> None:
    es: list[str] = []
    en: list[str] = []
    k = 0
    for op in plan:
        if k >= len(PAIRS):
            break
        a, b = PAIRS[k]
        if op == "split":
            es.append(a)
            en += sentences(b)
        elif op == "merge" and k + 1 < len(PAIRS):
            es += [a, PAIRS[k + 1][0]]
            en.append(b + " " + PAIRS[k + 1][1])
            k += 1
        elif op == "drop_es":
            en.append(b)
        elif op == "drop_en":
            es.append(a)
        elif op == "insert":
            en += [FOREIGN_EN, b]
            es.append(a)
        else:
            es.append(a)
            en.append(b)
        k += 1
    out = align_parallel(es, en)
    seen_es = [i for g in out for i in g[0]]
    seen_en = [j for g in out for j in g[1]]
    assert seen_es == list(range(len(es)))
    assert seen_en == list(range(len(en)))
    for ga, gb, score, _ in out:
        assert 1 <= len(ga) + len(gb) <= 4 and len(ga) <= 2 and len(gb) <= 2
        assert ga == list(range(ga[0], ga[0] + len(ga))) if ga else True
        assert gb == list(range(gb[0], gb[0] + len(gb))) if gb else True
        assert 0.0 <= score <= 1.0
