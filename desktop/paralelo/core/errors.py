"""User-facing errors.

Every failure a user can cause (bad file, missing model, corrupt session) is
raised as a `UserError` with a message fit to show as-is: the CLI prints it on
one line and exits 2, the GUI shows it in a dialog. Anything else is a bug.
"""

from __future__ import annotations


class UserError(Exception):
    """An error whose message is meant for the user, not a traceback."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DocumentError(UserError):
    """A document could not be imported (missing, binary, corrupt, too big...)."""


class Cancelled(Exception):
    """Raised inside a long operation when its cancel token was triggered."""
