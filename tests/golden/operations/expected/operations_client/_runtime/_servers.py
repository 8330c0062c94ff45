"""Servers: the URLs the API description lists, their variables, and which one a client talks to.

``Client(server="sandbox")`` (or an index) picks one of the generated ``SERVERS``;
``server_variables={"region": "eu"}`` fills its ``{region}`` (a value outside the variable's
``enum`` is refused). Operations that the API description gives servers of their own (an upload
host, say) are sent there, with the same variables. An explicit ``base_url=`` (or the environment
variable named beside the token's) replaces all of it: every request then goes to that URL, which
is what a proxy or a mock server needs.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping, Sequence

from ._errors import ClientConfigError


def _no_variables() -> dict[str, ServerVariable]:
    return {}


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class ServerVariable:
    """A ``{name}`` in a server URL: its default and the values allowed (any when empty)."""

    default: str
    enum: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Server:
    """One server of the API description: a URL template and its variables."""

    name: str
    url: str
    variables: Mapping[str, ServerVariable] = dataclasses.field(default_factory=_no_variables)
    description: str = ""

    def url_with(self, values: Mapping[str, str]) -> str:
        """The URL with each variable replaced by ``values``' entry (its default when absent)."""
        url = self.url
        for name, variable in self.variables.items():
            value = values.get(name, variable.default)
            if variable.enum and name in values and value not in variable.enum:
                raise ClientConfigError(
                    f"server variable {name!r} of server {self.name!r} is {value!r}; "
                    f"allowed: {', '.join(map(repr, variable.enum))}"
                )
            url = url.replace("{" + name + "}", value)
        return url


@dataclasses.dataclass(frozen=True, slots=True)
class ChosenServer:
    """What a client was configured to talk to."""

    base_url: str
    variables: Mapping[str, str]
    # ``base_url`` came from the caller (argument or environment): it applies to every
    # operation, also those with servers of their own.
    overridden: bool


def choose(
    servers: Sequence[Server],
    *,
    base_url: str | None,
    server: str | int | None,
    variables: Mapping[str, str] | None,
    env_var: str,
    default: str,
    operation_servers: Sequence[Server] = (),
) -> ChosenServer:
    """The base URL: ``base_url`` if given, else the ``server`` chosen (by name or index) with
    ``variables``, else ``$env_var`` if set, else the first server when ``variables`` fill any of
    its variables, else ``default`` (the first server at its defaults, or the URL configured when
    the client was generated)."""
    values = dict(variables or {})
    known = {name for s in (*servers, *operation_servers) for name in s.variables}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ClientConfigError(
            f"server_variables {', '.join(map(repr, unknown))}: no server declares "
            + ("them" if len(unknown) > 1 else "it")
            + (f" (declared: {', '.join(map(repr, sorted(known)))})" if known else "")
        )
    for other in operation_servers:  # refuse a bad value now, not at the first upload
        other.url_with(values)
    if base_url is not None:
        return ChosenServer(base_url, values, True)
    if server is None:
        from_env = os.environ.get(env_var, "") if env_var else ""
        if from_env:
            return ChosenServer(from_env, values, True)
        if not servers or not set(values) & set(servers[0].variables):
            return ChosenServer(default, values, False)
        chosen = servers[0]
    else:
        chosen = select(servers, server)
    return ChosenServer(chosen.url_with(values), values, False)


def select(servers: Sequence[Server], server: str | int) -> Server:
    """The server named ``server``, or at index ``server``."""
    if isinstance(server, int) and not isinstance(server, bool):
        if 0 <= server < len(servers):
            return servers[server]
        raise ClientConfigError(
            f"server={server}: the API description lists {len(servers)} server(s)"
        )
    for candidate in servers:
        if candidate.name == server:
            return candidate
    names = ", ".join(repr(s.name) for s in servers) or "none"
    raise ClientConfigError(f"server={server!r} is not one of the servers: {names}")
