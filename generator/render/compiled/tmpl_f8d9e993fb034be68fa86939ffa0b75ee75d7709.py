# models_init.py.jinja, compiled by jinja2 3.1.6: written by write_compiled; do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'models_init.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_names = resolve('names')
    l_0_all_names = resolve('all_names')
    l_0_modules = resolve('modules')
    pass
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n"""Models, enumerations and type aliases of the API.\n\nEach lives in its own module and is imported on first use, so importing the package stays fast\nhowever large the API is; type checkers still see every name.\n"""\n\nfrom __future__ import annotations\n\nimport importlib as _importlib\nimport typing as _t\n\nif _t.TYPE_CHECKING:\n'
    for l_1_n in (undefined(name='names') if l_0_names is missing else l_0_names):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_n, 'line'))
        yield '\n'
    l_1_n = missing
    if (not (undefined(name='names') if l_0_names is missing else l_0_names)):
        pass
        yield '    pass\n'
    yield '\n'
    if (undefined(name='all_names') if l_0_all_names is missing else l_0_all_names):
        pass
        yield '__all__ = [\n'
        for l_1_name in (undefined(name='all_names') if l_0_all_names is missing else l_0_all_names):
            _loop_vars = {}
            pass
            yield '    "'
            yield str(l_1_name)
            yield '",\n'
        l_1_name = missing
        yield ']\n'
    else:
        pass
        yield '__all__ = []\n'
    yield '\n# Which module defines each name, one a line: one token for black, quick to import.\n_INDEX = '
    yield str((undefined(name='modules') if l_0_modules is missing else l_0_modules))
    yield '\n_MODULES: dict[str, str] = {n: m for n, _, m in (pair.partition(":") for pair in _INDEX.split())}\n\n\ndef __getattr__(name: str) -> _t.Any:\n    module = _MODULES.get(name)\n    if module is None:\n        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n    value = getattr(_importlib.import_module(f"{__name__}.{module}"), name)\n    globals()[name] = value\n    return value\n\n\ndef __dir__() -> list[str]:\n    return sorted(__all__)\n'

blocks = {}
debug_info = '2=15&15=17&16=21&18=24&22=28&24=31&25=35&33=43'
