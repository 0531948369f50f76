"""Recognise web boilerplate lines (share buttons, comment widgets, nav bars).

Only whole lines are judged, and only short ones: a real paragraph of news
text is never flagged, so flagging cannot hide content from alignment. Flagged
paragraphs are kept in the document (the user still sees them), just marked.
"""

from __future__ import annotations

import re


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


_EXACT_EN = """share | share this | share this article | share this story | share on facebook |
share on twitter | share on x | share via email | tweet | email | print | print this page |
leave a reply | leave a comment | cancel reply | reply | exit mobile version | comments |
comment | 0 comments | no comments | no comments yet | be the first to comment |
only logged-in users can comment | loading | read more | continue reading | advertisement |
sponsored | sponsored content | skip to content | skip to main content | menu | main menu |
search | home | subscribe | subscribe now | sign up | sign in | log in | login | register |
log out | follow us | related | related articles | related posts | related stories |
you may also like | you might also like | recommended | recommended for you | most read |
most popular | trending | trending now | back to top | previous article | next article |
previous post | next post | privacy policy | terms of use | terms of service | cookie policy |
cookie settings | accept | accept all | accept cookies | all rights reserved | tags |
latest news | top stories | newsletter | sign up for our newsletter | click here |
view comments | show comments | hide comments | load more | see more | show more | expand |
collapse | close | open menu | toggle navigation | report an error | contact us | about us"""

_EXACT_ES = """compartir | comparte | compartir en facebook | compartir en twitter | comentarios |
comentar | deja un comentario | deja una respuesta | dejar un comentario | leer más | lee más |
seguir leyendo | sigue leyendo | ver más | mostrar más | cargar más | publicidad |
contenido patrocinado | suscríbete | suscribirse | suscríbete al boletín | síguenos |
cargando | iniciar sesión | cerrar sesión | regístrate | registrarse | buscar | inicio | menú |
todos los derechos reservados | política de privacidad | política de cookies | aviso legal |
aceptar | aceptar todas | aceptar cookies | te puede interesar | también te puede interesar |
lee también | lea también | noticias relacionadas | artículos relacionados | lo más leído |
más leídas | lo último | últimas noticias | volver arriba | ir al contenido |
salir de la versión móvil | versión móvil | imprimir | enviar por correo | etiquetas |
solo los usuarios registrados pueden comentar | sé el primero en comentar"""


def _phrases(block: str) -> frozenset[str]:
    return frozenset(p.strip() for p in block.replace("\n", " ").split("|") if p.strip())


EXACT = _phrases(_EXACT_EN) | _phrases(_EXACT_ES)

_SOCIAL = _words("""facebook twitter x linkedin whatsapp telegram email e-mail correo reddit
pinterest instagram youtube tiktok messenger print imprimir copy copiar link enlace share
compartir""")

#: Patterns for the start of a line (tried with one anchored match).
_LEADING = re.compile("|".join(f"(?:{p})" for p in (
    r"(interesting|support|helpful|likes?|votes?|me gusta)\s*:\s*\d+(/\d+)?\b",
    r"(showing|displaying) (\d+|all) (of \d+ )?results?\b",
    r"mostrando (\d+|todos) (de \d+ )?resultados?\b",
    r"(page|página) \d+ (of|de) \d+$",
    r"(©|\(c\)|copyright\b)",
    r"(follow us|síguenos|siguenos|find us)\b",
    r"(subscribe|sign up|suscr[ií]bete|reg[ií]strate)\b.{0,120}\b(newsletter|boletín|email|"
    r"correo|updates|noticias|free|gratis)\b",
    r"(weather|tiempo)\s+live markets$",
    r"(last updated|updated|actualizado|published|publicado)\s*(:|on|el)?\s*\d{1,2}[\s/.:-]",
    r"(reading time|tiempo de lectura)\s*:?\s*\d+\s*(min|minutes|minutos)\b",
    r"\d+\s*(min|minutes|minutos)\s+(read|de lectura)$",
    r"(image|photo|foto|imagen)\s*:\s*(getty|reuters|ap|afp|efe|shutterstock)\b",
)), re.IGNORECASE)

#: Patterns anywhere in a line, each tried only if its cheap key substring is present.
_ANYWHERE: list[tuple[str, re.Pattern[str]]] = [
    (" to ", re.compile(r"\b(log|sign) ?in to (vote|comment|reply|like)\b", re.I)),
    ("cookie", re.compile(r"\bcookies?\b.*\b(we use|use of|utiliza|usamos|accept|acepta|"
                          r"consent|consentimiento|policy|política|settings|configuración)\b",
                          re.I)),
    ("cookie", re.compile(r"\b(we use|utilizamos|usamos)\b.*\bcookies?\b", re.I)),
]

_LOCALES = re.compile(r"^(?:[a-z]{2,3}-[A-Z]{2}\d*\s*){2,}$")
_NAV_SEP = re.compile(r"\s{2,}|\s+[|•·]\s+")
_END_PUNCT = re.compile(r"[.!?…:;,]$")


def _normal(line: str) -> str:
    return " ".join(line.strip().lstrip("•·*-–—▪►").split())


def is_boilerplate_line(line: str) -> bool:
    """True if this (single, stripped) line is web chrome rather than content."""
    raw = line.strip()
    if not raw or len(raw) > 400:
        return False
    norm = _normal(raw)
    low = norm.lower().rstrip(".!:…").rstrip(".").strip()
    if low in EXACT or norm.lower() in EXACT:
        return True
    if low.startswith(("loading", "cargando")) and len(low) <= 12:
        return True
    if _LOCALES.match(norm):
        return True
    if len(norm) <= 200 and _LEADING.match(norm):  # chrome lines are short
        return True
    lowered = norm.lower()
    if any(key in lowered and pat.search(norm) for key, pat in _ANYWHERE):
        return True
    words = low.replace(",", " ").split()
    if 2 <= len(words) <= 8 and all(w in _SOCIAL for w in words):
        return True
    if len(norm) > 100:
        return False
    # Nav bars: 2-6 short items separated by wide gaps or bars, no sentence punctuation.
    items = [i for i in _NAV_SEP.split(raw.strip()) if i]
    return (2 <= len(items) <= 6 and all(len(i.split()) <= 3 and i[0].isalpha() for i in items)
            and len(raw.split()) <= 10 and not _END_PUNCT.search(raw)
            and bool(_NAV_SEP.search(raw)))
