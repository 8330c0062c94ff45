"""Code emission: Python expressions and literals built from the IR."""
