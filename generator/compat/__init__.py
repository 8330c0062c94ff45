"""The public API surface of a generated client and the diff between two of them."""
