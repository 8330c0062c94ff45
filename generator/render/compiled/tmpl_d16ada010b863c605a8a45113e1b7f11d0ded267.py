# client.py.jinja, compiled by jinja2 3.1.6: written by write_compiled; do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'client.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_base_url = resolve('base_url')
    l_0_base_url_env = resolve('base_url_env')
    l_0_servers = resolve('servers')
    l_0_operation_servers = resolve('operation_servers')
    l_0_user_agent = resolve('user_agent')
    l_0_api_info = resolve('api_info')
    l_0_cred_params = resolve('cred_params')
    l_0_credentials = resolve('credentials')
    l_0_title_doc = resolve('title_doc')
    l_0_env_vars = resolve('env_vars')
    l_0_base_url_env_doc = resolve('base_url_env_doc')
    l_0_log_env = resolve('log_env')
    l_0_client_init = missing
    pass
    def macro(l_1_transport_type, l_1_http_type):
        t_1 = []
        l_1_cred_call = resolve('cred_call')
        if l_1_transport_type is missing:
            l_1_transport_type = undefined("parameter 'transport_type' was not provided", name='transport_type')
        if l_1_http_type is missing:
            l_1_http_type = undefined("parameter 'http_type' was not provided", name='http_type')
        pass
        t_1.append(
            '    def __init__(\n        self,\n        *,\n',
        )
        for l_2_p in (undefined(name='cred_params') if l_0_cred_params is missing else l_0_cred_params):
            _loop_vars = {}
            pass
            t_1.extend((
                '        ',
                str(environment.getattr(l_2_p, 'name')),
                ': ',
                str(environment.getattr(l_2_p, 'annotation')),
                ' = None,\n',
            ))
        l_2_p = missing
        t_1.extend((
            '        base_url: str | None = None,\n        server: str | int | None = None,\n        server_variables: _t.Mapping[str, str] | None = None,\n        timeout: _rt.Timeout = _rt.DEFAULT_TIMEOUT,\n        max_retries: int = _rt.DEFAULT_MAX_RETRIES,\n        headers: _t.Mapping[str, str] | None = None,\n        follow_redirects: bool = False,\n        max_response_size: int | None = _rt.DEFAULT_MAX_RESPONSE_SIZE,\n        deadline: float | None = None,\n        transport: ',
            str(l_1_transport_type),
            ' | None = None,\n        http_client: ',
            str(l_1_http_type),
            ' | None = None,\n        strict_decoding: bool = True,\n        default_query: _t.Mapping[str, str] | None = None,\n        retry_statuses: _t.Collection[int] | None = None,\n        hooks: _rt.Hooks | None = None,\n    ) -> None:\n        chosen = _rt.choose_server(\n            SERVERS,\n            base_url=base_url,\n            server=server,\n            variables=server_variables,\n            env_var=BASE_URL_ENV,\n            default=DEFAULT_BASE_URL,\n            operation_servers=OPERATION_SERVERS,\n        )\n        super().__init__(\n            base_url=chosen.base_url,\n            ',
            str((undefined(name='cred_call') if l_1_cred_call is missing else l_1_cred_call)),
            '\n            timeout=timeout,\n            max_retries=max_retries,\n            headers=headers,\n            follow_redirects=follow_redirects,\n            user_agent=_USER_AGENT,\n            max_response_size=max_response_size,\n            deadline=deadline,\n            transport=transport,\n            http_client=http_client,\n            strict_decoding=strict_decoding,\n            api=_API,\n            default_query=default_query,\n            retry_statuses=retry_statuses,\n            hooks=hooks,\n            servers=chosen,\n        )\n',
        ))
        return concat(t_1)
    context.exported_vars.add('client_init')
    context.vars['client_init'] = l_0_client_init = Macro(environment, macro, 'client_init', ('transport_type', 'http_type'), False, False, False, context.eval_ctx.autoescape)
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n"""The clients: configuration, credentials and connection pooling for every endpoint function."""\n\nfrom __future__ import annotations\n\nimport typing as _t\nfrom collections.abc import Callable as _Callable\nfrom collections.abc import Coroutine as _Coroutine\n\nimport httpx as _httpx\n\nfrom . import _runtime as _rt\n\n__all__ = [\n    "BASE_URL_ENV",\n    "DEFAULT_BASE_URL",\n    "OPERATION_SERVERS",\n    "SERVERS",\n    "AsyncClient",\n    "Client",\n]\n\nDEFAULT_BASE_URL: _t.Final[str] = '
    yield str((undefined(name='base_url') if l_0_base_url is missing else l_0_base_url))
    yield '\n"""Where requests go unless the client is told otherwise."""\nBASE_URL_ENV: _t.Final[str] = '
    yield str((undefined(name='base_url_env') if l_0_base_url_env is missing else l_0_base_url_env))
    yield '\n"""The environment variable that, when set, replaces ``DEFAULT_BASE_URL``."""\n'
    yield str((undefined(name='servers') if l_0_servers is missing else l_0_servers))
    yield '\n"""The servers the API description lists: ``Client(server=...)`` picks one by name or index."""\n'
    yield str((undefined(name='operation_servers') if l_0_operation_servers is missing else l_0_operation_servers))
    yield '\n"""The servers of operations that have their own (the API description\'s per-path or\nper-operation ``servers``); those operations are sent there, with the same ``server_variables``."""\n_USER_AGENT: _t.Final[str] = '
    yield str((undefined(name='user_agent') if l_0_user_agent is missing else l_0_user_agent))
    yield '\n'
    yield str((undefined(name='api_info') if l_0_api_info is missing else l_0_api_info))
    yield '\n\n\n'
    if (undefined(name='cred_params') if l_0_cred_params is missing else l_0_cred_params):
        pass
        yield 'def _credentials(\n    *,\n'
        for l_1_p in (undefined(name='cred_params') if l_0_cred_params is missing else l_0_cred_params):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.getattr(l_1_p, 'name'))
            yield ': '
            yield str(environment.getattr(l_1_p, 'annotation'))
            yield ',\n'
        l_1_p = missing
        yield ') -> dict[str, _rt.Credential]:\n    return {\n'
        for l_1_c in (undefined(name='credentials') if l_0_credentials is missing else l_0_credentials):
            _loop_vars = {}
            pass
            yield '        '
            yield str(l_1_c)
            yield ',\n'
        l_1_c = missing
        yield '    }\n'
    else:
        pass
        yield 'def _credentials() -> dict[str, _rt.Credential]:\n    return {}\n'
    yield '\n\nclass Client(_rt.SyncClient):\n    """Synchronous client for the '
    yield str((undefined(name='title_doc') if l_0_title_doc is missing else l_0_title_doc))
    yield '.\n\n    Use it as a context manager (``with Client() as client: ...``) or call ``close()``.\n'
    if (undefined(name='env_vars') if l_0_env_vars is missing else l_0_env_vars):
        pass
        yield '\n    Credentials not passed here are read from the environment:\n'
        for l_1_e in (undefined(name='env_vars') if l_0_env_vars is missing else l_0_env_vars):
            _loop_vars = {}
            pass
            yield '    ``'
            yield str(environment.getattr(l_1_e, 'name'))
            yield '`` from ``'
            yield str(environment.getattr(l_1_e, 'env'))
            yield '``.\n'
        l_1_e = missing
    yield '\n    Args:\n'
    for l_1_p in (undefined(name='cred_params') if l_0_cred_params is missing else l_0_cred_params):
        _loop_vars = {}
        pass
        yield '        '
        yield str(environment.getattr(l_1_p, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_p, 'doc'))
        yield '\n'
    l_1_p = missing
    yield '        base_url: The server to talk to, for every operation (a proxy or a mock server, say);\n            defaults to ``$'
    yield str((undefined(name='base_url_env_doc') if l_0_base_url_env_doc is missing else l_0_base_url_env_doc))
    yield "`` when set, else the chosen ``server``.\n        server: One of ``SERVERS``, by name or index; defaults to the first.\n        server_variables: Values for the servers' ``{variables}`` (each one of its ``enum`` when\n            the API description lists values), also for operations with servers of their own.\n        timeout: Seconds per request phase (or an ``httpx.Timeout``; ``None`` for no limit).\n        max_retries: Retries of a failed request that is safe to repeat (0 turns them off).\n        headers: Headers sent with every request.\n        follow_redirects: Follow redirects; credentials are dropped when the origin changes, and a\n            redirect to another origin that would resend the body raises ``UnsafeRedirectError``.\n        max_response_size: The largest body read into memory, in bytes after decompression\n            (``None`` for no limit); a larger one raises ``ResponseTooLargeError``.\n        deadline: Seconds the whole call may take: connecting, reading, every retry and every\n            backoff sleep (``None`` for no limit, the default; ``timeout`` bounds each phase).\n        transport: An httpx transport, e.g. for tests.\n        http_client: An ``httpx.Client`` to use instead of the client's own.\n        strict_decoding: Refuse a response body whose values do not have the types the API\n            description gives them (``APIResponseValidationError``, naming the value's path).\n            ``False`` keeps such values as they arrived; a body that cannot be decoded at all\n            still raises.\n        default_query: Query parameters sent with every request.\n        retry_statuses: The statuses that are retried (default 408, 429, 500, 502, 503, 504);\n            those that say the server did not act (408, 425, 429, 503) for every method, the\n            others only for requests that are safe to repeat.\n        hooks: Callables run before each attempt, after each response and on errors.\n\n    Set ``"
    yield str((undefined(name='log_env') if l_0_log_env is missing else l_0_log_env))
    yield '=debug`` (or ``info``) in the environment to log requests to stderr.\n    """\n\n'
    yield str(context.call((undefined(name='client_init') if l_0_client_init is missing else l_0_client_init), '_httpx.BaseTransport', '_httpx.Client'))
    yield '\n\nclass AsyncClient(_rt.AsyncClient):\n    """Asynchronous client for the '
    yield str((undefined(name='title_doc') if l_0_title_doc is missing else l_0_title_doc))
    yield '; the same options as :class:`Client`."""\n\n'
    yield str(context.call((undefined(name='client_init') if l_0_client_init is missing else l_0_client_init), '_httpx.AsyncBaseTransport', '_httpx.AsyncClient'))
    yield '\n\n_P = _t.ParamSpec("_P")\n_R = _t.TypeVar("_R")\n_RC = _t.TypeVar("_RC", bound=_rt.APIResponse[_t.Any])\n\n\ndef async_form(\n    fn: _Callable[_t.Concatenate[Client, _P], _R],\n) -> _rt.Form[AsyncClient, _P, _Coroutine[_t.Any, _t.Any, _R]]:\n    """The ``_async`` form of an endpoint function: the same parameters, with an ``AsyncClient``."""\n    return _rt.async_form(fn, AsyncClient)\n\n\n@_t.overload\ndef with_response(\n    fn: _Callable[_t.Concatenate[Client, _P], _R],\n) -> _rt.Form[Client, _P, _rt.APIResponse[_R]]: ...\n@_t.overload\ndef with_response(\n    fn: _Callable[_t.Concatenate[Client, _P], _t.Any],\n    response_class: type[_RC],\n    by_status: _t.Mapping[str, type[_RC]] | None = None,\n) -> _rt.Form[Client, _P, _RC]: ...\ndef with_response(\n    fn: _Callable[_t.Concatenate[Client, _P], _t.Any],\n    response_class: type[_rt.APIResponse[_t.Any]] | None = None,\n    by_status: _t.Mapping[str, type[_rt.APIResponse[_t.Any]]] | None = None,\n) -> _rt.Form[Client, _P, _t.Any]:\n    """The ``_with_response`` form of an endpoint function: the body with the HTTP response (as\n    the operation\'s typed response class, or the subclass ``by_status`` names for the status)."""\n    return _rt.with_response(fn, response_class, by_status)\n\n\ndef streaming(\n    fn: _Callable[_t.Concatenate[Client, _P], _t.Any],\n) -> _rt.Form[Client, _P, _rt.StreamedResponse]:\n    """The ``_streaming`` form of an endpoint function: the response with its body unread."""\n    return _rt.streaming(fn)\n\n\n_E = _t.TypeVar("_E")\n\n\ndef events(\n    fn: _Callable[_t.Concatenate[Client, _P], _t.Any],\n    operation: _rt.Operation[_rt.EventStream[_E]],\n    flag: str,\n) -> _rt.Form[Client, _P, _rt.EventStream[_E]]:\n    """The ``_stream`` form of an endpoint function that answers events when ``flag`` is set."""\n    return _rt.events(fn, operation, flag)\n\n\ndef negotiated(\n    fn: _Callable[_t.Concatenate[Client, _P], _t.Any],\n    operation: _rt.Operation[_E],\n    suffix: str,\n) -> _rt.Form[Client, _P, _E]:\n    """The ``_as_<suffix>`` form of an endpoint function whose answers come in several media types."""\n    return _rt.negotiated(fn, operation, suffix)\n\n\ndef paged(\n    fn: _Callable[_t.Concatenate[Client, _P], _t.Any],\n    paging: _rt.Paging[_E],\n) -> _rt.Form[Client, _P, _rt.Page[_E]]:\n    """The ``_pages`` form of a list endpoint: its first page; iterating walks every page\'s items."""\n    return _rt.paged(fn, paging)\n\n\ndef paged_async(\n    fn: _Callable[_t.Concatenate[Client, _P], _t.Any],\n    paging: _rt.Paging[_E],\n) -> _rt.Form[AsyncClient, _P, _Coroutine[_t.Any, _t.Any, _rt.AsyncPage[_E]]]:\n    """The ``_pages_async`` form of a list endpoint: ``async for`` walks every page\'s items."""\n    return _rt.paged_async(fn, paging)\n'

blocks = {}
debug_info = '2=25&6=36&7=41&18=49&19=51&36=53&54=59&76=61&78=63&80=65&82=67&85=69&86=71&89=73&92=76&93=80&97=86&98=90&108=98&111=100&114=103&115=107&120=113&121=117&124=123&149=125&152=127&155=129&157=131'
