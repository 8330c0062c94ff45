"""OAuth2 security schemes: the grants the client runs itself, and the keywords that feed them.

Input: one ``oauth2`` security scheme object and the name table of the clients' keywords.
Output: ``ir.OAuth`` — the clientCredentials flow's token URL and scopes, the first refresh URL,
and the keyword arguments (with environment variables) for the client ID, secret and refresh
token. Flows the client cannot run (authorization code, implicit, password) are listed so the
README can point at ``token_provider``.
"""

from __future__ import annotations

from typing import Any

from generator import ir
from generator.naming import NameTable

_FLOWS = ("clientCredentials", "authorizationCode", "password", "implicit")


def _url(value: Any) -> str:
    return value if isinstance(value, str) else ""


def oauth_of(scheme: dict[str, Any], names: NameTable, *, stem: str, env_prefix: str) -> ir.OAuth:
    """``stem`` prefixes the keywords (empty for the API's first token scheme: ``client_id``);
    ``env_prefix`` the environment variables (``PKG`` → ``PKG_CLIENT_ID``)."""
    raw = scheme.get("flows")
    flows: dict[str, Any] = raw if isinstance(raw, dict) else {}
    listed = tuple(name for name in flows if name in _FLOWS and isinstance(flows[name], dict))
    credentials = flows.get("clientCredentials") if "clientCredentials" in listed else None
    token_url = _url(credentials.get("tokenUrl")) if isinstance(credentials, dict) else ""
    refresh_url = next((_url(flows[n].get("refreshUrl")) for n in listed if _url(flows[n].get("refreshUrl"))), "")
    scopes_raw = credentials.get("scopes") if isinstance(credentials, dict) else None
    scopes = tuple(str(s) for s in scopes_raw) if isinstance(scopes_raw, dict) else ()

    def argument(name: str) -> ir.ClientArgument:
        return ir.ClientArgument(py_name=names.claim(f"{stem}{name}"), env_var=f"{env_prefix}_{name.upper()}")

    client_id = argument("client_id") if token_url or refresh_url else None
    client_secret = argument("client_secret") if token_url or refresh_url else None
    refresh_token = argument("refresh_token") if refresh_url else None
    return ir.OAuth(flows=listed, token_url=token_url, refresh_url=refresh_url, scopes=scopes,
                    client_id=client_id, client_secret=client_secret, refresh_token=refresh_token)
