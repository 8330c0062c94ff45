"""The built-in templates, precompiled (generator/render/base.py: ``write_compiled``)."""

DIGEST = "e74f11e3c0a4dd0c241b70f4e9be60570bbe3aadb5f0a3d01bec0338ea35cba5"
