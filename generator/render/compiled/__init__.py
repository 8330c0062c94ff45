"""The built-in templates, precompiled (generator/render/base.py: ``write_compiled``)."""

DIGEST = "fb04c727b93fa20ce8a7f6dd08364b479b8587c1cd27e3421a803e0c01e57ca9"
