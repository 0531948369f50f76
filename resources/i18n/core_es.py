"""Spanish wording of the core's messages (context "core"; see core_strings.py).

Placeholders in braces must be kept exactly (a test checks it).
"""

CORE_ES = {
    "at least one English document is needed (--en FILE)":
        "hace falta al menos un documento en inglés (--en ARCHIVO)",
    "unknown mode {mode} (use auto, parallel or comparable)":
        "modo desconocido {mode} (usa auto, parallel o comparable)",
    "Facts compared": "Datos comparados",
    "Comparing facts": "Comparando datos",
    "{json}: --json and --session name the same file":
        "{json}: --json y --session indican el mismo archivo",
    "{session}: already exists (use --force to replace it)":
        "{session}: ya existe (usa --force para reemplazarlo)",
    "{out}: {opt} would overwrite an input document":
        "{out}: {opt} sobrescribiría un documento de entrada",
    "give either --seed or --es/--en, not both": "indica --seed o --es/--en, no ambos",
    "give --es FILE and at least one --en FILE (or --seed)":
        "indica --es ARCHIVO y al menos un --en ARCHIVO (o --seed)",
    "unknown status {status} (use {value})": "estado desconocido {status} (usa {value})",
    "{out}: refusing to overwrite the input file":
        "{out}: no se sobrescribe el archivo de entrada",
    "unknown models action {cmd}": "acción de modelos desconocida {cmd}",
    "unknown alignment mode {mode} (use auto, parallel or comparable)":
        "modo de alineación desconocido {mode} (usa auto, parallel o comparable)",
    "Aligned": "Alineado",
    "Comparing paragraphs": "Comparando párrafos",
    "Aligning paragraphs": "Alineando párrafos",
    "{target}: is a folder; give a file name to write to":
        "{target}: es una carpeta; indica un nombre de archivo",
    "{folder}: no such folder": "{folder}: la carpeta no existe",
    "{folder}: cannot write here ({value})": "{folder}: no se puede escribir aquí ({value})",
    "{target}: cannot write ({value})": "{target}: no se puede escribir ({value})",
    "{name}: looks like a binary file, not text (NUL or control bytes)":
        "{name}: parece un archivo binario, no texto (bytes nulos o de control)",
    "{name}: looks like a binary file, not text (control characters)":
        "{name}: parece un archivo binario, no texto (caracteres de control)",
    "{name}: cannot decode: not UTF-8, UTF-16 or Windows-1252 (byte 0x{value} at offset {start})":
        "{name}: no se puede descodificar: no es UTF-8, UTF-16 ni Windows-1252 (byte 0x{value} "
        "en la posición {start})",
    "{name}: cannot decode: starts with a {enc} byte-order mark but byte {start} is invalid {enc2}":
        "{name}: no se puede descodificar: empieza con una marca de orden de bytes {enc}, pero "
        "el byte {start} no es {enc2} válido",
    "{name}: not a valid .docx file ({reason})": "{name}: no es un archivo .docx válido ({reason})",
    "{name}: the PDF has no text layer (scanned images are not supported: no OCR)":
        "{name}: el PDF no tiene capa de texto (las imágenes escaneadas no se admiten: sin OCR)",
    "{name}: not a valid PDF file ({reason})": "{name}: no es un archivo PDF válido ({reason})",
    "{name}: the PDF is password-protected": "{name}: el PDF está protegido con contraseña",
    "{shown_path}: unsupported format (a ZIP archive that is not a .docx)":
        "{shown_path}: formato no admitido (un archivo ZIP que no es un .docx)",
    "unknown language {lang} (use one of: {value})":
        "idioma desconocido {lang} (usa uno de: {value})",
    "{name}: there is no text to import (it is empty)":
        "{name}: no hay texto que importar (está vacío)",
    "{shown}: contains no text": "{shown}: no contiene texto",
    "{shown}: no such file": "{shown}: el archivo no existe",
    "{shown}: is a directory, not a document": "{shown}: es una carpeta, no un documento",
    "{shown}: not a regular file": "{shown}: no es un archivo normal",
    "{shown}: too large ({value} MB; the limit is {value2} MB)":
        "{shown}: demasiado grande ({value} MB; el límite es {value2} MB)",
    "{shown}: the file is empty": "{shown}: el archivo está vacío",
    "{shown}: cannot read ({value})": "{shown}: no se puede leer ({value})",
    "{shown}: not a valid file name": "{shown}: no es un nombre de archivo válido",
    "invalid alignment data: {msg}": "datos de alineación no válidos: {msg}",
    "{p}: is a folder, not an alignment JSON file":
        "{p}: es una carpeta, no un archivo JSON de alineación",
    "alignment format {fmt} is newer than this Paralelo understands":
        "el formato de alineación {fmt} es más nuevo de lo que entiende esta versión de Paralelo",
    "{p}: no such file": "{p}: el archivo no existe",
    "{p}: cannot read ({value})": "{p}: no se puede leer ({value})",
    "{name}: given as the Spanish document, but its text looks English":
        "{name}: se ha indicado como documento en español, pero su texto parece inglés",
    "{name}: given as an English document, but its text looks Spanish":
        "{name}: se ha indicado como documento en inglés, pero su texto parece español",
    "{name}: the same text is given as the Spanish and as an English document":
        "{name}: el mismo texto figura como documento en español y en inglés",
    "{name}: the same English text is given twice":
        "{name}: el mismo texto en inglés figura dos veces",
    "unknown export format {fmt} (use {value})":
        "formato de exportación desconocido {fmt} (usa {value})",
    "unknown segment type {segtype} (use paragraph or sentence)":
        "tipo de segmento desconocido {segtype} (usa paragraph o sentence)",
    "{out}: cannot tell the format from the extension; use --format ({value})":
        "{out}: la extensión no indica el formato; usa --format ({value})",
    "unknown status filter {status} (use {value})":
        "filtro de estado desconocido {status} (usa {value})",
    "Rows written": "Filas escritas",
    "Writing rows": "Escribiendo filas",
    "Report written": "Informe escrito",
    "Writing report": "Escribiendo el informe",
    "{p}: is a folder, not a session or alignment file":
        "{p}: es una carpeta, no una sesión ni un archivo de alineación",
    "{path}: this build cannot read session files":
        "{path}: esta compilación no puede leer archivos de sesión",
    "TMX written": "TMX escrito",
    "Writing TMX": "Escribiendo TMX",
    "Workbook written": "Libro escrito",
    "Writing review sheet": "Escribiendo la hoja de revisión",
    "{path}: the file is empty (0 bytes), not a Paralelo session":
        "{path}: el archivo está vacío (0 bytes), no es una sesión de Paralelo",
    "{path}: not a Paralelo session (not an SQLite database)":
        "{path}: no es una sesión de Paralelo (no es una base de datos SQLite)",
    "{path}: the session file is truncated ({len} bytes)":
        "{path}: el archivo de sesión está truncado ({len} bytes)",
    "{path}: the session file is damaged (bad page size)":
        "{path}: el archivo de sesión está dañado (tamaño de página incorrecto)",
    "{path}: the session file is truncated ({actual} of {expected} bytes); it may have been "
    "copied incompletely":
        "{path}: el archivo de sesión está truncado ({actual} de {expected} bytes); puede que "
        "se copiara de forma incompleta",
    "{path}: the session file is damaged (its size is not a whole number of pages)":
        "{path}: el archivo de sesión está dañado (su tamaño no es un número entero de páginas)",
    "{path}: an SQLite database, but not a Paralelo session":
        "{path}: es una base de datos SQLite, pero no una sesión de Paralelo",
    "{path}: made by a newer Paralelo (session format {version}; this version reads up to "
    "{max_version}); update Paralelo to open it":
        "{path}: creado por un Paralelo más reciente (formato de sesión {version}; esta versión "
        "lee hasta el {max_version}); actualiza Paralelo para abrirlo",
    "{path}: the session was never fully created":
        "{path}: la sesión nunca llegó a crearse del todo",
    "{path}: no such session file": "{path}: el archivo de sesión no existe",
    "{path}: permission denied": "{path}: permiso denegado",
    "{path}: cannot read ({value})": "{path}: no se puede leer ({value})",
    "{path}: cannot be opened as a database ({exc})":
        "{path}: no se puede abrir como base de datos ({exc})",
    "{path}: the session file is damaged ({exc})":
        "{path}: el archivo de sesión está dañado ({exc})",
    "{path}: the session file is damaged ({value})":
        "{path}: el archivo de sesión está dañado ({value})",
    "cannot use write-ahead logging for this session file (journal mode {mode}); is it on a "
    "network drive?":
        "no se puede usar el registro de escritura anticipada con este archivo de sesión "
        "(modo de diario {mode}); ¿está en una unidad de red?",
    "{path}: cannot create the session ({value})": "{path}: no se puede crear la sesión ({value})",
    "{path}: could not lock the session for editing":
        "{path}: no se pudo bloquear la sesión para editarla",
    "{path}: already open for editing in another Paralelo window{who}; close it there, or "
    "open this session read-only":
        "{path}: ya está abierta para edición en otra ventana de Paralelo{who}; ciérrala allí "
        "o abre esta sesión en modo de solo lectura",
    "{path}: cannot edit here ({value}); open the session read-only, or save a copy somewhere "
    "writable":
        "{path}: no se puede editar aquí ({value}); abre la sesión en modo de solo lectura o "
        "guarda una copia en un lugar con permiso de escritura",
    "link {value} does not exist (any more)": "el enlace {value} no existe (ya)",
    "cannot {value} this step: the session no longer matches it ({exc})":
        "no se puede {value} este paso: la sesión ya no coincide con él ({exc})",
    "link {link_id} does not exist (any more)": "el enlace {link_id} no existe (ya)",
    "invalid alignment data ({name}: {exc})": "datos de alineación no válidos ({name}: {exc})",
    "invalid alignment data: link {value} refers to Spanish paragraph {i}, which does not exist":
        "datos de alineación no válidos: el enlace {value} remite al párrafo español {i}, que "
        "no existe",
    "invalid alignment data: link {value} refers to English paragraph {p} of {d}, which does "
    "not exist":
        "datos de alineación no válidos: el enlace {value} remite al párrafo inglés {p} de {d}, "
        "que no existe",
    "{path}: already exists": "{path}: ya existe",
    "{path}: the session is closed": "{path}: la sesión está cerrada",
    "{path}: opened read-only; open it for editing to make changes":
        "{path}: abierta en modo de solo lectura; ábrela para edición para hacer cambios",
    "{path}: cannot create the folder ({value})": "{path}: no se puede crear la carpeta ({value})",
    "{path}: cannot open for editing ({exc})": "{path}: no se puede abrir para edición ({exc})",
    "{path}: the session already holds an alignment; use replace_auto_links to re-align":
        "{path}: la sesión ya contiene una alineación; usa replace_auto_links para realinear",
    "select at least one Spanish and one English paragraph to link":
        "selecciona al menos un párrafo en español y uno en inglés para enlazarlos",
    "select two or more links to merge": "selecciona dos o más enlaces para unirlos",
    "the paragraph is already in that link": "el párrafo ya está en ese enlace",
    "a split needs two or more non-empty parts":
        "para dividir hacen falta dos o más partes no vacías",
    "the parts must share out exactly the paragraphs of link {link_id}":
        "las partes deben repartirse exactamente los párrafos del enlace {link_id}",
    "link {from_link} does not hold that paragraph":
        "el enlace {from_link} no contiene ese párrafo",
    "there is no Spanish paragraph {i}": "no existe el párrafo español {i}",
    "there is no English paragraph {p} in {d}": "no existe el párrafo inglés {p} en {d}",
    "{path}: the edit conflicts with the session ({exc})":
        "{path}: el cambio entra en conflicto con la sesión ({exc})",
    "{path}: the session is busy in another process":
        "{path}: la sesión está ocupada en otro proceso",
    "{path}: cannot write ({msg})": "{path}: no se puede escribir ({msg})",
    "could not download the {from_code}→{to_code} model ({last})":
        "no se pudo descargar el modelo {from_code}→{to_code} ({last})",
    "model index must be an http(s) URL, not {url}":
        "el índice de modelos debe ser una URL http(s), no {url}",
    "the Argos model index has no {from_code}→{to_code} package":
        "el índice de modelos de Argos no tiene un paquete {from_code}→{to_code}",
    "cannot reach the Argos model index ({reason}); no network? Install a downloaded file "
    "with `paralelo models install FILE.argosmodel`":
        "no se puede acceder al índice de modelos de Argos ({reason}); ¿no hay red? Instala un "
        "archivo descargado con `paralelo models install ARCHIVO.argosmodel`",
    "the Argos model index at {url} is not valid JSON":
        "el índice de modelos de Argos en {url} no es JSON válido",
    "unknown engine {name} (choose from {value})": "motor desconocido {name} (elige entre {value})",
    "no Argos es→en model is installed (try `paralelo models install FILE.argosmodel` or "
    "`paralelo models download es en`)":
        "no hay ningún modelo es→en de Argos instalado (prueba `paralelo models install "
        "ARCHIVO.argosmodel` o `paralelo models download es en`)",
    "Apertium is not available: install the `apertium` and `apertium-eng-spa` packages "
    "(mode spa-eng_US)":
        "Apertium no está disponible: instala los paquetes `apertium` y `apertium-eng-spa` "
        "(modo spa-eng_US)",
    "no installed model named {name} ({names})":
        "no hay ningún modelo instalado llamado {name} ({names})",
    "{name}: not an Argos model (not a zip archive)":
        "{name}: no es un modelo de Argos (no es un archivo zip)",
    "{name}: metadata.json must be an object": "{name}: metadata.json debe ser un objeto",
    "{name}: this package translates {value}→{value2}; Paralelo needs {FROM_CODE}→{TO_CODE}":
        "{name}: este paquete traduce {value}→{value2}; Paralelo necesita {FROM_CODE}→{TO_CODE}",
    "{name}: installation failed (nothing unpacked)":
        "{name}: la instalación ha fallado (no se ha descomprimido nada)",
    "{name}: corrupt archive ({exc})": "{name}: archivo dañado ({exc})",
    "{name}: unsupported archive ({exc})": "{name}: archivo no admitido ({exc})",
    "{name}: cannot read ({value})": "{name}: no se puede leer ({value})",
    "{name}: cannot install ({value})": "{name}: no se puede instalar ({value})",
    "{name}: corrupt archive (bad data in {bad})":
        "{name}: archivo dañado (datos erróneos en {bad})",
    "{name}: unpacks to {value} GB, more than any translation model needs":
        "{name}: ocupa {value} GB descomprimido, más de lo que necesita cualquier modelo de "
        "traducción",
    "{name}: an Argos model must hold exactly one top folder (found {len})":
        "{name}: un modelo de Argos debe contener exactamente una carpeta principal "
        "(encontradas: {len})",
    "{name}: no metadata.json in {top}/": "{name}: no hay metadata.json en {top}/",
    "{name}: unsafe path inside the archive: {n}": "{name}: ruta insegura dentro del archivo: {n}",
    "{name}: metadata.json is not valid JSON ({exc})":
        "{name}: metadata.json no es JSON válido ({exc})",
    "{name}: missing {needed} (not a CTranslate2 SentencePiece package)":
        "{name}: falta {needed} (no es un paquete CTranslate2 SentencePiece)",
    "{name}: cannot remove ({value})": "{name}: no se puede quitar ({value})",
    "No machine translation": "Sin traducción automática",
    "Translating with {name}": "Traduciendo con {name}",
    "Aligning {name}": "Alineando {name}",
    "Opening {name}": "Abriendo {name}",
    "Importing documents": "Importando documentos",
    "Saving": "Guardando",
    "Installing model": "Instalando el modelo",
    "{path}: this is the session itself; choose another name":
        "{path}: es la propia sesión; elige otro nombre",
    "{path}: cannot save the session there ({reason})":
        "{path}: no se puede guardar la sesión ahí ({reason})",
    "this session is open read-only: changes cannot be saved":
        "esta sesión está abierta en modo de solo lectura: los cambios no se pueden guardar",
    "Documents ready": "Documentos listos",
    "at least one English document is needed": "hace falta al menos un documento en inglés",
    "nothing to re-align: the session needs a Spanish and an English document":
        "no hay nada que realinear: la sesión necesita un documento en español y uno en inglés",
    "{session}: is a folder; give a session file name to write to":
        "{session}: es una carpeta; indica un nombre de archivo de sesión",
    "{path}: holds review work on paragraphs these documents do not have ({review_counts}); use "
    "--discard-review to replace it anyway, or write to another --session file":
        "{path}: contiene revisiones de párrafos que estos documentos no tienen ({review_counts}); "
        "usa --discard-review para reemplazarlo de todos modos o escribe en otro archivo --session",
    "{path}: already exists (use --force to replace it)":
        "{path}: ya existe (usa --force para reemplazarlo)",
    "{exc}; its review cannot be read to carry it over: use --discard-review to replace it anyway":
        "{exc}; no se puede leer su revisión para conservarla: usa --discard-review para "
        "reemplazar la sesión de todos modos",
    "{path}: cannot create a session there ({cause})":
        "{path}: no se puede crear una sesión ahí ({cause})",
    "unknown alignment mode {m} (use auto, parallel or comparable)":
        "modo de alineación desconocido {m} (usa auto, parallel o comparable)",
    "{where}: not a valid link calibration ({value})":
        "{where}: no es una calibración de enlaces válida ({value})",
    "{p}: cannot read the link calibration ({exc})":
        "{p}: no se puede leer la calibración de enlaces ({exc})",
    "{where}: not a valid parallel score calibration ({value})":
        "{where}: no es una calibración válida de la puntuación paralela ({value})",
    "{p}: cannot read the parallel score calibration ({exc})":
        "{p}: no se puede leer la calibración de la puntuación paralela ({exc})",
    "alignment lexicon missing ({exc}); reinstall Paralelo":
        "falta el léxico de alineación ({exc}); reinstala Paralelo",
    "built-in fact tables missing: no *.tsv in {builtin_facts_dir}; reinstall Paralelo":
        "faltan las tablas de datos integradas: no hay *.tsv en {builtin_facts_dir}; reinstala "
        "Paralelo",
    "built-in fact tables missing ({exc}); reinstall Paralelo":
        "faltan las tablas de datos integradas ({exc}); reinstala Paralelo",
    "{target}: already exists and is not a file Paralelo wrote; use {option} to replace it":
        "{target}: ya existe y no es un archivo escrito por Paralelo; usa {option} para "
        "reemplazarlo",
    "{name}: given as an English document, but it reads as Spanish":
        "{name}: se ha indicado como documento en inglés, pero parece estar en español",
    "{es} reads as English and {en} as Spanish: are the Spanish and English sides swapped?":
        "{es} parece estar en inglés y {en} en español: ¿se han intercambiado los lados español e "
        "inglés?",
    "{name}: given as the Spanish document, but it reads as English":
        "{name}: se ha indicado como documento en español, pero parece estar en inglés",
    "{name}: the same document is given as Spanish and as English; every link would match itself":
        "{name}: el mismo documento figura como español y como inglés; cada enlace coincidiría "
        "consigo mismo",
    "{name}: the same English document is given twice (also as {other})":
        "{name}: el mismo documento en inglés figura dos veces (también como {other})",
    "{exc}; reinstall Paralelo": "{exc}; reinstala Paralelo",
    "--dask needs dask.distributed: pip install 'paralelo[cluster]'":
        "--dask necesita dask.distributed: pip install 'paralelo[cluster]'",
    "{address}: cannot reach the Dask scheduler ({exc})":
        "{address}: no se puede acceder al planificador de Dask ({exc})",
    "{path}: the manifest lists no pairs": "{path}: el manifiesto no incluye ningún par",
    '{where}: expected {{"id": ..., "es": ..., "en": ...}}':
        '{where}: se esperaba {{"id": ..., "es": ..., "en": ...}}',
    "{where}: es must be a path and en a path or a list of paths":
        "{where}: es debe ser una ruta y en, una ruta o una lista de rutas",
    "{path}: no such file or folder": "{path}: el archivo o la carpeta no existe",
    "{path}: pair id {id} appears twice": "{path}: el id de par {id} aparece dos veces",
    "{path}: a manifest must be UTF-8 text": "{path}: un manifiesto debe ser texto UTF-8",
    "{where}: expected id<TAB>es_path<TAB>en_path[;en_path...]":
        "{where}: se esperaba id<TAB>es_path<TAB>en_path[;en_path...]",
    "{where}: not a JSON object": "{where}: no es un objeto JSON",
    "{path}: say the format with .tmx, .tsv or .jsonl (or --format)":
        "{path}: indica el formato con .tmx, .tsv o .jsonl (o --format)",
    "--worst must be at least 1": "--worst debe ser al menos 1",
    "{target}: already exists (use --force to replace it)":
        "{target}: ya existe (usa --force para reemplazarlo)",
    "{outdir}: no undecided links to review": "{outdir}: no hay enlaces sin decidir que revisar",
    "{value}: unreadable review list": "{value}: lista de revisión ilegible",
    "{out}: exists and is not a folder": "{out}: existe y no es una carpeta",
    "--shard-size must be at least 1": "--shard-size debe ser al menos 1",
    "{out}: holds a corpus of {value}; give a new OUTDIR for another input":
        "{out}: contiene un corpus de {value}; indica un OUTDIR nuevo para otra entrada",
    "{out}: a corpus run is already going here (process {pid}; if it is not, delete {RUN_STATE} "
    "there)":
        "{out}: ya hay una ejecución de corpus en curso aquí (proceso {pid}; si no es así, borra "
        "{RUN_STATE} de esa carpeta)",
    "{out}: cannot create the folder ({value})": "{out}: no se puede crear la carpeta ({value})",
    "worker processes keep dying before finishing any shard (run with --workers 1 to see why); "
    "finished shards are kept":
        "los procesos de trabajo se cierran una y otra vez antes de terminar ningún fragmento "
        "(ejecuta con --workers 1 para ver por qué); los fragmentos terminados se conservan",
    "{outdir}: no such folder": "{outdir}: la carpeta no existe",
    "{path}: not a corpus plan this version of Paralelo reads":
        "{path}: no es un plan de corpus que esta versión de Paralelo pueda leer",
    "{outdir}: not a corpus folder (no {PLAN}; run `paralelo corpus run`)":
        "{outdir}: no es una carpeta de corpus (no hay {PLAN}; ejecuta `paralelo corpus run`)",
    "{path}: unreadable corpus plan": "{path}: plan de corpus ilegible",
    "{path}: could not finish writing the session":
        "{path}: no se pudo terminar de escribir la sesión",
    "{path}: cannot write the session ({reason}); {left}":
        "{path}: no se puede escribir la sesión ({reason}); {left}",
    "{path}: cannot read the session ({explain})": "{path}: no se puede leer la sesión ({explain})",
    "{path}: the session file is damaged (its {table} table is missing)":
        "{path}: el archivo de sesión está dañado (falta su tabla {table})",
    "{path}: the session file is damaged (column {table}.{value} is missing)":
        "{path}: el archivo de sesión está dañado (falta la columna {table}.{value})",
    "{path}: the disk is full; cannot open the session for editing (free some space and try again)":
        "{path}: el disco está lleno; no se puede abrir la sesión para edición (libera espacio y "
        "vuelve a intentarlo)",
    "{path}: cannot open for editing ({explain})":
        "{path}: no se puede abrir para edición ({explain})",
    "{path}: the session file is damaged ({detail})":
        "{path}: el archivo de sesión está dañado ({detail})",
    "Argos model {model} {version} is damaged: {part} cannot be loaded ({reason}); reinstall it "
    "(`paralelo models install FILE`) or remove it (`paralelo models remove {name}`)":
        "el modelo de Argos {model} {version} está dañado: no se puede cargar {part} ({reason}); "
        "reinstálalo (`paralelo models install ARCHIVO`) o quítalo (`paralelo models remove "
        "{name}`)",
    "PARALELO_APERTIUM_TIMEOUT must be a number of seconds":
        "PARALELO_APERTIUM_TIMEOUT debe ser un número de segundos",
    "{label}: metadata.json is larger than {value} KB":
        "{label}: metadata.json ocupa más de {value} KB",
    "{label}: {len} files inside, more than a model has":
        "{label}: contiene {len} archivos, más de los que tiene un modelo",
    "{label}: unpacks to {value} GB, more than any translation model needs":
        "{label}: ocupa {value} GB descomprimido, más de lo que necesita cualquier modelo de "
        "traducción",
    "{label}: an Argos model must hold exactly one top folder (found {len})":
        "{label}: un modelo de Argos debe contener exactamente una carpeta principal (encontradas: "
        "{len})",
    "{label}: no metadata.json in {top}/": "{label}: no hay metadata.json en {top}/",
    "{label}: metadata.json is not valid JSON ({reason})":
        "{label}: metadata.json no es JSON válido ({reason})",
    "{label}: bad metadata.json: {exc}": "{label}: metadata.json incorrecto: {exc}",
    "{label}: unsafe path inside the archive: {n}":
        "{label}: ruta insegura dentro del archivo: {n}",
    "{label}: missing {needed} (not a CTranslate2 SentencePiece package)":
        "{label}: falta {needed} (no es un paquete CTranslate2 SentencePiece)",
    "{label}: corrupt archive ({exc})": "{label}: archivo dañado ({exc})",
    "{label}: unsupported archive ({exc})": "{label}: archivo no admitido ({exc})",
    "{name}: {filename} unpacks to more than the archive declares (refused)":
        "{name}: {filename} ocupa descomprimido más de lo que declara el archivo (rechazado)",
    "{name}: cannot install: {os_reason}": "{name}: no se puede instalar: {os_reason}",
    "{name}: cannot install: {os_reason}; nothing was changed":
        "{name}: no se puede instalar: {os_reason}; no se ha cambiado nada",
    "{value} translated none of {len} paragraph(s): {first}":
        "{value} no tradujo ninguno de {len} párrafo(s): {first}",
    "{target}: already exists and is a Paralelo review session; use {option} to replace it":
        "{target}: ya existe y es una sesión de revisión de Paralelo; usa {option} para "
        "reemplazarla",
    "{target}: already exists and is a Paralelo JSON file; use {option} to replace it":
        "{target}: ya existe y es un archivo JSON de Paralelo; usa {option} para reemplazarlo",
    "{target}: already exists and is a Paralelo TMX file; use {option} to replace it":
        "{target}: ya existe y es un archivo TMX de Paralelo; usa {option} para reemplazarlo",
    "{target}: already exists and is a Paralelo CSV/TSV export; use {option} to replace it":
        "{target}: ya existe y es una exportación CSV/TSV de Paralelo; usa {option} para "
        "reemplazarla",
    "{target}: already exists and is a Paralelo workbook; use {option} to replace it":
        "{target}: ya existe y es un libro de Excel de Paralelo; usa {option} para "
        "reemplazarlo",
    "{target}: already exists and is a Paralelo HTML report; use {option} to replace it":
        "{target}: ya existe y es un informe HTML de Paralelo; usa {option} para "
        "reemplazarlo",
    # corpus inputs and OUTDIR as fsspec URLs (corpus/fsio.py, shards.py, review.py)
    "install paralelo[cluster] for URL inputs (fsspec is missing)":
        "instala paralelo[cluster] para usar URL como entrada (falta fsspec)",
    "{url}: not a URL this installation can open ({exc})":
        "{url}: no es una URL que esta instalación pueda abrir ({exc})",
    "{path}: cannot write ({exc})": "{path}: no se puede escribir ({exc})",
    "{src}: no such file": "{src}: el archivo no existe",
    "{src}: is a directory, not a document": "{src}: es una carpeta, no un documento",
    "{src}: cannot read ({exc})": "{src}: no se puede leer ({exc})",
    "{outdir}: is a URL; give the review session a local file name with -o FILE.paralelo":
        "{outdir}: es una URL; indica un nombre de archivo local para la sesión de revisión "
        "con -o ARCHIVO.paralelo",
    "{out}: a review session is a local file (SQLite); give a local path":
        "{out}: una sesión de revisión es un archivo local (SQLite); indica una ruta local",
    "{path}: does not match its done marker (written twice at once?); run `paralelo "
    "corpus run` again":
        "{path}: no coincide con su marca de terminado (¿escrito dos veces a la vez?); "
        "vuelve a ejecutar `paralelo corpus run`",
}
