"""Auto-pagination over a real local server: every scheme, three or more pages, sync and async.

The client is generated from ``tests/golden/streams/spec.yaml``, whose list operations use each
scheme the generator detects (Stripe's has_more, Box's marker, Twilio's next_page_url, SCIM's
startIndex, page numbers with a page count, and GitHub's Link header).
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

from tests.client.conftest import generate_package
from tests.golden_cases import GOLDEN
from tests.server import LocalServer, Recorded, Reply

IDS = [f"i{n}" for n in range(7)]  # seven items, three per page: pages of 3, 3 and 1


@pytest.fixture(scope="module")
def streams(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    generate_package(GOLDEN / "streams" / "spec.yaml", tmp_path_factory.mktemp("paging") / "client",
                     "pagingtest_client")
    return importlib.import_module("pagingtest_client")


def _q(request: Recorded) -> dict[str, str]:
    return dict(request.query)


def _page(start: int) -> list[dict[str, str]]:
    return [{"id": i} for i in IDS[start : start + 3]]


def has_more(request: Recorded) -> Reply:
    after = _q(request).get("starting_after")
    start = IDS.index(after) + 1 if after else 0
    return Reply(body={"data": _page(start), "has_more": start + 3 < len(IDS)})


def marker(request: Recorded) -> Reply:
    start = int(_q(request).get("marker", "0"))
    return Reply(body={"entries": _page(start), "next_marker": str(start + 3) if start + 3 < len(IDS) else None})


def next_url(base: str) -> Callable[[Recorded], Reply]:
    def respond(request: Recorded) -> Reply:
        token = _q(request).get("PageToken", "0")
        start = int(token)
        url = f"{base}/v1/rooms?PageSize=3&Page=2&PageToken={start + 3}" if start + 3 < len(IDS) else None
        return Reply(body={"rooms": _page(start), "meta": {"page": start // 3, "next_page_url": url}})

    return respond


def start_index(request: Recorded) -> Reply:
    start = int(_q(request).get("startIndex", "1"))  # SCIM counts from 1
    return Reply(body={"Resources": _page(start - 1), "totalResults": len(IDS)})


def page_number(request: Recorded) -> Reply:
    page = int(_q(request).get("page", "1"))
    return Reply(body={"results": _page((page - 1) * 3), "total_pages": 3})


def link(base: str) -> Callable[[Recorded], Reply]:
    def respond(request: Recorded) -> Reply:
        page = int(_q(request).get("page", "1"))
        links = [f'<{base}/v1/commits?page={page + 1}&per_page=3>; rel="next"'] if page < 3 else []
        links.append(f'<{base}/v1/commits?page=1&per_page=3>; rel="first"')
        return Reply(body=_page((page - 1) * 3), headers={"Link": ", ".join(links)})

    return respond


CASES: list[tuple[str, str, Any, dict[str, Any]]] = [
    ("charges", "list_charges", has_more, {"limit": 3}),
    ("files", "list_files", marker, {}),
    ("rooms", "list_rooms", next_url, {}),
    ("users", "list_users", start_index, {"count": 3}),
    ("tags", "list_tags", page_number, {}),
    ("commits", "list_commits", link, {"per_page": 3}),
]


def _responder(server: LocalServer, make: Any) -> Callable[[Recorded], Reply]:
    return make(server.url) if make in (next_url, link) else make


@pytest.mark.parametrize(("group", "name", "make", "kwargs"), CASES, ids=[c[1] for c in CASES])
def test_every_item_of_every_page(streams: ModuleType, server: LocalServer, group: str, name: str,
                                  make: Any, kwargs: dict[str, Any]) -> None:
    module = importlib.import_module(f"pagingtest_client.api.{group}")
    server.respond_with(_responder(server, make))
    with streams.Client(token="t", base_url=server.url + "/v1") as client:
        first = getattr(module, f"{name}_pages")(client, **kwargs)
        assert [i.id for i in first.items] == IDS[:3]
        assert first.has_next_page()
        assert [i.id for i in first] == IDS
        pages = list(first.iter_pages())
    assert [len(p.items) for p in pages] == [3, 3, 1]
    assert not pages[-1].has_next_page()
    assert len(server.requests) == 5  # the first page, then two more for each walk
    for request in server.requests:  # every page keeps the caller's own arguments and credentials
        assert request.headers["authorization"] == "Bearer t"
        for key, value in kwargs.items():
            wire = {"count": "count", "limit": "limit", "per_page": "per_page"}[key]
            assert (wire, str(value)) in request.query


@pytest.mark.parametrize(("group", "name", "make", "kwargs"), CASES, ids=[c[1] for c in CASES])
def test_async_pages(streams: ModuleType, server: LocalServer, group: str, name: str,
                     make: Any, kwargs: dict[str, Any]) -> None:
    module = importlib.import_module(f"pagingtest_client.api.{group}")
    server.respond_with(_responder(server, make))

    async def main() -> tuple[list[str], int]:
        async with streams.AsyncClient(token="t", base_url=server.url + "/v1") as client:
            first = await getattr(module, f"{name}_pages_async")(client, **kwargs)
            second = await first.next_page()
            return [i.id async for i in first], len(second.items)

    ids, second = asyncio.run(main())
    assert ids == IDS
    assert second == 3


def test_the_plain_form_returns_one_page(streams: ModuleType, server: LocalServer) -> None:
    from pagingtest_client.api import charges

    server.respond_with(has_more)
    with streams.Client(token="t", base_url=server.url + "/v1") as client:
        page = charges.list_charges(client)
    assert [c.id for c in page.data] == IDS[:3]
    assert len(server.requests) == 1


def test_next_page_after_the_last_raises(streams: ModuleType, server: LocalServer) -> None:
    from pagingtest_client.api import tags

    server.reply(Reply(body={"results": [{"id": "only"}], "total_pages": 1}))
    with streams.Client(token="t", base_url=server.url + "/v1") as client:
        page = tags.list_tags_pages(client)
        assert not page.has_next_page()
        with pytest.raises(StopIteration):
            page.next_page()


def test_a_page_that_repeats_ends_the_walk(streams: ModuleType, server: LocalServer) -> None:
    from pagingtest_client.api import files

    server.respond_with(lambda r: Reply(body={"entries": [{"id": "x"}], "next_marker": "same"}))
    with streams.Client(token="t", base_url=server.url + "/v1") as client:
        assert [f.id for f in files.list_files_pages(client, marker="same")] == ["x"]  # no endless loop


def test_the_link_header_parser(streams: ModuleType) -> None:
    link_next = streams._runtime._pagination.link_next
    assert link_next('<https://x/a?page=2>; rel="next", <https://x/a?page=9>; rel="last"') == "https://x/a?page=2"
    assert link_next('<https://x/a?page=9>; rel="last", <https://x/b>; title="n"; rel="prev next"') == "https://x/b"
    assert link_next('<https://x/a?page=1>; rel="first"') is None
    assert link_next("") is None


def test_the_wrong_client_kind_is_refused(streams: ModuleType) -> None:
    from pagingtest_client.api import charges

    client = streams.AsyncClient(token="t", base_url="http://127.0.0.1:9")
    with pytest.raises(TypeError, match="list_charges_pages_async"):
        charges.list_charges_pages(client)
