"""The built-in templates, precompiled (generator/render/base.py: ``write_compiled``)."""

DIGEST = "a522b38695b964f24f396fb3c05f5c79896afa6f7392540b0adf107465aa1909"
