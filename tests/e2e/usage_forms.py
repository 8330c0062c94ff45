"""Every derived form of an endpoint called with ``client=`` as a keyword, as a user may write it:
sync and async, ``_with_response``, ``_pages``, ``_stream``, ``_streaming`` and ``_as_<type>``
(the ``streams`` and ``operations`` golden clients). ``tests/e2e/test_usage_forms.py`` type-checks
this file with ``mypy --strict`` and pyright strict, and runs it against a local server."""

from __future__ import annotations

from typing import assert_type

import operations_client
import streams_client
from operations_client.api import reports
from operations_client.models import GetReportResponse
from streams_client.api import chat, exports, users
from streams_client.models import ChatAnswer, ChatDelta, CreateChatRequest, User, UserList


def sync_forms(base_url: str) -> list[str]:
    seen: list[str] = []
    with streams_client.Client(token="t", base_url=base_url) as client:
        listed = users.list_users(client=client, count=1)
        assert_type(listed, UserList)
        seen.append(listed.resources[0].id)
        raw = users.list_users_with_response(client=client, count=1)
        assert_type(raw, streams_client.APIResponse[UserList])
        seen.append(str(raw.status_code))
        page = users.list_users_pages(client=client, count=1)
        assert_type(page, streams_client.Page[User])
        seen.append(",".join(u.id for u in page))
        answer = chat.create_chat(client=client, body=CreateChatRequest(message="hi"))
        assert_type(answer, ChatAnswer)
        seen.append(answer.text)
        with chat.create_chat_stream(client=client, body=CreateChatRequest(message="hi")) as events:
            assert_type(events, streams_client.EventStream[ChatDelta])
            seen.append("".join(e.delta for e in events))
        body = exports.download_export(client=client, id="e1")
        assert_type(body, bytes)
        seen.append(body.decode())
        with exports.download_export_streaming(client=client, id="e1") as streamed:
            assert_type(streamed, streams_client.StreamedResponse)
            seen.append(streamed.read().decode())
    with operations_client.Client(base_url=base_url) as other:
        report = reports.get_report(client=other, id=1)
        assert_type(report, GetReportResponse)
        seen.append(str(report.rows))
        csv = reports.get_report_as_csv(client=other, id=1)
        assert_type(csv, str)
        seen.append(csv)
        pdf = reports.get_report_as_pdf(client=other, id=1)
        assert_type(pdf, bytes)
        seen.append(pdf.decode())
    return seen


async def async_forms(base_url: str) -> list[str]:
    seen: list[str] = []
    async with streams_client.AsyncClient(token="t", base_url=base_url) as client:
        listed = await users.list_users_async(client=client, count=1)
        seen.append(listed.resources[0].id)
        raw = await users.list_users_with_response_async(client=client, count=1)
        assert_type(raw, streams_client.APIResponse[UserList])
        seen.append(str(raw.status_code))
        page = await users.list_users_pages_async(client=client, count=1)
        assert_type(page, streams_client.AsyncPage[User])
        seen.append(",".join([u.id async for u in page]))
        answer = await chat.create_chat_async(client=client, body=CreateChatRequest(message="hi"))
        seen.append(answer.text)
        events = await chat.create_chat_stream_async(client=client, body=CreateChatRequest(message="hi"))
        async with events:
            seen.append("".join([e.delta async for e in events]))
        body = await exports.download_export_async(client=client, id="e1")
        seen.append(body.decode())
        streamed = await exports.download_export_streaming_async(client=client, id="e1")
        async with streamed:
            assert_type(streamed, streams_client.StreamedResponse)
            seen.append(b"".join([chunk async for chunk in streamed.aiter_bytes()]).decode())
    async with operations_client.AsyncClient(base_url=base_url) as other:
        report = await reports.get_report_with_response_async(client=other, id=1)
        seen.append(str(report.parsed.rows))
        seen.append(await reports.get_report_as_csv_async(client=other, id=1))
        seen.append((await reports.get_report_as_pdf_async(client=other, id=1)).decode())
    return seen
