# api_init.py.jinja, compiled by jinja2 3.1.6: written by write_compiled; do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'api_init.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_groups = resolve('groups')
    pass
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n"""Endpoint functions, one module per tag of the API description (untagged: per path segment).\n\nEach operation comes as four functions: ``name`` (sync), ``name_async``, and the\n``name_with_response`` / ``name_with_response_async`` forms that also return the HTTP response.\nEach module is imported on first use; type checkers still see every one.\n"""\n\nfrom __future__ import annotations\n\nimport importlib as _importlib\nimport typing as _t\n\nif _t.TYPE_CHECKING:\n'
    for l_1_g in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_g, 'import_line'))
        yield '\n'
    l_1_g = missing
    if (not (undefined(name='groups') if l_0_groups is missing else l_0_groups)):
        pass
        yield '    pass\n'
    yield '\n'
    if (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        pass
        yield '__all__ = [\n'
        for l_1_g in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
            _loop_vars = {}
            pass
            yield '    "'
            yield str(environment.getattr(l_1_g, 'name'))
            yield '",\n'
        l_1_g = missing
        yield ']\n'
    else:
        pass
        yield '__all__: list[str] = []\n'
    yield '\n\ndef __getattr__(name: str) -> _t.Any:\n    if name not in __all__:\n        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n    return _importlib.import_module(f"{__name__}.{name}")\n\n\ndef __dir__() -> list[str]:\n    return sorted(__all__)\n'

blocks = {}
debug_info = '2=13&16=15&17=19&19=22&23=26&25=29&26=33'
