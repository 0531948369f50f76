"""Application layer: the whole pipeline (import → translate → align → facts).

It sits above ``core`` (pure processing), ``translation``, ``storage`` and
``export``; the CLI commands and the GUI call it instead of wiring the steps
themselves. ``core`` never imports from here.
"""
