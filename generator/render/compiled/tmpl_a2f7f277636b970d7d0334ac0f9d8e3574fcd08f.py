# api_md_model.jinja, compiled by jinja2 3.1.6: written by write_compiled; do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'api_md_model.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_model = resolve('model')
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield '\n### `'
    yield str(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'name'))
    yield '`\n\n'
    if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'doc'):
        pass
        yield str(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'doc'))
        yield '\n\n'
    yield '| Field | Type | JSON | |\n| --- | --- | --- | --- |\n'
    for l_1_f in environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'fields'):
        _loop_vars = {}
        pass
        yield '| `'
        yield str(environment.getattr(l_1_f, 'name'))
        yield '` | `'
        yield str(t_1(context.eval_ctx, environment.getattr(l_1_f, 'annotation'), '|', '\\|'))
        yield '` | `'
        yield str(environment.getattr(l_1_f, 'wire'))
        yield '` | '
        if environment.getattr(l_1_f, 'secret'):
            pass
            yield 'secret (hidden from `repr`). '
        yield str(t_1(context.eval_ctx, environment.getattr(l_1_f, 'doc'), '|', '\\|'))
        yield ' |\n'
    l_1_f = missing
    if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'additional'):
        pass
        yield '| `additional_properties` | `dict[str, ...]` | other keys | Unknown properties, kept for the round trip |\n'

blocks = {}
debug_info = '3=19&5=21&6=23&11=26&12=30&14=42'
