"""Output: black formatting (with its cache) and the all-or-nothing writer."""
