"""Example values: sampled from schemas or taken from the spec, for docs, tests and the fake."""
