"""The generated code's line length: the renderer's own layout (render/layout.py, emit/pysource.py)
and black's mode (output/blackmode.py) must agree on it, so it is defined once, below both."""

from __future__ import annotations

LINE_LENGTH = 100
