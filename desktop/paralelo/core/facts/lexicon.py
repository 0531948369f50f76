"""Closed word lists that decide what a capitalised word is *not*.

Function words and sentence starters ("The", "Según"), adjectives of
nationality ("Venezuelan", "Western") and interface words are capitalised
without being names. These are facts of the languages, not user data, so they
live in code; names, titles and institutions live in resources/facts/.
"""

from __future__ import annotations

from paralelo.core.facts.text import fold

_ES = """
a al algo algunos algunas ambos ambas ante antes aquel aquella aquellos asi asimismo aun aunque
ayer bajo bien cada casi como con contra cual cuales cuando cuanto de del desde despues donde
dos durante e el ella ellas ello ellos en entonces entre era es esa esas ese eso esos esta estas
este esto estos fue fueron ha hace hacia han hasta hay hoy incluso la las le les lo los luego mas
manana me menos mi mientras mis mucho muchos muy nada ni ninguna ninguno no nos nosotros nuestra
nuestro nuestros nunca o otra otras otro otros para pero poco por porque pues que quien quienes
se segun ser si sido siempre sin sino sobre solo su sus tal tambien tampoco tan tanto tras tu
tus un una uno unos unas usted ustedes y ya yo finalmente ademas paralelamente sin embargo dicho
dicha todo toda todos todas otro mismo misma cuyo cuya estos aquellas adicionalmente igualmente
recientemente actualmente posteriormente previamente inicialmente estimado estimada querido
querida nota foto video fuente fuentes leer mas compartir comentarios inicio ver tambien
"""

_EN = """
a about above after again against all also although an and another any are as at be because
been before being below between both but by can could did do does doing down during each even
every few for from further had has have having he her here hers him his how however i if in into
is it its itself just many may me meanwhile might more most much must my neither no nor not now
of off on once only or other our ours out over own per perhaps same she should since so some
still such than that the their theirs them then there these they this those though through thus
to too under until up upon very was we were what whatever when where whether which while who
whom whose why will with within without would yet you your yours yes according following today
tomorrow yesterday mr mrs ms dear note photo video source sources read more share comments home
see also key new major several first second third last next top latest breaking live update
updates weather markets sign log login subscribe menu search skip exit reply loading showing
result results interesting support follow questions question answer expand collapse click
overall instead nearly almost despite amid across along
"""

_ADJ = """
american americans bolivian bolivians chinese mexican colombian peruvian argentine argentinian
brazilian chilean cuban venezuelan ecuadorian paraguayan uruguayan spanish british english french
german italian european latin western eastern northern southern south north east west israeli
iranian ukrainian russian canadian japanese indian korean arab african asian soviet catholic
christian muslim jewish democrat democrats democratic republican republicans communist socialist
marxist bolivarian andean amazonian hispanic latino latina indigenous pro anti inter
polish hungarian czech slovak austrian swiss dutch belgian swedish norwegian danish finnish
irish scottish welsh portuguese greek turkish egyptian moroccan syrian iraqi afghan pakistani
saudi palestinian lebanese australian nigerian kenyan vietnamese thai filipino indonesian
malaysian serbian croatian bosnian romanian bulgarian georgian armenian belarusian lithuanian
latvian estonian slovenian catholics christians muslims jews congressional parliamentary
presidential royal imperial gaelic celtic nordic baltic balkan slavic europeans americans
britanico britanica frances francesa aleman alemana italiano italiana espanol espanola
europeo europea catolico catolica
"""

#: Function words and sentence starters (folded): never part of a name's edge.
FUNCTION = frozenset(fold(w) for w in (_ES + _EN).split())
#: Capitalised words that never start or make a name (folded).
NOT_NAMES = FUNCTION | frozenset(fold(w) for w in _ADJ.split())

#: Lowercase words allowed inside a multi-word name ("Cámara de Comercio de ...").
CONNECTORS = frozenset({"de", "del", "la", "las", "los", "el", "y", "e", "para", "en", "of",
                        "the", "and", "for", "on", "in", "&"})
CONJUNCTIONS = frozenset({"y", "e", "and", "&"})

#: Tokens after which a capital letter says nothing (a sentence or a quote starts).
SENTENCE_START = frozenset({".", "!", "?", ":", ";", "•", "…", "(", '"', "'", "¿", "¡", "-",
                            "·", "*", "[", "|", ">", "«", "/"})

#: All-caps tokens that are not acronyms of organisations.
NOT_ACRONYMS = frozenset({"OK", "TV", "AM", "PM", "II", "III", "IV", "VI", "VII", "VIII", "IX",
                          "XI", "XII", "XX", "XXI", "CEO", "PDF", "URL", "FAQ", "EE", "UU",
                          "US", "USA", "UK", "EU", "UN", "AI", "IA", "ID", "DC", "NO", "SI",
                          "GMT", "UTC", "RSS", "HTML", "FOTO", "VIDEO", "EL", "LA", "LOS",
                          "LAS", "DE", "DEL", "EN", "THE", "OF", "AND", "UNA", "UNO",
                          "POR", "CON", "QUE", "IN", "ON", "TO", "FOR", "AT", "BY", "IS"})

#: Closing quotes and brackets: a sentence may have ended just before them.
CLOSERS = frozenset({'"', "'", ")", "]", "»", "\u201d", "\u2019"})
