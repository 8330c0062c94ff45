"""Credentials: one per security scheme, and which of them an operation sends.

A ``Credential`` holds a fixed value (checked when the client is built, never shown in a repr)
or a ``TokenSource`` that supplies bearer tokens per attempt (OAuth2, a caller's provider).
"""

from __future__ import annotations

import base64
import dataclasses
import os
from collections.abc import Mapping
from typing import Any, Literal

from . import _checks, _redact
from ._errors import ClientConfigError, MissingCredentialsError
from ._oauth import TokenSource
from ._operation import Operation, describe

__all__ = ["Credential", "select"]


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Credential:
    """One security scheme's credential. Its value never appears in a repr or a log line."""

    kind: Literal["bearer", "basic", "apiKey"]
    location: Literal["header", "query", "cookie"] = "header"
    param_name: str = "Authorization"
    env_var: str = ""
    value: str | tuple[str, str] | None = dataclasses.field(default=None, repr=False)
    source: TokenSource | None = None
    """Where bearer tokens come from when there is no fixed ``value`` (OAuth2, a provider)."""

    def __post_init__(self) -> None:
        """Refuse a value that could not be sent as given (whitespace, control characters)."""
        source = f" (or ${self.env_var})" if self.env_var else ""
        if isinstance(self.value, tuple):
            user, password = self.value
            _checks.credential(f"the basic auth user name{source}", user)
            if ":" in user:
                raise ClientConfigError(f"the basic auth user name{source} contains ':'")
            _checks.credential(f"the basic auth password{source}", password, allow_spaces=True)
        elif self.value is not None:
            label = {
                "bearer": "the bearer token",
                "basic": "the basic auth credential",
            }.get(self.kind, f"the API key {self.param_name!r}")
            _checks.credential(label + source, self.value)

    @property
    def available(self) -> bool:
        return bool(self.value) or self.source is not None

    @property
    def per_attempt(self) -> bool:
        """Whether the token comes from ``source`` on each attempt (no fixed value)."""
        return self.source is not None and not self.value

    def secrets(self) -> list[str]:
        """Every form this credential's value travels in (for redaction)."""
        found = self.source.secrets() if self.source is not None else []
        if isinstance(self.value, tuple):
            return found + _redact.Secrets.basic(*self.value)
        if self.kind == "basic" and self.value:
            return found + _redact.Secrets.basic(self.value, "")
        return found + ([self.value] if self.value else [])

    @classmethod
    def resolve(
        cls,
        kind: Literal["bearer", "basic", "apiKey"],
        value: str | tuple[str, str] | None,
        *,
        env_var: str = "",
        location: Literal["header", "query", "cookie"] = "header",
        param_name: str = "Authorization",
    ) -> Credential:
        """Use ``value``, else the environment variable (``user:password`` for basic)."""
        if value is None and env_var:
            raw = os.environ.get(env_var)
            if raw and kind == "basic":
                user, _, password = raw.partition(":")
                value = (user, password)
            elif raw:
                value = raw
        return cls(
            kind=kind,
            location=location,
            param_name=param_name,
            env_var=env_var,
            value=value,
        )

    def apply(
        self,
        headers: dict[str, str],
        query: list[tuple[str, str]],
        cookies: dict[str, str],
    ) -> None:
        """Put the fixed value where the scheme says; a per-attempt token is set on each attempt."""
        if self.per_attempt:
            return
        if self.kind == "bearer":
            headers["Authorization"] = f"Bearer {self.value}"
        elif self.kind == "basic":
            user, password = self.value if isinstance(self.value, tuple) else (str(self.value), "")
            token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
            headers["Authorization"] = f"Basic {token}"
        elif self.location == "header":
            headers[self.param_name] = str(self.value)
        elif self.location == "query":
            query.append((self.param_name, str(self.value)))
        else:
            cookies[self.param_name] = str(self.value)


def select(credentials: Mapping[str, Credential], op: Operation[Any]) -> list[Credential]:
    """The credentials of the first security requirement of ``op`` that can be met.

    An empty requirement (``{}`` in the API description) makes authentication optional:
    credentials are still sent when the client has them. None met raises
    ``MissingCredentialsError``, naming the environment variables that would meet them.
    """
    if not op.security:
        return []
    for alternative in op.security:
        if not alternative:
            continue
        creds = [credentials.get(key) for key in alternative]
        if all(c is not None and c.available for c in creds):
            return [c for c in creds if c is not None]
    if () in op.security:
        return []
    wanted = " or ".join(
        " and ".join(
            f"{key} ({credentials[key].env_var})" if key in credentials else key for key in alt
        )
        for alt in op.security
    )
    raise MissingCredentialsError(
        f"{describe(op)} needs credentials: {wanted}. Pass them to the client or set the "
        "environment variable."
    )
