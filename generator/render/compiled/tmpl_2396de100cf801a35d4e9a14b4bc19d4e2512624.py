# api_md_group.jinja, compiled by jinja2 3.1.6: written by write_compiled; do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'api_md_group.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_package = resolve('package')
    l_0_name = resolve('name')
    l_0_operations = resolve('operations')
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield '\n### `'
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '.api.'
    yield str((undefined(name='name') if l_0_name is missing else l_0_name))
    yield '`\n'
    for l_1_op in (undefined(name='operations') if l_0_operations is missing else l_0_operations):
        _loop_vars = {}
        pass
        yield '\n#### `'
        yield str(environment.getattr(l_1_op, 'name'))
        yield '`\n\n`'
        yield str(environment.getattr(l_1_op, 'method'))
        yield ' '
        yield str(environment.getattr(l_1_op, 'path'))
        yield '`'
        if environment.getattr(l_1_op, 'summary'):
            pass
            yield ' — '
            yield str(environment.getattr(l_1_op, 'summary'))
        yield '\n\n```python\ndef '
        yield str(environment.getattr(l_1_op, 'name'))
        yield '(client: Client'
        if environment.getattr(l_1_op, 'params'):
            pass
            yield ', *'
            for l_2_p in environment.getattr(l_1_op, 'params'):
                _loop_vars = {}
                pass
                yield ', '
                yield str(l_2_p)
            l_2_p = missing
        yield ') -> '
        yield str(environment.getattr(l_1_op, 'returns'))
        yield '\ndef '
        yield str(environment.getattr(l_1_op, 'name'))
        yield '_with_response(client: Client'
        if environment.getattr(l_1_op, 'params'):
            pass
            yield ', *'
            for l_2_p in environment.getattr(l_1_op, 'params'):
                _loop_vars = {}
                pass
                yield ', '
                yield str(l_2_p)
            l_2_p = missing
        yield ') -> '
        yield str(environment.getattr(l_1_op, 'raw'))
        yield '\n'
        if environment.getattr(l_1_op, 'stream'):
            pass
            yield 'def '
            yield str(environment.getattr(l_1_op, 'name'))
            yield '_stream(client: Client'
            if environment.getattr(l_1_op, 'params'):
                pass
                yield ', *'
                for l_2_p in environment.getattr(l_1_op, 'params'):
                    _loop_vars = {}
                    pass
                    yield ', '
                    yield str(l_2_p)
                l_2_p = missing
            yield ') -> '
            yield str(environment.getattr(l_1_op, 'stream'))
            yield '\n'
        if environment.getattr(l_1_op, 'pages'):
            pass
            yield 'def '
            yield str(environment.getattr(l_1_op, 'name'))
            yield '_pages(client: Client'
            if environment.getattr(l_1_op, 'params'):
                pass
                yield ', *'
                for l_2_p in environment.getattr(l_1_op, 'params'):
                    _loop_vars = {}
                    pass
                    yield ', '
                    yield str(l_2_p)
                l_2_p = missing
            yield ') -> Page['
            yield str(environment.getattr(l_1_op, 'pages'))
            yield ']\n'
        if environment.getattr(l_1_op, 'streaming'):
            pass
            yield 'def '
            yield str(environment.getattr(l_1_op, 'name'))
            yield '_streaming(client: Client'
            if environment.getattr(l_1_op, 'params'):
                pass
                yield ', *'
                for l_2_p in environment.getattr(l_1_op, 'params'):
                    _loop_vars = {}
                    pass
                    yield ', '
                    yield str(l_2_p)
                l_2_p = missing
            yield ') -> StreamedResponse\n'
        for l_2_ch in environment.getattr(l_1_op, 'choices'):
            _loop_vars = {}
            pass
            yield 'def '
            yield str(environment.getattr(l_2_ch, 'name'))
            yield '(client: Client'
            if environment.getattr(l_1_op, 'params'):
                pass
                yield ', *'
                for l_3_p in environment.getattr(l_1_op, 'params'):
                    _loop_vars = {}
                    pass
                    yield ', '
                    yield str(l_3_p)
                l_3_p = missing
            yield ') -> '
            yield str(environment.getattr(l_2_ch, 'returns'))
            yield '  # Accept: '
            yield str(environment.getattr(l_2_ch, 'media'))
            yield '\n'
        l_2_ch = missing
        yield '```\n'
        if environment.getattr(l_1_op, 'headers'):
            pass
            yield '\n`'
            yield str(environment.getattr(l_1_op, 'raw'))
            yield '` is an `APIResponse` with typed header attributes, per status where they differ (a\nsubclass of `'
            yield str(environment.getattr(l_1_op, 'raw'))
            yield '` for that status: check with `isinstance`). An optional header is `None`\nwhen missing or unparsable (`header_errors` then says why, `headers` keeps the raw text); a required\none missing or unparsable raises `APIResponseValidationError` unless `strict_decoding=False`:\n\n| Class | Status | Attribute | Type | Header |\n| --- | --- | --- | --- | --- |\n'
            for l_2_h in environment.getattr(l_1_op, 'headers'):
                _loop_vars = {}
                pass
                yield '| `'
                yield str(environment.getitem(l_2_h, 'class'))
                yield '` | '
                yield str(environment.getattr(l_2_h, 'statuses'))
                yield ' | `'
                yield str(environment.getattr(l_2_h, 'name'))
                yield '` | `'
                yield str(t_1(context.eval_ctx, environment.getattr(l_2_h, 'annotation'), '|', '\\|'))
                yield '` | `'
                yield str(environment.getattr(l_2_h, 'wire'))
                yield '` |\n'
            l_2_h = missing
    l_1_op = missing

blocks = {}
debug_info = '3=21&4=25&6=29&8=31&12=40&13=54&14=68&15=71&17=85&18=88&20=102&21=105&23=117&24=121&27=139&29=142&30=144&36=146&37=150'
