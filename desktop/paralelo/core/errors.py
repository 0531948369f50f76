"""User-facing errors.

Every failure a user can cause (bad file, missing model, corrupt session) is
raised as a `UserError` with a message fit to show as-is: the CLI prints it on
one line and exits 2, the GUI shows it in a dialog. Anything else is a bug.
"""

from __future__ import annotations


class UserError(Exception):
    """An error whose message is meant for the user, not a traceback.

    ``UserError("{path}: no such file", path=p)`` keeps the English template
    and its parameters apart, so the window can show the message in the
    interface language (the template is the catalogue key, context "core");
    the core stays free of any translation machinery. A message given
    without parameters is its own template.
    """

    exit_code = 2

    def __init__(self, message: str, /, **params: object) -> None:
        try:
            text = message.format(**params) if params else message
        except (KeyError, IndexError, ValueError):  # a malformed template: still say something
            text = f"{message} {params}"
        super().__init__(text)
        self.message = text
        self.template = message
        self.params = params

    def __str__(self) -> str:
        return self.message


class DocumentError(UserError):
    """A document could not be imported (missing, binary, corrupt, too big...)."""


class Cancelled(Exception):
    """Raised inside a long operation when its cancel token was triggered."""
