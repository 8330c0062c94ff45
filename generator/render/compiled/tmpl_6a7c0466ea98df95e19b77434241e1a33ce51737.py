# api.md.jinja, compiled by jinja2 3.1.6: written by write_compiled; do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'api.md.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_package = resolve('package')
    l_0_cred_params = resolve('cred_params')
    l_0_group_sections = resolve('group_sections')
    l_0_any_additional = resolve('any_additional')
    l_0_model_sections = resolve('model_sections')
    l_0_enums = resolve('enums')
    l_0_aliases = resolve('aliases')
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield '# '
    yield str((undefined(name='title') if l_0_title is missing else l_0_title))
    yield ' — API reference\n\nThe whole public surface of `'
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '`. Types are shown as a type checker sees them.\nSee README.md for a guided tour.\n\n## Package `'
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '`\n\n| Name | What it is |\n| --- | --- |\n| `Client`, `AsyncClient` | Sync and async clients (context managers); keyword-only arguments below |\n| `Client.with_options(...)` | A copy with other `base_url`, `timeout`, `max_retries`, `headers`, `default_query`, `retry_statuses`, `hooks`, `max_response_size`, `deadline` or `strict_decoding`, sharing the connection pool (also for one call\'s settings) |\n| `Client.request(method, path, ...)` | An endpoint the description does not list: `path_params`, `params`, `json`, `content`, `headers`, `cast_to` (a model or a function; without it an `APIResponse`) and the per-call options |\n| `APIResponse[T]` | Raw response: `status_code`, `headers`, `http_response`, decoded `parsed`, the server\'s `request_id` |\n| `UNSET`, `Unset` | The "absent" value and its type (distinct from `None`, which is JSON `null`) |\n| `NOT_GIVEN`, `NotGiven` | A per-call option left to the client\'s setting |\n| `File` | A file to upload: `File(content, filename=, content_type=)` from bytes, a binary file object or a path; `File.from_path(path)` |\n| `FileInput` | What a binary body or field accepts: `File`, `bytes`, a binary file object (`IO[bytes]`) or an `os.PathLike` path |\n| `EventStream[T]` | Server-sent events decoded as `T`: `for` / `async for`, `with` / `async with`; `last_event_id`, `retry`, `response` |\n| `Page[T]`, `AsyncPage[T]` | A page of a list operation: `items`, `parsed`, `has_next_page()`, `next_page()`, `iter_pages()`; iterating walks the items of every page |\n| `ServerSentEvent` | One raw event: `event`, `data`, `id`, `retry` |\n| `StreamedResponse` | A response with its body unread: `iter_bytes()`, `iter_lines()`, `write_to_file(path)`, their `a…` async forms, `status_code`, `headers` |\n| `DEFAULT_BASE_URL` | The server URL from the API description |\n| `BASE_URL_ENV` | The environment variable that replaces `DEFAULT_BASE_URL` when set |\n| `SERVERS`, `Server` | The API description\'s servers (`name`, `url`, `variables`): `Client(server=)` picks one by name or index |\n| `__version__` | This client\'s version (also in its `User-Agent`) |\n| `APIError` | Base of every exception below |\n| `ClientConfigError` | A client option is unusable (malformed `base_url`, a credential with whitespace); raised by the constructor |\n| `MissingCredentialsError` | An operation needs a credential that was not given; raised before sending |\n| `InvalidRequestError` | A call\'s arguments cannot be sent as given (CR/LF or non-ASCII in a header, NaN in a body); raised before sending, never retried |\n| `APIConnectionError`, `APITimeoutError` | No response (network failure, or a timeout) |\n| `APIResponseValidationError` | A success response whose body does not match the description: `path`, `location`, `body`, the server\'s `request_id` |\n| `APIStatusError` | Any non-success status: `status_code`, `response`, decoded error `body`, the server\'s `request_id` |\n| `UnsafeRedirectError` | A redirect not followed: to another origin, replaying the request body (a subclass of `APIStatusError`) |\n| `BadRequestError` (400), `AuthenticationError` (401), `PermissionDeniedError` (403), `NotFoundError` (404), `ConflictError` (409), `UnprocessableEntityError` (422), `RateLimitError` (429), `InternalServerError` (5xx) | Subclasses of `APIStatusError` |\n| `OAuthTokenError` | The OAuth2 token endpoint refused a token: `error`, `error_description` (an `APIStatusError`) |\n| `Hooks`, `RequestInfo`, `ResponseInfo` | Client hooks (`before_request`, `after_response`, `on_error`) and the redacted views they receive |\n| `TokenProvider`, `TokenSource`, `OAuth2Tokens` | Bearer tokens from a function, a custom source, or an OAuth2 token endpoint (cached, renewed) |\n| `ResponseTooLargeError` | A body over `max_response_size` (counted after decompression): `limit`, `response` |\n\n### `Client(...)` / `AsyncClient(...)`\n\n| Keyword | Type | Default |\n| --- | --- | --- |\n'
    for l_1_p in (undefined(name='cred_params') if l_0_cred_params is missing else l_0_cred_params):
        _loop_vars = {}
        pass
        yield '| `'
        yield str(environment.getattr(l_1_p, 'name'))
        yield '` | `'
        yield str(t_1(context.eval_ctx, environment.getattr(l_1_p, 'annotation'), '|', '\\|'))
        yield '` | '
        if environment.getattr(l_1_p, 'env'):
            pass
            yield '`None`: read from `'
            yield str(environment.getattr(l_1_p, 'env'))
            yield '`'
            if (environment.getattr(l_1_p, 'kind') == 'basic'):
                pass
                yield ' (`user:password`)'
        else:
            pass
            yield '`None`'
        yield ' |\n'
    l_1_p = missing
    yield "| `base_url` | `str \\| None` | `$BASE_URL_ENV`, else the chosen server (every operation goes to it when given) |\n| `server` | `str \\| int \\| None` | the first of `SERVERS` |\n| `server_variables` | `Mapping[str, str] \\| None` | each variable's default (a value must be one of its `enum`) |\n| `timeout` | `float \\| httpx.Timeout \\| None` | `60.0` seconds |\n| `max_retries` | `int` | `2` |\n| `headers` | `Mapping[str, str] \\| None` | extra headers for every request |\n| `follow_redirects` | `bool` | `False` |\n| `max_response_size` | `int \\| None` | `DEFAULT_MAX_RESPONSE_SIZE` (256 MiB, decompressed); `None` for no limit |\n| `deadline` | `float \\| None` | `None`: no bound on the whole call (connect, reads, retries, backoff) |\n| `transport` | `httpx.BaseTransport \\| None` (`AsyncBaseTransport` for `AsyncClient`) | `None` |\n| `http_client` | `httpx.Client \\| None` (`httpx.AsyncClient`) | `None`: the client makes its own |\n| `default_query` | `Mapping[str, str] \\| None` | query parameters for every request |\n| `retry_statuses` | `Collection[int] \\| None` | `None`: 408, 429, 500, 502, 503, 504 |\n| `hooks` | `Hooks \\| None` | `None`: no hooks |\n\nEvery endpoint function also takes these keyword arguments: `extra_headers: Mapping[str, str] | None`,\n`extra_query: Mapping[str, str] | None`, `extra_body: Mapping[str, object] | None`, `timeout: float | httpx.Timeout | None | NotGiven`,\n`max_retries: int | None`.\n\n## Endpoint functions (`"
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '.api`)\n\nEach operation `name` comes as `name(client, ...)`, `name_async(async_client, ...)`,\n`name_with_response(client, ...)` and `name_with_response_async(async_client, ...)`. An operation\nthat answers JSON unless asked for server-sent events also has `name_stream` (and `name_stream_async`);\none whose success body is binary or text also has `name_streaming` (and `name_streaming_async`),\nreturning a `StreamedResponse` whose body has not been read; a list operation that pages also\nhas `name_pages` (and `name_pages_async`), returning its first `Page`. An operation whose answer\ncomes in several media types has `name_as_<type>` (and its `_async` form) for each one after the\nfirst: it asks for that type (`Accept`) and returns it decoded as such (`str` for text, `bytes`).\n'
    for l_1_section in (undefined(name='group_sections') if l_0_group_sections is missing else l_0_group_sections):
        _loop_vars = {}
        pass
        yield str(l_1_section)
    l_1_section = missing
    yield '\n## Models (`'
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '.models`)\n\nDataclasses with keyword-only constructors, `to_dict()` and `from_dict()`. Fields marked secret are\nleft out of `repr()`.'
    if (undefined(name='any_additional') if l_0_any_additional is missing else l_0_any_additional):
        pass
        yield ' Models that accept unknown properties keep them in\n`additional_properties`, and send them back in `to_dict()`.'
    yield '\n'
    for l_1_section in (undefined(name='model_sections') if l_0_model_sections is missing else l_0_model_sections):
        _loop_vars = {}
        pass
        yield str(l_1_section)
    l_1_section = missing
    if (undefined(name='enums') if l_0_enums is missing else l_0_enums):
        pass
        yield '\n## Enums (`'
        yield str((undefined(name='package') if l_0_package is missing else l_0_package))
        yield '.models`)\n\nFields of an enum type also accept and return values this client does not know yet (as plain\n`str` or `int`), so a new server value does not break decoding.\n'
        for l_1_e in (undefined(name='enums') if l_0_enums is missing else l_0_enums):
            _loop_vars = {}
            pass
            yield '\n### `'
            yield str(environment.getattr(l_1_e, 'name'))
            yield '`\n\n'
            if environment.getattr(l_1_e, 'doc'):
                pass
                yield str(environment.getattr(l_1_e, 'doc'))
                yield '\n\n'
            for l_2_x in environment.getattr(l_1_e, 'members'):
                _loop_vars = {}
                pass
                yield '- `'
                yield str(environment.getattr(l_2_x, 'name'))
                yield '` = `'
                yield str(environment.getattr(l_2_x, 'value'))
                yield '`\n'
            l_2_x = missing
        l_1_e = missing
    if (undefined(name='aliases') if l_0_aliases is missing else l_0_aliases):
        pass
        yield '\n## Type aliases (`'
        yield str((undefined(name='package') if l_0_package is missing else l_0_package))
        yield '.models`)\n\n'
        for l_1_a in (undefined(name='aliases') if l_0_aliases is missing else l_0_aliases):
            _loop_vars = {}
            pass
            yield '- `'
            yield str(environment.getattr(l_1_a, 'name'))
            yield '` = `'
            yield str(environment.getattr(l_1_a, 'annotation'))
            yield '`\n'
        l_1_a = missing

blocks = {}
debug_info = '2=26&4=28&7=30&45=32&46=36&67=54&77=56&78=59&80=62&83=64&86=68&87=71&88=73&90=76&94=78&96=82&98=84&99=86&102=88&103=92&107=98&109=101&111=103&112=107'
