# README.md.jinja, compiled by jinja2 3.1.6: written by write_compiled; do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'README.md.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_description = resolve('description')
    l_0_install_path = resolve('install_path')
    l_0_operations = resolve('operations')
    l_0_package = resolve('package')
    l_0_kw = resolve('kw')
    l_0_base_url = resolve('base_url')
    l_0_base_url_env = resolve('base_url_env')
    l_0_servers = resolve('servers')
    l_0_operation_servers = resolve('operation_servers')
    l_0_credentials = resolve('credentials')
    l_0_unsupported = resolve('unsupported')
    l_0_oauth = resolve('oauth')
    l_0_bearer = resolve('bearer')
    l_0_idempotency_header = resolve('idempotency_header')
    l_0_paged_example = resolve('paged_example')
    l_0_stream_example = resolve('stream_example')
    l_0_flagged = resolve('flagged')
    l_0_download_example = resolve('download_example')
    l_0_request_id_headers = resolve('request_id_headers')
    l_0_request_id_imports = resolve('request_id_imports')
    l_0_log_env = resolve('log_env')
    l_0_first_model = resolve('first_model')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield '# '
    yield str((undefined(name='title') if l_0_title is missing else l_0_title))
    yield ' — Python client\n\nA typed Python client for the '
    yield str((undefined(name='title') if l_0_title is missing else l_0_title))
    yield ', generated from its OpenAPI description. Sync and async,\nbuilt on [httpx](https://www.python-httpx.org/) (its only dependency), with dataclass models, typed\nerrors, retries, timeouts and raw responses. Python 3.11+. The full public surface is listed in\n[api.md](api.md).\n\n'
    if (undefined(name='description') if l_0_description is missing else l_0_description):
        pass
        yield str((undefined(name='description') if l_0_description is missing else l_0_description))
        yield '\n\n'
    yield '## Install\n\n```sh\npip install '
    yield str((undefined(name='install_path') if l_0_install_path is missing else l_0_install_path))
    yield '   # this folder, from where it was generated (or `pip install .` in it)\n```\n\nThe package ships `py.typed`: mypy and pyright check your calls against it.\n\n## Use\n\n```python\n'
    if (undefined(name='operations') if l_0_operations is missing else l_0_operations):
        pass
        for l_1_line in environment.getattr(environment.getitem((undefined(name='operations') if l_0_operations is missing else l_0_operations), 0), 'example_imports'):
            _loop_vars = {}
            pass
            yield str(l_1_line)
            yield '\n'
        l_1_line = missing
    else:
        pass
        yield 'from '
        yield str((undefined(name='package') if l_0_package is missing else l_0_package))
        yield ' import Client\n'
    yield '\nwith Client('
    yield str(environment.getattr((undefined(name='kw') if l_0_kw is missing else l_0_kw), 'first'))
    yield ') as client:\n'
    if (undefined(name='operations') if l_0_operations is missing else l_0_operations):
        pass
        yield '    result = '
        yield str(environment.getattr(environment.getitem((undefined(name='operations') if l_0_operations is missing else l_0_operations), 0), 'example_call'))
        yield '\n'
    else:
        pass
        yield '    pass\n'
    yield '```\n\nEvery operation is a function in `'
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '.api.<tag>` that takes the client first and everything\nelse as keyword arguments. '
    if (undefined(name='base_url') if l_0_base_url is missing else l_0_base_url):
        pass
        yield 'The base URL defaults to `'
        yield str((undefined(name='base_url') if l_0_base_url is missing else l_0_base_url))
        yield '`; pass `base_url=` (or set\n`'
        yield str((undefined(name='base_url_env') if l_0_base_url_env is missing else l_0_base_url_env))
        yield '`) to send every request elsewhere'
    else:
        pass
        yield 'The API description names no absolute server URL, so\npass `base_url=` (as the examples here do) or set `'
        yield str((undefined(name='base_url_env') if l_0_base_url_env is missing else l_0_base_url_env))
        yield '`'
    if (undefined(name='servers') if l_0_servers is missing else l_0_servers):
        pass
        yield ", or choose one of the API description's\nservers by name or index (`"
        yield str((undefined(name='package') if l_0_package is missing else l_0_package))
        yield '.SERVERS`) with `server=` and fill its variables with\n`server_variables=` (checked against their allowed values):\n\n| Server | URL | Variables |\n| --- | --- | --- |\n'
        for l_1_s in (undefined(name='servers') if l_0_servers is missing else l_0_servers):
            _loop_vars = {}
            pass
            yield '| `'
            yield str(environment.getattr(l_1_s, 'name'))
            yield '` | `'
            yield str(environment.getattr(l_1_s, 'url'))
            yield '` | '
            yield str(environment.getattr(l_1_s, 'variables'))
            yield ' |\n'
        l_1_s = missing
    else:
        pass
        yield '.\n'
    if (undefined(name='operation_servers') if l_0_operation_servers is missing else l_0_operation_servers):
        pass
        yield '\nOperations with servers of their own are sent there (with the same `server_variables`) unless `base_url=` is given: '
        l_1_loop = missing
        for l_1_o, l_1_loop in LoopContext((undefined(name='operation_servers') if l_0_operation_servers is missing else l_0_operation_servers), undefined):
            _loop_vars = {}
            pass
            yield '`'
            yield str(l_1_o)
            yield '`'
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ', '
        l_1_loop = l_1_o = missing
        yield '.\n'
    yield '\n## Authentication\n\n'
    if (undefined(name='credentials') if l_0_credentials is missing else l_0_credentials):
        pass
        yield 'Pass credentials to the client as keywords, or leave them out and set the environment variables:\n\n'
        for l_1_line in (undefined(name='credentials') if l_0_credentials is missing else l_0_credentials):
            _loop_vars = {}
            pass
            yield '- '
            yield str(l_1_line)
            yield '\n'
        l_1_line = missing
        yield '\nEach operation sends only the credentials its API description asks for, in the header, query\nparameter or cookie it names; operations without security send none. An operation that needs a\ncredential that is missing raises `MissingCredentialsError` before any request is sent, naming the\nenvironment variable to set.\n'
        if (undefined(name='unsupported') if l_0_unsupported is missing else l_0_unsupported):
            pass
            yield '\nNot supported by this client: '
            yield str((undefined(name='unsupported') if l_0_unsupported is missing else l_0_unsupported))
            yield '. Operations that need only these are sent without\nthem; add what they need yourself (`headers=`, or for mutual TLS an `httpx.Client` with the client\ncertificate as `http_client=`).\n'
        yield "\nCredentials never appear in a `repr()`, a log line or an exception message: while a client is open,\nevery exception message and every record of this package's, httpx's and httpcore's loggers has its\ncredentials masked as `<redacted>` (by value, and by the header, query parameter or cookie carrying\nthem). A credential containing whitespace or control characters is refused when the client is built\n(`ClientConfigError`, which never shows the value). A trailing newline, as in a token read with\n`open(path).read()`, is refused too rather than silently stripped: pass `.strip()`ped text.\n"
        if (undefined(name='oauth') if l_0_oauth is missing else l_0_oauth):
            pass
            yield '\n### OAuth2\n\nThe API description gives an OAuth2 token endpoint, so the client can fetch its own tokens:\n\n```python\nfrom '
            yield str((undefined(name='package') if l_0_package is missing else l_0_package))
            yield ' import Client\n\nclient = Client('
            yield str(environment.getattr((undefined(name='kw') if l_0_kw is missing else l_0_kw), 'oauth'))
            yield ')  # or set '
            yield str(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'client_id_env'))
            yield ' and '
            yield str(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'client_secret_env'))
            yield '\n```\n\nThe first request that needs the scheme fetches a token (client-credentials grant at\n`'
            yield str(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'token_url'))
            yield '`, HTTP Basic client authentication, scopes '
            yield str(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'scopes'))
            yield "), and every\nlater one reuses it. It is renewed shortly before it expires (`expires_in`, less 60 s or a tenth of its\nlifetime) and, once per call, after the API answers `401`. Concurrent calls (threads with `Client`,\ntasks with `AsyncClient`) wait for one fetch instead of each making their own. A refusal from the token\nendpoint raises `OAuthTokenError` (an `APIStatusError`) with the endpoint's `error` and\n`error_description`; a token URL that is not `https` (other than `localhost`) is refused at construction.\n"
            if environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'refresh_token'):
                pass
                yield 'With `'
                yield str(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'refresh_token'))
                yield '=` (or `'
                yield str(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'refresh_token_env'))
                yield '`) the client uses the refresh-token grant at\n`'
                yield str(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'refresh_url'))
                yield '`, keeps the refresh token the server rotates to, and falls back to client\ncredentials if it is refused.\n'
            yield 'A fixed `'
            yield str(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'token'))
            yield '=` wins over all of this. To change how tokens are fetched (another client\nauthentication, other scopes), pass your own `OAuth2Tokens` as `'
            yield str(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'provider'))
            yield '=`:\n\n```python\nfrom '
            yield str((undefined(name='package') if l_0_package is missing else l_0_package))
            yield ' import Client, OAuth2Tokens\n\ntokens = OAuth2Tokens(\n    token_url='
            yield str(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'token_url_literal'))
            yield ',\n    client_id="my-app",\n    client_secret="...",\n    scopes=("read",),\n    client_auth="body",  # client_id and client_secret in the form, not in HTTP Basic\n)\nclient = Client('
            yield str(environment.getattr((undefined(name='kw') if l_0_kw is missing else l_0_kw), 'oauth_provider'))
            yield ')\n```\n'
        if (undefined(name='bearer') if l_0_bearer is missing else l_0_bearer):
            pass
            yield '\n### Token providers\n\nFor any other way of getting bearer tokens (an authorization-code or device flow, OpenID Connect,\nworkload identity, a secrets manager), pass a function as `'
            yield str(environment.getattr((undefined(name='bearer') if l_0_bearer is missing else l_0_bearer), 'provider'))
            yield '=`. It is called before\neach request that needs the token, and once more after a `401`, so let it cache:\n\n```python\nimport functools\n\nfrom '
            yield str((undefined(name='package') if l_0_package is missing else l_0_package))
            yield ' import Client\n\n\n@functools.cache\ndef fetch_token() -> str:\n    return "..."  # ask your identity provider\n\n\nclient = Client('
            yield str(environment.getattr((undefined(name='kw') if l_0_kw is missing else l_0_kw), 'token_provider'))
            yield ')\n```\n\nWith `AsyncClient` the function may be `async def`. A `TokenSource` subclass gives full control:\n`token(http, timeout)`, `token_async(http, timeout)` and `expire(token)` (called after a `401`).\n'
    else:
        pass
        yield 'The API description declares no authentication'
        if (undefined(name='unsupported') if l_0_unsupported is missing else l_0_unsupported):
            pass
            yield ' this client can send (not\nsupported: '
            yield str((undefined(name='unsupported') if l_0_unsupported is missing else l_0_unsupported))
            yield ')'
        yield '. Use `headers=` on the client to add your own.\n'
    yield '\n## Operations\n\n| Function | Request | Summary |\n| --- | --- | --- |\n'
    for l_1_op in (undefined(name='operations') if l_0_operations is missing else l_0_operations):
        _loop_vars = {}
        pass
        yield '| [`'
        yield str(environment.getattr(l_1_op, 'group'))
        yield '.'
        yield str(environment.getattr(l_1_op, 'name'))
        yield '`](#'
        yield str(environment.getattr(l_1_op, 'anchor'))
        yield ') | `'
        yield str(environment.getattr(l_1_op, 'method'))
        yield ' '
        yield str(environment.getattr(l_1_op, 'path'))
        yield '` | '
        yield str(t_2(context.eval_ctx, t_2(context.eval_ctx, environment.getattr(l_1_op, 'summary'), '|', '\\|'), '\n', ' '))
        yield ' |\n'
    l_1_op = missing
    for l_1_op in (undefined(name='operations') if l_0_operations is missing else l_0_operations):
        _loop_vars = {}
        pass
        yield '\n### '
        yield str(environment.getattr(l_1_op, 'group'))
        yield '.'
        yield str(environment.getattr(l_1_op, 'name'))
        yield '\n\n`'
        yield str(environment.getattr(l_1_op, 'method'))
        yield ' '
        yield str(environment.getattr(l_1_op, 'path'))
        yield '`'
        if environment.getattr(l_1_op, 'summary'):
            pass
            yield ' — '
            yield str(environment.getattr(l_1_op, 'summary'))
        yield '\n\n```python\n'
        for l_2_line in environment.getattr(l_1_op, 'example_imports'):
            _loop_vars = {}
            pass
            yield str(l_2_line)
            yield '\n'
        l_2_line = missing
        yield '\nwith Client('
        yield str(environment.getattr((undefined(name='kw') if l_0_kw is missing else l_0_kw), 'plain'))
        yield ') as client:\n'
        if environment.getattr(l_1_op, 'returns_none'):
            pass
            yield '    '
            yield str(environment.getattr(l_1_op, 'example_call'))
            yield '\n'
        else:
            pass
            yield '    result = '
            yield str(environment.getattr(l_1_op, 'example_call'))
            yield '\n    print(result)\n'
        yield '```\n'
    l_1_op = missing
    yield '\n## Async\n\nEvery function has an `_async` twin that takes an `AsyncClient`:\n\n```python\nimport asyncio\n\nfrom '
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield ' import AsyncClient\n\n\nasync def main() -> None:\n    async with AsyncClient('
    yield str(environment.getattr((undefined(name='kw') if l_0_kw is missing else l_0_kw), 'plain'))
    yield ') as client:\n        print(client)\n\n\nasyncio.run(main())\n```\n\n## Errors\n\nA response that is not a success raises a subclass of `APIStatusError` carrying `status_code`,\n`response` and the decoded error `body`: `BadRequestError` (400), `AuthenticationError` (401),\n`PermissionDeniedError` (403), `NotFoundError` (404), `ConflictError` (409),\n`UnprocessableEntityError` (422), `RateLimitError` (429), `InternalServerError` (5xx).\nNetwork failures raise `APIConnectionError`, and timeouts `APITimeoutError` (a subclass of it). A\nsuccess whose body does not match the API description (or cannot be decoded: corrupt compression,\nJSON nested too deeply) raises `APIResponseValidationError`. Arguments that cannot be sent as given\n(CR, LF or non-ASCII characters in a header value, NaN or Infinity in a JSON body) raise\n`InvalidRequestError` before anything is sent, and are never retried; a malformed `base_url` or\ncredential raises `ClientConfigError` from the constructor. All derive from `APIError`, and every\nmessage says which operation failed and why. Text the server sent (an error `message`, a reason\nphrase) is quoted with its control characters escaped and cut to 500 characters, so a response\ncannot forge log lines. Cookie parameters are percent-encoded to RFC 6265 cookie octets, so a\nvalue such as `"v; admin=true"` stays one cookie.\n\n```python\nfrom '
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield ' import APIConnectionError, APIStatusError, NotFoundError\n\ntry:\n    ...\nexcept NotFoundError as exc:\n    print(exc.status_code, exc.body)\nexcept APIStatusError as exc:\n    print(exc.status_code, exc.response.headers)\nexcept APIConnectionError:\n    ...\n```\n\n## Retries\n\nFailed requests are retried twice by default with exponential backoff (0.5 s, doubling, capped at\n8 s, minus up to 25 % jitter), honouring `Retry-After` (seconds or an HTTP date, capped at 60 s).\nConnection failures before the request was sent, 408, 429 and 503 are retried for every method;\n500, 502, 504 and failures after sending only for idempotent operations (GET, PUT, DELETE, …,\n`x-idempotent: true`) or requests carrying an `Idempotency-Key` header, so a `POST` is never replayed\nafter the server may have acted on it. Set `max_retries=` on the client, or per call\n(`max_retries=0` turns retries off).\n'
    if (undefined(name='idempotency_header') if l_0_idempotency_header is missing else l_0_idempotency_header):
        pass
        yield '\nThe API accepts an `'
        yield str((undefined(name='idempotency_header') if l_0_idempotency_header is missing else l_0_idempotency_header))
        yield '` header, so the client sends one with every `POST` and\n`PATCH` it may retry: a fresh key per call, the same key on every attempt of that call, so the server\ncan tell a retry from a new request and such calls are retried like idempotent ones. A key you pass\nyourself is kept.\n'
    yield '\nThe server has the last word: `x-should-retry: true` or `false` on a response overrides the rules\nabove, and `retry-after-ms` (milliseconds) is honoured before `Retry-After`. `retry_statuses=` on the\nclient replaces the statuses that are retried (by default 408, 429, 500, 502, 503, 504).\n\n## Timeouts\n\nThe client\'s `timeout=` (60 s by default) applies to each phase of a request (connect, write, read,\npool); pass an `httpx.Timeout` for finer control, or `None` for no limit. Any endpoint function\naccepts `timeout=` to override it for one call. A timeout raises `APITimeoutError`.\n\n## Per-call options\n\nEvery endpoint function also takes `extra_headers=`, `extra_query=`, `timeout=` and `max_retries=`\n(all keyword-only). For example, `extra_headers={"Idempotency-Key": "..."}` makes a `POST` safe to retry.\n\n'
    if (undefined(name='paged_example') if l_0_paged_example is missing else l_0_paged_example):
        pass
        yield '## Pagination\n\nList operations that page have a `name_pages` form: it returns the first `Page`, and iterating it\nwalks the items of every page, fetching each next page as needed (with the same arguments,\ncredentials and retries). `has_next_page()`, `next_page()` and `iter_pages()` give page-by-page\ncontrol; `name_pages_async` returns an `AsyncPage` for `async for`. The scheme (a cursor, `has_more`,\na next-page URL, an offset, a page number or a `Link` header) is read from the API description;\n`pagination` in `[tool.generator]` overrides it.\n\n```python\n'
        for l_1_line in environment.getattr((undefined(name='paged_example') if l_0_paged_example is missing else l_0_paged_example), 'example_imports'):
            _loop_vars = {}
            pass
            yield str(l_1_line)
            yield '\n'
        l_1_line = missing
        yield '\nwith Client('
        yield str(environment.getattr((undefined(name='kw') if l_0_kw is missing else l_0_kw), 'first'))
        yield ') as client:\n    for item in '
        yield str(environment.getattr((undefined(name='paged_example') if l_0_paged_example is missing else l_0_paged_example), 'pages_call'))
        yield ':\n        print(item)\n```\n\n'
    if (undefined(name='stream_example') if l_0_stream_example is missing else l_0_stream_example):
        pass
        yield '## Streaming events\n\nAn operation that answers with server-sent events returns an `EventStream`, each event decoded to\nits model as it arrives. Iterate it (`async for` with an `AsyncClient`); the connection is closed\nwhen the stream ends, when the loop is left early, and on leaving the `with` block.\n'
        if (undefined(name='flagged') if l_0_flagged is missing else l_0_flagged):
            pass
            yield 'Operations that answer JSON unless a `stream` flag in the body is set come in two\nforms: `name(...)` returns the JSON model and `name_stream(...)` sets the flag and returns the\nstream, so each is typed for what it returns.\n'
        yield '\n```python\n'
        for l_1_line in environment.getattr((undefined(name='stream_example') if l_0_stream_example is missing else l_0_stream_example), 'example_imports'):
            _loop_vars = {}
            pass
            yield str(l_1_line)
            yield '\n'
        l_1_line = missing
        yield '\nwith Client('
        yield str(environment.getattr((undefined(name='kw') if l_0_kw is missing else l_0_kw), 'first'))
        yield ') as client:\n    with '
        yield str(environment.getattr((undefined(name='stream_example') if l_0_stream_example is missing else l_0_stream_example), 'stream_call'))
        yield ' as stream:\n        for event in stream:\n            print(event)\n```\n\n`stream.last_event_id` and `stream.retry` keep what a reconnection needs.\n\n'
    if (undefined(name='download_example') if l_0_download_example is missing else l_0_download_example):
        pass
        yield '## Streaming downloads\n\n`name_streaming(...)` returns a `StreamedResponse` as soon as the headers are in; the body is read\nonly as you iterate it (`iter_bytes()`, `iter_lines()`) or write it to a file, so memory stays flat\nwhatever its size.\n\n```python\n'
        for l_1_line in environment.getattr((undefined(name='download_example') if l_0_download_example is missing else l_0_download_example), 'example_imports'):
            _loop_vars = {}
            pass
            yield str(l_1_line)
            yield '\n'
        l_1_line = missing
        yield '\nwith Client('
        yield str(environment.getattr((undefined(name='kw') if l_0_kw is missing else l_0_kw), 'first'))
        yield ') as client:\n    with '
        yield str(environment.getattr((undefined(name='download_example') if l_0_download_example is missing else l_0_download_example), 'streaming_call'))
        yield ' as response:\n        response.write_to_file("download.bin")\n```\n\n'
    yield '## Limits\n\nA buffered response body is capped at `max_response_size` bytes (256 MiB by default, counted after\ndecompression, so a small compressed body that expands without bound stops early) and raises\n`ResponseTooLargeError`; pass `max_response_size=None` to lift the cap. `timeout` bounds each phase\nof a request (connect, each read); `deadline=` (seconds) bounds the whole call, retries and backoff\nsleeps included: a `Retry-After` longer than what is left ends the call instead of sleeping.\nBoth are set per client and, through `with_options`, per call:\n\n```python\nfrom '
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield ' import Client\n\nwith Client('
    yield str(environment.getattr((undefined(name='kw') if l_0_kw is missing else l_0_kw), 'deadline'))
    yield ') as client:\n    big_and_slow = client.with_options(max_response_size=2**30, deadline=120.0)\n    big_and_slow.request("GET", "/")  # or any endpoint function: name(big_and_slow, ...)\n```\n\n## Raw responses\n\n`name_with_response(...)` (and `name_with_response_async`) return an `APIResponse` with\n`status_code`, `headers`, `http_response` and the decoded `parsed` body. When the API description\ndeclares response headers, the result is a generated subclass (`<Operation>Response`, listed in\n[api.md](api.md)) with each declared header as a typed attribute. Header parsing is lenient: a declared header that\nis missing or does not parse is `None`, `header_errors` says why and `headers` keeps its raw text,\nso a server that sends `"yes"` where the description says boolean does not cost you the body. A 204\nor a response without a declared body gives `parsed=None`.\n\n## Files and other request bodies\n\nWherever the API description says binary (`format: binary`, or `contentMediaType` in OpenAPI 3.1),\npass a `File` (from `bytes`, a binary file object or a path, with an optional `filename` and\n`content_type`) or simply `bytes`, an open `rb` file or a `pathlib.Path`. Multipart bodies send\nfiles as file parts, arrays as one part per item and objects as JSON parts, with the part\n`contentType` and headers the description\'s `encoding` gives; urlencoded bodies write nested\nobjects in the bracket form (`address[city]=X`) and repeat the key for arrays, unless `encoding`\nsays otherwise. Query, path, header and cookie parameters are written in the `style` and `explode`\ntheir description gives (`deepObject` as `created[gt]=1`, `label`, `matrix`, `pipeDelimited`...).\n\n## Request IDs\n\nThe server\'s request ID (the `'
    yield str(t_1(context.eval_ctx, (undefined(name='request_id_headers') if l_0_request_id_headers is missing else l_0_request_id_headers), '`, `'))
    yield "` response header) is on every\n`APIStatusError` and `APIResponseValidationError` as `request_id` (and in its message), and on raw\nresponses. Quote it when you ask the API's support about a call:\n\n```python\n"
    if (undefined(name='operations') if l_0_operations is missing else l_0_operations):
        pass
        for l_1_line in (undefined(name='request_id_imports') if l_0_request_id_imports is missing else l_0_request_id_imports):
            _loop_vars = {}
            pass
            yield str(l_1_line)
            yield '\n'
        l_1_line = missing
        yield '\nwith Client('
        yield str(environment.getattr((undefined(name='kw') if l_0_kw is missing else l_0_kw), 'first'))
        yield ') as client:\n    try:\n        '
        yield str(environment.getattr(environment.getitem((undefined(name='operations') if l_0_operations is missing else l_0_operations), 0), 'example_call'))
        yield '\n    except APIStatusError as exc:\n        print(exc.status_code, exc.request_id)\n'
    else:
        pass
        yield 'from '
        yield str((undefined(name='package') if l_0_package is missing else l_0_package))
        yield ' import APIStatusError, Client\n\nwith Client('
        yield str(environment.getattr((undefined(name='kw') if l_0_kw is missing else l_0_kw), 'plain'))
        yield ') as client:\n    try:\n        client.request("GET", "/")\n    except APIStatusError as exc:\n        print(exc.status_code, exc.request_id)\n'
    yield "```\n\n## Client options: `with_options`\n\n`client.with_options(...)` returns a copy with other `timeout`, `max_retries`, `headers` (added to\nthe client's), `default_query`, `retry_statuses`, `hooks`, `base_url`, `max_response_size`,\n`deadline` or `strict_decoding`; it opens no connection, so it is fit for a single call too. The copy shares the\nconnection pool and the credentials (an OAuth2 token is fetched once for both); closing it leaves\nthe pool open.\n\n```python\n"
    if (undefined(name='operations') if l_0_operations is missing else l_0_operations):
        pass
        for l_1_line in environment.getattr(environment.getitem((undefined(name='operations') if l_0_operations is missing else l_0_operations), 0), 'example_imports'):
            _loop_vars = {}
            pass
            yield str(l_1_line)
            yield '\n'
        l_1_line = missing
        yield '\nwith Client('
        yield str(environment.getattr((undefined(name='kw') if l_0_kw is missing else l_0_kw), 'first_default_query'))
        yield ') as client:\n    patient = client.with_options(timeout=120.0, max_retries=5, headers={"X-Team": "data"})\n    '
        yield str(environment.getattr(environment.getitem((undefined(name='operations') if l_0_operations is missing else l_0_operations), 0), 'patient_call'))
        yield '\n'
    else:
        pass
        yield 'from '
        yield str((undefined(name='package') if l_0_package is missing else l_0_package))
        yield ' import Client\n\nwith Client('
        yield str(environment.getattr((undefined(name='kw') if l_0_kw is missing else l_0_kw), 'default_query'))
        yield ') as client:\n    patient = client.with_options(timeout=120.0, max_retries=5, headers={"X-Team": "data"})\n    patient.request("GET", "/")\n'
    yield "```\n\n## Undocumented endpoints and parameters\n\nEvery endpoint function takes `extra_headers=`, `extra_query=` and `extra_body=` (properties added\nto the JSON body, or the whole body when the operation has none) for what the API description does\nnot list yet. For a whole endpoint it does not list, `client.request(...)` sends the request with\nthe client's credentials (the API's default security), retries, hooks, redaction and typed errors,\nand decodes the JSON body with `cast_to` (a generated model, or any function of the JSON value);\nwithout `cast_to` it returns the `APIResponse`, whose `parsed` is the JSON value, text or bytes.\n\n```python\nfrom typing import Any\n\nfrom "
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield ' import Client\n\n\ndef count(data: Any) -> int:\n    return int(data["count"])\n\n\nwith Client('
    yield str(environment.getattr((undefined(name='kw') if l_0_kw is missing else l_0_kw), 'plain'))
    yield ') as client:\n    total = client.request("GET", "/things/{id}/count", path_params={"id": "a/b"}, cast_to=count)\n    raw = client.request("POST", "/things/bulk", json=[1, 2], params={"dry_run": "true"})\n    print(total, raw.status_code, raw.parsed, raw.request_id)\n```\n\nPath parameters are percent-encoded (`a/b` stays one segment); the path must start with `/` and is\njoined to `base_url`, so credentials never go to another host. `await client.request(...)` with the\n`AsyncClient`.\n\n## Hooks and logging\n\nHooks are plain functions the client calls, in the order given: `before_request` before each\nattempt (retries included), `after_response` for each response, `on_error` once with the error a\ncall raises. They receive a `RequestInfo` / `ResponseInfo` whose URL and headers are already\nredacted (credentials show as `<redacted>`), never the request itself.\n\n```python\nfrom '
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield ' import APIError, Client, Hooks, RequestInfo, ResponseInfo\n\n\ndef before(request: RequestInfo) -> None:\n    print("->", request.operation, request.method, request.url, "attempt", request.attempt)\n\n\ndef after(response: ResponseInfo) -> None:\n    print("<-", response.status_code, response.request_id)\n\n\ndef failed(request: RequestInfo, error: APIError) -> None:\n    print("!!", request.operation, error)\n\n\nclient = Client('
    yield str(environment.getattr((undefined(name='kw') if l_0_kw is missing else l_0_kw), 'hooks'))
    yield ')\n```\n\nSet `'
    yield str((undefined(name='log_env') if l_0_log_env is missing else l_0_log_env))
    yield "=debug` (or `info`) in the environment to log requests, responses and retries to\nstderr without touching your logging configuration.\n\n## Deprecations\n\nOperations, parameters and model fields that the API description marks `deprecated` raise a\n`DeprecationWarning` with the description's text when they are used: an operation when it is called,\na parameter when it is given, a field when it is sent in a request body. Their docstrings say so\ntoo. Python shows these warnings in tests and in `__main__`; turn them into errors to find every use:\n\n```sh\npython -W error::DeprecationWarning your_script.py\n```\n\n## Models\n\nModels are dataclasses: construct them with keywords, compare them with `==`. Their `repr()` shows\nonly the fields that are set (secret fields as `<redacted>`); `to_json()` / `from_json()` go to and\nfrom JSON text, `to_dict()` / `from_dict()` to and from decoded JSON.\n"
    if (undefined(name='first_model') if l_0_first_model is missing else l_0_first_model):
        pass
        yield '\n```python\nfrom '
        yield str((undefined(name='package') if l_0_package is missing else l_0_package))
        yield '.models import '
        yield str((undefined(name='first_model') if l_0_first_model is missing else l_0_first_model))
        yield '\n\n\ndef show(text: str) -> None:\n    value = '
        yield str((undefined(name='first_model') if l_0_first_model is missing else l_0_first_model))
        yield '.from_json(text)\n    print(repr(value), value.to_json(indent=2))\n```\n'
    yield '\n## Absent, null and forward compatibility\n\nOptional fields default to `UNSET` and are left out of requests; `None` is sent as JSON `null`.\nUnknown response fields are kept in `additional_properties` and sent back by `to_dict()`, and an\nenum value this client does not know becomes a member of its enum made on demand (`Status("new")`\nis a `Status` whose `is_known` is `False` and whose `value` is `"new"`), so a newer server does not\nbreak an older client and the field keeps its enum type for type checkers.\n\n## Responses that do not match the API description\n\nA response body whose values do not have the types the API description gives them (a string for an\ninteger, `null` for a required field, an object for an array) raises `APIResponseValidationError`:\n`error.location` names the value (`$.items[3].count`), `error.body` keeps the parsed body and\n`error.response` the raw response. `Client(strict_decoding=False)` keeps such values as they arrived\ninstead; a body that cannot be decoded at all (not JSON, a model from a string, a missing required\nfield, a malformed UUID or date) raises either way.\n\n'
    if (undefined(name='operations') if l_0_operations is missing else l_0_operations):
        pass
        yield '## Testing your code without a network\n\n`'
        yield str((undefined(name='package') if l_0_package is missing else l_0_package))
        yield ".testing.FakeTransport` plays the API offline. It is an `httpx` transport (sync and\nasync) that matches each request to its operation, checks it against the API description (method,\npath parameters, required query parameters and headers, body presence, JSON types, required\nproperties, enum values), records it, and answers with the spec's example for that operation:\n\n```python\nfrom "
        yield str((undefined(name='package') if l_0_package is missing else l_0_package))
        yield ' import Client\nfrom '
        yield str((undefined(name='package') if l_0_package is missing else l_0_package))
        yield '.api import '
        yield str(environment.getattr(environment.getitem((undefined(name='operations') if l_0_operations is missing else l_0_operations), 0), 'group'))
        yield '\nfrom '
        yield str((undefined(name='package') if l_0_package is missing else l_0_package))
        yield '.testing import FakeTransport, example_arguments\n\nfake = FakeTransport()\nwith Client('
        yield str(environment.getattr((undefined(name='kw') if l_0_kw is missing else l_0_kw), 'fake'))
        yield ') as client:\n    '
        yield str(environment.getattr(environment.getitem((undefined(name='operations') if l_0_operations is missing else l_0_operations), 0), 'group'))
        yield '.'
        yield str(environment.getattr(environment.getitem((undefined(name='operations') if l_0_operations is missing else l_0_operations), 0), 'name'))
        yield '(client, **example_arguments("'
        yield str(environment.getattr(environment.getitem((undefined(name='operations') if l_0_operations is missing else l_0_operations), 0), 'name'))
        yield '"))\n\ncall = fake.last_call          # also fake.calls, fake.calls_to("'
        yield str(environment.getattr(environment.getitem((undefined(name='operations') if l_0_operations is missing else l_0_operations), 0), 'name'))
        yield '")\nassert call.operation == "'
        yield str(environment.getattr(environment.getitem((undefined(name='operations') if l_0_operations is missing else l_0_operations), 0), 'name'))
        yield '" and call.violations == ()\nprint(call.method, call.request.url, call.json)\n```\n\nChoose the answer for an operation with `fake.set_response("'
        yield str(environment.getattr(environment.getitem((undefined(name='operations') if l_0_operations is missing else l_0_operations), 0), 'name'))
        yield '", status=..., json={...})`\n(or `headers=`, `content=`), or pass a function that receives the recorded call and returns an\n`httpx.Response`. `fake.reset()` forgets calls and chosen answers. A request that does not match\nthe API description is answered `422` with the list of violations (in the body and the\n`x-fake-violations` header), so the client raises `UnprocessableEntityError`, as a validating\nserver would. `example_arguments(name, full=True)` gives valid arguments for every parameter.\n\n'
    yield '## Secrets and logging\n\nFields that carry secrets (`format: password`, `writeOnly`, or configured as secret) are left out of\n`repr()`; their values are still sent and received. The client logs through the standard `logging`\nmodule under the logger `'
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '`: requests, responses and retries at `DEBUG`/`INFO`, with\n`Authorization`, cookies and API keys shown as `<redacted>`.\n\n```python\nimport logging\n\nlogging.basicConfig()\nlogging.getLogger("'
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '").setLevel(logging.DEBUG)\n```\n\n## Safety\n\nPath parameters are percent-encoded, and the values `""`, `.` and `..` are refused (they would change\nwhich resource the request goes to). Redirects are not followed unless `follow_redirects=True`; then\ncredentials (Authorization, API-key headers and query parameters, cookies) are dropped when a redirect\nchanges origin. A redirect to another origin that would replay the request body (307 and 308 keep the\nmethod and body; a password in a JSON body would reach the other server) is not followed: it raises\n`UnsafeRedirectError` carrying the redirect response. 301, 302 and 303 re-issue a `POST` as a `GET`\nwithout its body, as browsers do, so they are followed. TLS certificates are always verified. Requests carry a `User-Agent` naming this\nclient and its version.\n'

blocks = {}
debug_info = '2=47&4=49&9=51&10=53&16=56&24=58&25=60&26=63&29=69&32=72&33=74&34=77&40=83&41=85&42=90&43=95&44=100&49=102&50=106&54=116&56=120&61=132&64=135&65=139&72=143&74=146&85=149&92=152&94=154&98=160&104=164&105=167&106=171&109=174&110=176&113=178&116=180&122=182&125=184&130=187&136=189&144=191&151=196&152=199&159=203&160=207&162=220&164=224&166=228&170=237&171=240&174=244&175=246&176=249&178=254&191=259&195=261&220=263&241=265&243=268&264=271&275=274&276=277&279=281&280=283&285=285&291=288&297=292&298=295&301=299&302=301&310=303&318=306&319=309&322=313&323=315&338=318&340=320&368=322&373=324&374=326&375=329&378=333&380=335&384=340&386=342&403=345&404=347&405=350&408=354&410=356&412=361&414=363&432=366&439=368&457=370&472=372&475=374&494=376&497=379&501=383&523=386&526=389&532=391&533=393&534=397&537=399&538=401&540=407&541=409&545=411&557=414&564=416'
