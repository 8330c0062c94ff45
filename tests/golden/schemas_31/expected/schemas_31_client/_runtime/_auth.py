"""Bearer credentials from every source the client knows, in one order of precedence.

A fixed ``token`` argument wins; then a ``token_provider`` (a function, or a ``TokenSource``
such as a configured ``OAuth2Tokens``); then the OAuth2 grants the API description allows
(client ID and secret, or a refresh token, each from its argument or its environment
variable); last, the token environment variable.
"""

from __future__ import annotations

import os

from ._credentials import Credential
from ._oauth import CallableTokens, OAuth2Flow, OAuth2Tokens, TokenProvider, TokenSource

__all__ = ["bearer_credential"]


def _env(name: str) -> str | None:
    return (os.environ.get(name) or None) if name else None


def bearer_credential(
    token: str | None,
    token_provider: TokenProvider | TokenSource | None = None,
    *,
    env_var: str = "",
    flow: OAuth2Flow | None = None,
    client_id: str | None = None,
    client_secret: str | None = None,
    refresh_token: str | None = None,
    client_id_env: str = "",
    client_secret_env: str = "",
    refresh_token_env: str = "",
) -> Credential:
    """The credential of one bearer-token scheme (``http`` bearer, ``oauth2``, ``openIdConnect``)."""
    source: TokenSource | None = None
    if token is None:
        if isinstance(token_provider, TokenSource):
            source = token_provider
        elif token_provider is not None:
            source = CallableTokens(token_provider)
        elif flow is not None:
            source = _grant(
                flow,
                client_id or _env(client_id_env),
                client_secret or _env(client_secret_env),
                refresh_token or _env(refresh_token_env),
            )
        if source is None:
            token = _env(env_var)
    return Credential(kind="bearer", env_var=env_var, value=token, source=source)


def _grant(
    flow: OAuth2Flow,
    client_id: str | None,
    client_secret: str | None,
    refresh_token: str | None,
) -> OAuth2Tokens | None:
    """An ``OAuth2Tokens`` for the grants the flow and the credentials allow, or None."""
    has_client = bool(client_id and client_secret and flow.token_url)
    has_refresh = bool(refresh_token and (flow.refresh_url or flow.token_url))
    if not (has_client or has_refresh):
        return None
    return OAuth2Tokens(
        token_url=flow.token_url or flow.refresh_url,
        client_id=client_id,
        client_secret=client_secret if has_client else None,
        scopes=flow.scopes,
        refresh_url=flow.refresh_url,
        refresh_token=refresh_token if has_refresh else None,
    )
