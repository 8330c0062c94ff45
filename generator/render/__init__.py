"""Rendering: the IR through Jinja2 templates into output files."""
