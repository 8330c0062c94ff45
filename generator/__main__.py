"""Entry point for ``python -m generator`` (the same as the ``openapi-client-generator`` command)."""

from generator.cli import run

run()
