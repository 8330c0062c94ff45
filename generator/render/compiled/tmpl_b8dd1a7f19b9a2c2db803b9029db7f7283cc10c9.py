# test_group.py.jinja, compiled by jinja2 3.1.6: written by write_compiled; do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'test_group.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_group = resolve('group')
    l_0_package = resolve('package')
    l_0_env_var = resolve('env_var')
    l_0_operations = resolve('operations')
    l_0_credentials = resolve('credentials')
    pass
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n"""Contract tests for the ``'
    yield str((undefined(name='group') if l_0_group is missing else l_0_group))
    yield '`` operations: every call, sync and async, minimal and full.\n\nOffline by default (``'
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '.testing.FakeTransport`` checks each request against the API\ndescription); set the environment variable named in ``BASE_URL_ENV`` to run the same calls against\na server, such as a mock server built from the same spec.\n"""\n\nfrom __future__ import annotations\n\nimport asyncio\nimport os\nimport typing as _t\n\nimport pytest\n\nfrom '
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield ' import DEFAULT_BASE_URL, AsyncClient, Client\nfrom '
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '.api import '
    yield str((undefined(name='group') if l_0_group is missing else l_0_group))
    yield ' as _group\nfrom '
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '.testing import OPERATIONS, FakeTransport, example_arguments\n\nBASE_URL_ENV = '
    yield str((undefined(name='env_var') if l_0_env_var is missing else l_0_env_var))
    yield '\nOPERATION_NAMES = [\n'
    for l_1_name in (undefined(name='operations') if l_0_operations is missing else l_0_operations):
        _loop_vars = {}
        pass
        yield '    "'
        yield str(l_1_name)
        yield '",\n'
    l_1_name = missing
    yield ']\n\n\ndef _check(name: str, fake: FakeTransport, status: int, headers: _t.Mapping[str, str]) -> None:\n    assert 200 <= status < 300, f"{name}: status {status}"\n    assert "sl-violations" not in headers, f"{name}: the server reported {headers[\'sl-violations\']}"\n    if not os.environ.get(BASE_URL_ENV):\n        (call,) = fake.calls\n        assert call.operation == name\n        assert call.violations == (), f"{name}: {call.violations}"\n        assert call.request.method == OPERATIONS[name]["method"]\n\n\n@pytest.mark.parametrize("full", [False, True], ids=["minimal", "full"])\n@pytest.mark.parametrize("name", OPERATION_NAMES)\ndef test_sync(name: str, full: bool) -> None:\n    fake = FakeTransport()\n    live = os.environ.get(BASE_URL_ENV)\n    transport = None if live else fake\n    base_url = live or DEFAULT_BASE_URL or "http://fake.invalid"\n    with Client(transport=transport, '
    yield str((undefined(name='credentials') if l_0_credentials is missing else l_0_credentials))
    if (undefined(name='credentials') if l_0_credentials is missing else l_0_credentials):
        pass
        yield ', '
    yield 'base_url=base_url) as client:\n        response = getattr(_group, name + "_with_response")(client, **example_arguments(name, full=full))\n    _check(name, fake, response.status_code, response.headers)\n\n\n@pytest.mark.parametrize("full", [False, True], ids=["minimal", "full"])\n@pytest.mark.parametrize("name", OPERATION_NAMES)\ndef test_async(name: str, full: bool) -> None:\n    fake = FakeTransport()\n    live = os.environ.get(BASE_URL_ENV)\n    transport = None if live else fake\n    base_url = live or DEFAULT_BASE_URL or "http://fake.invalid"\n\n    async def call() -> _t.Any:\n        async with AsyncClient(transport=transport, '
    yield str((undefined(name='credentials') if l_0_credentials is missing else l_0_credentials))
    if (undefined(name='credentials') if l_0_credentials is missing else l_0_credentials):
        pass
        yield ', '
    yield 'base_url=base_url) as client:\n            return await getattr(_group, name + "_with_response_async")(\n                client, **example_arguments(name, full=full)\n            )\n\n    response = asyncio.run(call())\n    _check(name, fake, response.status_code, response.headers)\n'

blocks = {}
debug_info = '2=17&3=19&5=21&18=23&19=25&20=29&22=31&24=33&25=37&47=41&61=46'
