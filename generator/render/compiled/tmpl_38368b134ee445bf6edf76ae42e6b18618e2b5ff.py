# enum.py.jinja, compiled by jinja2 3.1.6: written by write_compiled; do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'enum.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_enum = resolve('enum')
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    pass
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n"""The ``'
    yield str(environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'name'))
    yield '`` enumeration."""\n\nfrom .. import _runtime as _rt\n\n\n'
    yield str(environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'class_line'))
    yield '\n    '
    yield str(t_1(str_join((environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'doc'), '\n\nOpen: a value this client does not know yet becomes a member made on demand (its\n``is_known`` is False), so fields of this type keep their type and the value survives a round trip.', )), 4))
    yield '\n\n'
    for l_1_m in environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'members'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_m, 'name'))
        yield ' = '
        yield str(environment.getattr(l_1_m, 'value'))
        yield '\n'
    l_1_m = missing

blocks = {}
debug_info = '2=19&3=21&8=23&9=25&11=27&12=31'
