"""OpenAPI → typed Python client generator.

Pipeline: load → validate → lower (IR) → render (Jinja2) → format (black) → write.
"""

__version__ = "0.1.0"
