# model.py.jinja, compiled by jinja2 3.1.6: written by write_compiled; do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'model.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_model = resolve('model')
    l_0_imports = resolve('imports')
    l_0_lazy_import = resolve('lazy_import')
    l_0_enum_imports = resolve('enum_imports')
    l_0_type_imports = resolve('type_imports')
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    pass
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n"""The ``'
    yield str(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'name'))
    yield '`` model."""\n\nfrom __future__ import annotations\n\n'
    for l_1_line in (undefined(name='imports') if l_0_imports is missing else l_0_imports):
        _loop_vars = {}
        pass
        yield str(l_1_line)
        yield '\n'
    l_1_line = missing
    if (undefined(name='imports') if l_0_imports is missing else l_0_imports):
        pass
        yield '\n'
    yield 'from .. import _runtime as _rt\n'
    if (undefined(name='lazy_import') if l_0_lazy_import is missing else l_0_lazy_import):
        pass
        yield str((undefined(name='lazy_import') if l_0_lazy_import is missing else l_0_lazy_import))
        yield '\n'
    if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'runtime_import'):
        pass
        yield str(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'runtime_import'))
        yield '\n'
    for l_1_line in (undefined(name='enum_imports') if l_0_enum_imports is missing else l_0_enum_imports):
        _loop_vars = {}
        pass
        yield str(l_1_line)
        yield '\n'
    l_1_line = missing
    if (undefined(name='type_imports') if l_0_type_imports is missing else l_0_type_imports):
        pass
        yield '\nif _t.TYPE_CHECKING:\n'
        for l_1_line in (undefined(name='type_imports') if l_0_type_imports is missing else l_0_type_imports):
            _loop_vars = {}
            pass
            yield '    '
            yield str(l_1_line)
            yield '\n'
        l_1_line = missing
    yield '\n\n@_rt.model\n'
    yield str(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'class_line'))
    yield '\n    '
    yield str(t_1(str_join((environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'doc'), ('\n\n.. deprecated:: This schema is deprecated in the API description.' if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'deprecated') else ''), )), 4))
    yield '\n\n'
    for l_1_f in environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'fields'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_f, 'field_line'))
        yield '\n'
        if environment.getattr(l_1_f, 'doc'):
            pass
            yield '    '
            yield str(t_1(environment.getattr(l_1_f, 'doc'), 4))
            yield '\n'
        yield '\n'
    l_1_f = missing
    if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'additional'):
        pass
        yield '    additional_properties: '
        yield str(environment.getattr(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'additional'), 'annotation'))
        yield ' = _rt.extras()\n    """JSON properties this client does not know, kept so that they survive a round trip."""\n\n'
    yield '    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:\n        """Encode as a JSON object with the API\'s property names; absent fields are left out.\n\n        With ``request=True`` (how request bodies are sent) read-only fields are left out too.\n        """\n'
    if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'deprecated_fields'):
        pass
        yield '        if request:\n            '
        yield str(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'deprecated_fields'))
        yield '\n'
    if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'uses_unset'):
        pass
        yield '        return _rt.present(\n            {\n'
        if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'additional'):
            pass
            yield '                '
            yield str(environment.getattr(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'additional'), 'encode'))
            yield ',\n'
        for l_1_f in environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'fields'):
            _loop_vars = {}
            pass
            yield '                '
            yield str(environment.getattr(l_1_f, 'encode_line'))
            yield '\n'
        l_1_f = missing
        yield '            }\n        )\n'
    elif (environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'fields') or environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'additional')):
        pass
        yield '        return {\n'
        if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'additional'):
            pass
            yield '            '
            yield str(environment.getattr(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'additional'), 'encode'))
            yield ',\n'
        for l_1_f in environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'fields'):
            _loop_vars = {}
            pass
            yield '            '
            yield str(environment.getattr(l_1_f, 'encode_line'))
            yield '\n'
        l_1_f = missing
        yield '        }\n'
    else:
        pass
        yield '        return {}\n'
    yield '\n    @classmethod\n    '
    yield str(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'from_dict_def'))
    yield '\n        """Decode a JSON object'
    if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'additional'):
        pass
        yield '; unknown properties go to ``additional_properties``'
    yield '."""\n'
    if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'additional'):
        pass
        yield '        rest = _rt.fields(data)\n        take = rest.pop\n'
    elif environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'fields'):
        pass
        yield '        take = _rt.mapping(data).get\n'
    else:
        pass
        yield '        _rt.mapping(data)\n'
    if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'fields'):
        pass
        yield '        try:\n            return cls(\n'
        for l_1_f in environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'fields'):
            _loop_vars = {}
            pass
            yield '                '
            yield str(environment.getattr(l_1_f, 'decode_line'))
            yield '\n'
        l_1_f = missing
        if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'additional'):
            pass
            yield '                additional_properties='
            yield str(environment.getattr(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'additional'), 'decode'))
            yield ',\n'
        yield '            )\n        except _rt.SHAPE_ERRORS as exc:\n            raise _rt.located(exc, cls.from_dict, data) from None\n'
    else:
        pass
        yield '        return cls(\n'
        if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'additional'):
            pass
            yield '            additional_properties='
            yield str(environment.getattr(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'additional'), 'decode'))
            yield ',\n'
        yield '        )\n'

blocks = {}
debug_info = '2=23&3=25&7=27&8=30&10=33&14=37&15=39&17=41&18=43&20=45&21=48&23=51&26=54&27=58&33=62&34=64&36=66&37=70&38=72&39=75&43=79&44=82&53=85&55=88&57=90&60=93&61=96&63=98&64=102&68=106&70=109&71=112&73=114&74=118&82=126&83=128&84=132&87=135&92=141&95=144&96=148&98=151&99=154&106=160&107=163'
