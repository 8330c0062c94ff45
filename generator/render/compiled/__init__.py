"""The built-in templates, precompiled (generator/render/base.py: ``write_compiled``)."""

DIGEST = "466123bcdbb3e3799d980b1609e86821c10eb996b6ff02fb9018d080b7b05895"
