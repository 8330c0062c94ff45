"""Hypothesis profiles for the fuzz suites.

``fast`` (default, part of ``make test``): a handful of derandomised examples per property, so the
run is reproducible and takes seconds. ``long`` (``make fuzz``): many random examples with the full
pipeline including black and an import of each generated client in a fresh interpreter; the budget
is set by FUZZ_EXAMPLES (default 300 per property).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

settings.register_profile("fast", max_examples=6, deadline=None, derandomize=True, suppress_health_check=_SLOW,
                          database=None)
settings.register_profile("long", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "300")), deadline=None,
                          suppress_health_check=_SLOW, print_blob=True)
settings.load_profile(os.environ.get("FUZZ_PROFILE", "fast"))

FULL = os.environ.get("FUZZ_PROFILE", "fast") == "long"
