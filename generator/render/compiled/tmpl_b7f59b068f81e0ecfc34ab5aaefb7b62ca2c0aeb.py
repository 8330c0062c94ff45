# api_group.py.jinja, compiled by jinja2 3.1.6: written by write_compiled; do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'api_group.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_imports = resolve('imports')
    l_0_needs_httpx = resolve('needs_httpx')
    l_0_uses_servers = resolve('uses_servers')
    l_0_uses_events = resolve('uses_events')
    l_0_uses_negotiated = resolve('uses_negotiated')
    l_0_uses_paging = resolve('uses_paging')
    l_0_uses_streaming = resolve('uses_streaming')
    l_0_model_imports = resolve('model_imports')
    l_0_all_names = resolve('all_names')
    l_0_operations = resolve('operations')
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    pass
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n"""Endpoint functions: each operation in sync, async and raw-response forms.\n\nEach operation is written once, as its synchronous function; the other forms are derived from it\n(``_async_form``, ``_with_response``), so they take exactly the same parameters.\n"""\n\nfrom __future__ import annotations\n\n'
    for l_1_line in (undefined(name='imports') if l_0_imports is missing else l_0_imports):
        _loop_vars = {}
        pass
        yield str(l_1_line)
        yield '\n'
    l_1_line = missing
    yield 'from collections.abc import Mapping as _Mapping\n\n'
    if (undefined(name='needs_httpx') if l_0_needs_httpx is missing else l_0_needs_httpx):
        pass
        yield 'import httpx as _httpx\n\n'
    yield 'from .. import _runtime as _rt\n'
    if (undefined(name='uses_servers') if l_0_uses_servers is missing else l_0_uses_servers):
        pass
        yield 'from .._client import OPERATION_SERVERS as _OPERATION_SERVERS\n'
    yield 'from .._client import Client as _Client\nfrom .._client import async_form as _async_form\n'
    if (undefined(name='uses_events') if l_0_uses_events is missing else l_0_uses_events):
        pass
        yield 'from .._client import events as _events\n'
    if (undefined(name='uses_negotiated') if l_0_uses_negotiated is missing else l_0_uses_negotiated):
        pass
        yield 'from .._client import negotiated as _negotiated\n'
    if (undefined(name='uses_paging') if l_0_uses_paging is missing else l_0_uses_paging):
        pass
        yield 'from .._client import paged as _paged\nfrom .._client import paged_async as _paged_async\n'
    if (undefined(name='uses_streaming') if l_0_uses_streaming is missing else l_0_uses_streaming):
        pass
        yield 'from .._client import streaming as _streaming\n'
    yield 'from .._client import with_response as _with_response\n'
    for l_1_line in (undefined(name='model_imports') if l_0_model_imports is missing else l_0_model_imports):
        _loop_vars = {}
        pass
        yield str(l_1_line)
        yield '\n'
    l_1_line = missing
    yield '\n__all__ = [\n'
    for l_1_name in (undefined(name='all_names') if l_0_all_names is missing else l_0_all_names):
        _loop_vars = {}
        pass
        yield '    "'
        yield str(l_1_name)
        yield '",\n'
    l_1_name = missing
    yield ']\n'
    for l_1_op in (undefined(name='operations') if l_0_operations is missing else l_0_operations):
        _loop_vars = {}
        pass
        for l_2_rc in environment.getattr(l_1_op, 'response_classes'):
            _loop_vars = {}
            pass
            yield '\n\n'
            yield str(environment.getattr(l_2_rc, 'class_line'))
            yield '\n    '
            yield str(t_1(environment.getattr(l_2_rc, 'doc'), 4))
            yield '\n\n    '
            yield str(environment.getattr(l_2_rc, 'slots'))
            yield '\n'
            if environment.getattr(l_2_rc, 'attrs'):
                pass
                yield '\n'
                for l_3_a in environment.getattr(l_2_rc, 'attrs'):
                    _loop_vars = {}
                    pass
                    yield '    '
                    yield str(environment.getattr(l_3_a, 'field_line'))
                    yield '\n    '
                    yield str(t_1(environment.getattr(l_3_a, 'doc'), 4))
                    yield '\n'
                l_3_a = missing
                yield '\n    def _read_headers(self, headers: _httpx.Headers) -> None:\n'
                if environment.getattr(l_2_rc, 'inherits'):
                    pass
                    yield '        super()._read_headers(headers)\n'
                for l_3_a in environment.getattr(l_2_rc, 'attrs'):
                    _loop_vars = {}
                    pass
                    yield '        '
                    yield str(environment.getattr(l_3_a, 'read_line'))
                    yield '\n'
                l_3_a = missing
        l_2_rc = missing
        yield '\n\n'
        yield str(environment.getattr(l_1_op, 'const_block'))
        yield '\n'
        if environment.getattr(l_1_op, 'stream_const_block'):
            pass
            yield str(environment.getattr(l_1_op, 'stream_const_block'))
            yield '\n'
        for l_2_block in environment.getattr(l_1_op, 'choice_blocks'):
            _loop_vars = {}
            pass
            yield str(l_2_block)
            yield '\n'
        l_2_block = missing
        if environment.getattr(l_1_op, 'paging_block'):
            pass
            yield str(environment.getattr(l_1_op, 'paging_block'))
            yield '\n'
        yield '\n\ndef '
        yield str(environment.getattr(l_1_op, 'name'))
        yield '(\n    client: _Client,\n    *,\n'
        for l_2_p in environment.getattr(l_1_op, 'param_lines'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(l_2_p)
            yield '\n'
        l_2_p = missing
        yield '    extra_headers: _Mapping[str, str] | None = None,\n    extra_query: _Mapping[str, str] | None = None,\n    extra_body: _Mapping[str, object] | None = None,\n    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,\n    max_retries: int | None = None,\n) -> '
        yield str(environment.getattr(l_1_op, 'returns_layout'))
        yield ':\n    '
        yield str(t_1(environment.getattr(l_1_op, 'doc'), 4))
        yield '\n'
        for l_2_w in environment.getattr(l_1_op, 'warnings'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(l_2_w)
            yield '\n'
        l_2_w = missing
        yield '    '
        yield str(environment.getattr(l_1_op, 'parts'))
        yield '\n    '
        yield str(environment.getattr(l_1_op, 'call'))
        yield '\n\n\n'
        yield str(environment.getattr(l_1_op, 'async_line'))
        yield '\n"""Async form of :func:`'
        yield str(environment.getattr(l_1_op, 'name'))
        yield '`."""\n'
        yield str(environment.getattr(l_1_op, 'with_response'))
        yield '\n"""Like :func:`'
        yield str(environment.getattr(l_1_op, 'name'))
        yield '`, but also returns the HTTP status and headers."""\n'
        yield str(environment.getattr(l_1_op, 'with_response_async'))
        yield '\n"""Async form of :func:`'
        yield str(environment.getattr(l_1_op, 'name'))
        yield '_with_response`."""\n'
        for (l_2_line, l_2_docline) in environment.getattr(l_1_op, 'extra_forms'):
            _loop_vars = {}
            pass
            yield str(l_2_line)
            yield '\n"""'
            yield str(l_2_docline)
            yield '"""\n'
        l_2_line = l_2_docline = missing
    l_1_op = missing

blocks = {}
debug_info = '2=28&11=30&12=33&16=37&20=41&25=45&28=48&31=51&35=54&39=58&40=61&44=65&45=69&48=73&49=76&52=80&53=82&55=84&56=86&58=89&59=93&60=95&64=99&67=102&68=106&74=111&75=113&76=115&78=117&79=120&81=123&82=125&86=128&89=130&90=134&97=138&98=140&99=142&100=146&102=150&103=152&106=154&107=156&108=158&109=160&110=162&111=164&112=166&113=169&114=171'
