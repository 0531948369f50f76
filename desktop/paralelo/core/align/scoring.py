"""Overflow-safe score arithmetic shared by the aligners.

Group values are sums of unbounded terms (a 4 MB paragraph against a one-line
one gives a length term in the thousands), so ``1 / (1 + exp(-x))`` written
naively raises OverflowError; this form never calls ``exp`` on a positive
argument and maps NaN to 0.
"""

from __future__ import annotations

import math


def logistic(x: float) -> float:
    """1 / (1 + e^-x) for any float: 0.0 for very negative x and NaN, 1.0 for very positive."""
    if x != x:  # NaN: no evidence either way is still no link
        return 0.0
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)  # x < 0: exp cannot overflow (underflows to 0.0 at worst)
    return z / (1.0 + z)
