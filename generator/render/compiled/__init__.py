"""The built-in templates, precompiled (generator/render/base.py: ``write_compiled``)."""

DIGEST = "de3efe4a07dd221da9f395dd4844363519d71ef34b3163e50554102eff985239"
