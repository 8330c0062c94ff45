"""The built-in templates, precompiled (generator/render/base.py: ``write_compiled``)."""

DIGEST = "bd3dd3462393691d5d72162964526e14bc9a8a8729f6f0b5234f52a23fa04d76"
