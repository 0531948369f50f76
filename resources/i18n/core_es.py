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
}
