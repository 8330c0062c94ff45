# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Shapes`` model."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .._runtime import UNSET, Unset
from .mixed_code import MixedCode
from .ratio import Ratio


@_rt.model
class Shapes:
    """Shapes object."""

    pair: tuple[str, str, *tuple[float, ...]]

    point: tuple[int, Ratio] | Unset = UNSET

    ratio: Ratio | Unset = UNSET

    code: MixedCode | Unset = UNSET

    nothing: None | Unset = UNSET

    only_null: None | Unset = UNSET

    pi: float | Unset = UNSET

    blob: bytes | Unset = UNSET

    anything: list[_t.Any] | Unset = UNSET

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "pair": _rt.json_value(self.pair, request),
                "point": _rt.json_value(self.point, request),
                "ratio": _rt.enum_json(self.ratio),
                "code": _rt.enum_json(self.code),
                "nothing": self.nothing,
                "onlyNull": self.only_null,
                "pi": self.pi,
                "blob": _rt.json_of(self.blob, _rt.b64encode),
                "anything": self.anything,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> Shapes:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                pair=_rt.tuple_of(take("pair"), ((_rt.string,), (_rt.string,)), (_rt.number,)),
                point=_rt.opt(
                    take, "point", _rt.tuple_of, ((_rt.integer,), (_rt.value_enum, Ratio)), None
                ),
                ratio=_rt.opt(take, "ratio", _rt.value_enum, Ratio),
                code=_rt.opt(take, "code", _rt.value_enum, MixedCode),
                nothing=_rt.opt(take, "nothing", _rt.null_value),
                only_null=_rt.opt(take, "onlyNull", _rt.null_value),
                pi=_rt.opt(take, "pi", _rt.number),
                blob=_rt.opt(take, "blob", _rt.b64decode),
                anything=_rt.opt(take, "anything", _rt.json_array),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
