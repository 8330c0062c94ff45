"""The built-in templates, precompiled (generator/render/base.py: ``write_compiled``)."""

DIGEST = "aade8ed96192fb8cf8e89ec836a18f350a8c51bb35b88b3c8c38c8464286365f"
