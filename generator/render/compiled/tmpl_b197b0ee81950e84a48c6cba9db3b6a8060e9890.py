# testing.py.jinja, compiled by jinja2 3.1.6: written by write_compiled; do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'testing.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_imports = resolve('imports')
    l_0_uses_runtime = resolve('uses_runtime')
    l_0_model_imports = resolve('model_imports')
    l_0_schemas = resolve('schemas')
    l_0_operations = resolve('operations')
    l_0_examples = resolve('examples')
    l_0_decoders = resolve('decoders')
    pass
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n"""Offline testing support: a fake transport that answers from the API description.\n\n``Client(transport=FakeTransport())`` sends nothing over the network: each request is checked\nagainst the operation it targets, recorded in ``fake.calls`` and answered with the spec\'s example\n(or with a value built from the schema), unless the test chose another answer with\n``fake.set_response(...)``. ``example_arguments(name)`` gives valid keyword arguments for a call.\n"""\n\nfrom __future__ import annotations\n\nimport ast as _ast\nimport json as _json\n'
    for l_1_line in (undefined(name='imports') if l_0_imports is missing else l_0_imports):
        _loop_vars = {}
        pass
        yield str(l_1_line)
        yield '\n'
    l_1_line = missing
    yield '\n'
    if (undefined(name='uses_runtime') if l_0_uses_runtime is missing else l_0_uses_runtime):
        pass
        yield 'from . import _runtime as _rt\n'
    yield 'from ._runtime import _fake\n'
    for l_1_line in (undefined(name='model_imports') if l_0_model_imports is missing else l_0_model_imports):
        _loop_vars = {}
        pass
        yield str(l_1_line)
        yield '\n'
    l_1_line = missing
    yield '\n__all__ = ["OPERATIONS", "SCHEMAS", "FakeCall", "FakeTransport", "example_arguments"]\n\nFakeCall = _fake.FakeCall\n\n'
    yield str((undefined(name='schemas') if l_0_schemas is missing else l_0_schemas))
    yield '\n"""Named shapes (objects, enums, aliases) that request bodies and parameters are checked against."""\n\n'
    yield str((undefined(name='operations') if l_0_operations is missing else l_0_operations))
    yield '\n"""Every operation: method, path template, parameters, body shape and example answers."""\n\n\nclass FakeTransport(_fake.FakeTransport):\n    """An ``httpx`` transport (sync and async) that plays the API offline; see the module docstring."""\n\n    def __init__(self) -> None:\n        super().__init__(OPERATIONS, SCHEMAS)\n\n\n'
    yield str((undefined(name='examples') if l_0_examples is missing else l_0_examples))
    yield '\n"""Per operation, the Python literal of its sampled [minimal, full] values, before decoding."""\n\n'
    if (undefined(name='decoders') if l_0_decoders is missing else l_0_decoders):
        pass
        yield '_DECODERS: dict[str, dict[str, _t.Callable[[_t.Any], _t.Any]]] = {\n'
        for l_1_item in (undefined(name='decoders') if l_0_decoders is missing else l_0_decoders):
            _loop_vars = {}
            pass
            yield '    '
            yield str(l_1_item)
            yield '\n'
        l_1_item = missing
        yield '}\n'
    else:
        pass
        yield '_DECODERS: dict[str, dict[str, _t.Callable[[_t.Any], _t.Any]]] = {}\n'
    yield '"""Per operation, the decoders of the keywords whose JSON value is not the argument as it is."""\n\n\ndef example_arguments(operation: str, *, full: bool = False) -> dict[str, _t.Any]:\n    """Keyword arguments for a valid call of ``operation``: required ones only, or every one.\n\n    Values come from the spec\'s examples, defaults and schemas. Raises ``KeyError`` for an\n    unknown operation name.\n    """\n    values: dict[str, _t.Any] = _ast.literal_eval(_EXAMPLES[operation])[int(full)]\n    decoders = _DECODERS.get(operation, {})\n    return {key: decoders[key](v) if key in decoders else v for key, v in values.items()}\n'

blocks = {}
debug_info = '2=19&15=21&16=24&19=28&23=32&24=35&31=39&34=41&45=43&48=45&50=48&51=52'
