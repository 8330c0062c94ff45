# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``CreateCompletionRequest`` model."""

from __future__ import annotations

from .. import _runtime as _rt
from .._runtime import UNSET, Unset


@_rt.model
class CreateCompletionRequest:
    """CreateCompletionRequest object."""

    prompt: str

    stream: bool | Unset = UNSET
    """Stream partial progress as data-only [server-sent
    events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events), terminated
    by a `data: [DONE]` message.
    """

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "prompt": self.prompt,
                "stream": self.stream,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> CreateCompletionRequest:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                prompt=_rt.string(take("prompt")),
                stream=_rt.opt(take, "stream", _rt.boolean),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
