# alias.py.jinja, compiled by jinja2 3.1.6: written by write_compiled; do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'alias.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_doc = resolve('doc')
    l_0_imports = resolve('imports')
    l_0_model_imports = resolve('model_imports')
    l_0_name = resolve('name')
    l_0_alias_line = resolve('alias_line')
    pass
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n"""'
    yield str((undefined(name='doc') if l_0_doc is missing else l_0_doc))
    yield '"""\n\nfrom __future__ import annotations\n\n'
    for l_1_line in (undefined(name='imports') if l_0_imports is missing else l_0_imports):
        _loop_vars = {}
        pass
        yield str(l_1_line)
        yield '\n'
    l_1_line = missing
    l_1_loop = missing
    for l_1_line, l_1_loop in LoopContext((undefined(name='model_imports') if l_0_model_imports is missing else l_0_model_imports), undefined):
        _loop_vars = {}
        pass
        if (environment.getattr(l_1_loop, 'first') and (undefined(name='imports') if l_0_imports is missing else l_0_imports)):
            pass
            yield '\n'
        yield str(l_1_line)
        yield '\n'
    l_1_loop = l_1_line = missing
    yield '\n__all__ = ["'
    yield str((undefined(name='name') if l_0_name is missing else l_0_name))
    yield '"]\n\n'
    yield str((undefined(name='alias_line') if l_0_alias_line is missing else l_0_alias_line))
    yield '\n'

blocks = {}
debug_info = '2=17&3=19&7=21&8=24&10=28&11=31&14=34&17=38&19=40'
