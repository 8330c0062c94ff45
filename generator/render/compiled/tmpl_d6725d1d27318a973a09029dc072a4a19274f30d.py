# gitignore.jinja, compiled by jinja2 3.1.6: written by write_compiled; do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'gitignore.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield '# Written by the client generator, like the rest of this folder.\n__pycache__/\n*.py[cod]\n*.egg-info/\nbuild/\ndist/\n.venv/\n.mypy_cache/\n.pytest_cache/\n.ruff_cache/\n'

blocks = {}
debug_info = ''
