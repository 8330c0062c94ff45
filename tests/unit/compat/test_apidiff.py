"""API diff classification: one small spec pair per kind of change, with breaking / not asserted.

The base API has a request model (``ItemIn``, the body of ``create_item``), a response model
(``ItemOut``, returned by both operations), a model used both ways (``Tag``) and an enum in each
direction, so every rule is checked in the direction it depends on.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.compat.apidiff import Change, Report, compare, relate, split_union
from generator.compat.specdiff import spec_surface
from generator.compat.surface import Surface
from generator.config import ClientConfig

Spec = dict[str, Any]

BASE: Spec = {
    "openapi": "3.0.3",
    "info": {"title": "Items", "version": "1.0.0"},
    "servers": [{"url": "https://items.example/v1"}],
    "paths": {
        "/items": {
            "post": {
                "operationId": "createItem",
                "tags": ["items"],
                "parameters": [{"name": "dryRun", "in": "query", "schema": {"type": "boolean"}}],
                "requestBody": {"required": True, "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/ItemIn"}}}},
                "responses": {"201": {"description": "created", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/ItemOut"}}}}},
            },
        },
        "/items/{itemId}": {
            "get": {
                "operationId": "getItem",
                "tags": ["items"],
                "parameters": [{"name": "itemId", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/ItemOut"}}}}},
            },
        },
    },
    "components": {"schemas": {
        "ItemIn": {"type": "object", "required": ["name"], "properties": {
            "name": {"type": "string"},
            "note": {"type": "string"},
            "size": {"$ref": "#/components/schemas/Size"},
            "tag": {"$ref": "#/components/schemas/Tag"},
        }},
        "ItemOut": {"type": "object", "required": ["id", "name", "state"], "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "note": {"type": "string"},
            "count": {"type": "integer"},
            "state": {"$ref": "#/components/schemas/State"},
            "tag": {"$ref": "#/components/schemas/Tag"},
        }},
        "Tag": {"type": "object", "required": ["label"], "properties": {"label": {"type": "string"}}},
        "Size": {"type": "string", "enum": ["small", "large"]},
        "State": {"type": "string", "enum": ["active", "archived"]},
    }},
}


_SURFACES: dict[str, Surface] = {}  # spec text → surface; the base spec is loaded once per worker


def _surface(spec: Spec, path: Path) -> Surface:
    text = json.dumps(spec)
    if text not in _SURFACES:
        path.write_text(text, encoding="utf-8")
        surface, diagnostics = spec_surface(ClientConfig(spec=path, output=path.parent, package="items"))
        assert surface is not None, [d.render() for d in diagnostics]
        _SURFACES[text] = surface
    return _SURFACES[text]


def _diff(tmp_path: Path, edit: Callable[[Spec], object], base: Spec = BASE) -> Report:
    """The report for ``base`` → ``base`` changed by ``edit``, through load, validate and lower."""
    new = copy.deepcopy(base)
    edit(new)
    return compare(_surface(base, tmp_path / "old.json"), _surface(new, tmp_path / "new.json"))


def _only(report: Report) -> Change:
    assert len(report.changes) == 1, [c.as_json() for c in report.changes]
    return report.changes[0]


def _schemas(spec: Spec) -> dict[str, Any]:
    return spec["components"]["schemas"]  # type: ignore[no-any-return]


def _prop(spec: Spec, model: str) -> dict[str, Any]:
    return _schemas(spec)[model]["properties"]  # type: ignore[no-any-return]


def test_identical_specs_have_no_changes(tmp_path: Path) -> None:
    assert _diff(tmp_path, lambda s: None).changes == ()


# -- fields, by direction ----------------------------------------------------------------------

def test_new_optional_request_field_is_not_breaking(tmp_path: Path) -> None:
    change = _only(_diff(tmp_path, lambda s: _prop(s, "ItemIn").update(color={"type": "string"})))
    assert (change.kind, change.category, change.subject, change.breaking) == ("added", "field", "ItemIn.color", False)


def test_new_required_request_field_is_breaking(tmp_path: Path) -> None:
    def edit(s: Spec) -> None:
        _prop(s, "ItemIn")["color"] = {"type": "string"}
        _schemas(s)["ItemIn"]["required"].append("color")
    change = _only(_diff(tmp_path, edit))
    assert (change.kind, change.subject, change.breaking) == ("added", "ItemIn.color", True)


def test_new_required_response_field_is_not_breaking(tmp_path: Path) -> None:
    def edit(s: Spec) -> None:
        _prop(s, "ItemOut")["created"] = {"type": "string", "format": "date-time"}
        _schemas(s)["ItemOut"]["required"].append("created")
    change = _only(_diff(tmp_path, edit))
    assert (change.kind, change.subject, change.breaking) == ("added", "ItemOut.created", False)


def test_new_required_field_in_model_used_both_ways_is_breaking(tmp_path: Path) -> None:
    def edit(s: Spec) -> None:
        _prop(s, "Tag")["colour"] = {"type": "string"}
        _schemas(s)["Tag"]["required"].append("colour")
    change = _only(_diff(tmp_path, edit))
    assert (change.kind, change.subject, change.breaking) == ("added", "Tag.colour", True)


@pytest.mark.parametrize("model", ["ItemIn", "ItemOut"])
def test_removed_field_is_breaking_in_either_direction(tmp_path: Path, model: str) -> None:
    change = _only(_diff(tmp_path, lambda s: _prop(s, model).pop("note")))
    assert (change.kind, change.subject, change.breaking) == ("removed", f"{model}.note", True)


def test_request_field_optional_to_required_is_breaking(tmp_path: Path) -> None:
    change = _only(_diff(tmp_path, lambda s: _schemas(s)["ItemIn"]["required"].append("note")))
    assert (change.kind, change.subject, change.breaking) == ("changed", "ItemIn.note", True)
    assert "optional → required" in change.detail


def test_response_field_optional_to_required_is_not_breaking(tmp_path: Path) -> None:
    change = _only(_diff(tmp_path, lambda s: _schemas(s)["ItemOut"]["required"].append("note")))
    assert (change.kind, change.subject, change.breaking) == ("changed", "ItemOut.note", False)


def test_response_field_required_to_optional_is_breaking(tmp_path: Path) -> None:
    change = _only(_diff(tmp_path, lambda s: _schemas(s)["ItemOut"]["required"].remove("name")))
    assert (change.kind, change.subject, change.breaking) == ("changed", "ItemOut.name", True)
    assert "UNSET" in change.detail


def test_request_field_required_to_optional_is_not_breaking(tmp_path: Path) -> None:
    change = _only(_diff(tmp_path, lambda s: _schemas(s)["ItemIn"].pop("required")))
    assert (change.kind, change.subject, change.breaking) == ("changed", "ItemIn.name", False)


# -- types: narrowed and widened, by direction ------------------------------------------------

def test_nullable_added_to_response_field_is_breaking(tmp_path: Path) -> None:
    change = _only(_diff(tmp_path, lambda s: _prop(s, "ItemOut")["name"].update(nullable=True)))
    assert (change.subject, change.breaking) == ("ItemOut.name", True)
    assert "widened" in change.detail


def test_nullable_added_to_request_field_is_not_breaking(tmp_path: Path) -> None:
    change = _only(_diff(tmp_path, lambda s: _prop(s, "ItemIn")["name"].update(nullable=True)))
    assert (change.subject, change.breaking) == ("ItemIn.name", False)


def test_nullable_removed_from_request_field_is_breaking(tmp_path: Path) -> None:
    base = copy.deepcopy(BASE)
    _prop(base, "ItemIn")["note"]["nullable"] = True
    change = _only(_diff(tmp_path, lambda s: _prop(s, "ItemIn")["note"].pop("nullable"), base))
    assert (change.subject, change.breaking) == ("ItemIn.note", True)
    assert "narrowed" in change.detail


def test_nullable_removed_from_response_field_is_not_breaking(tmp_path: Path) -> None:
    base = copy.deepcopy(BASE)
    _prop(base, "ItemOut")["note"]["nullable"] = True
    change = _only(_diff(tmp_path, lambda s: _prop(s, "ItemOut")["note"].pop("nullable"), base))
    assert (change.subject, change.breaking) == ("ItemOut.note", False)


def test_union_narrowed_in_request_is_breaking(tmp_path: Path) -> None:
    base = copy.deepcopy(BASE)
    _prop(base, "ItemIn")["note"] = {"oneOf": [{"type": "string"}, {"type": "integer"}]}
    change = _only(_diff(tmp_path, lambda s: _prop(s, "ItemIn").update(note={"type": "string"}), base))
    assert (change.subject, change.breaking) == ("ItemIn.note", True)
    assert "narrowed" in change.detail


def test_union_widened_in_response_is_breaking_and_in_request_is_not(tmp_path: Path) -> None:
    def edit(s: Spec) -> None:
        for model in ("ItemIn", "ItemOut"):
            _prop(s, model)["note"] = {"oneOf": [{"type": "string"}, {"type": "integer"}]}
    report = _diff(tmp_path, edit)
    verdicts = {c.subject: c.breaking for c in report.changes}
    assert verdicts == {"ItemIn.note": False, "ItemOut.note": True}


def test_incompatible_type_change_is_breaking(tmp_path: Path) -> None:
    change = _only(_diff(tmp_path, lambda s: _prop(s, "ItemOut").update(count={"type": "string"})))
    assert (change.subject, change.breaking) == ("ItemOut.count", True)
    assert "changed" in change.detail


# -- enums ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("enum", "value"), [("Size", "large"), ("State", "archived")])
def test_removed_enum_value_is_breaking(tmp_path: Path, enum: str, value: str) -> None:
    change = _only(_diff(tmp_path, lambda s: _schemas(s)[enum]["enum"].remove(value)))
    assert (change.kind, change.category, change.subject, change.breaking) == (
        "removed", "enum member", f"{enum}.{value.upper()}", True)


@pytest.mark.parametrize("enum", ["Size", "State"])
def test_added_enum_value_is_not_breaking(tmp_path: Path, enum: str) -> None:
    change = _only(_diff(tmp_path, lambda s: _schemas(s)[enum]["enum"].append("medium")))
    assert (change.kind, change.subject, change.breaking) == ("added", f"{enum}.MEDIUM", False)


# -- operations, parameters, return types ------------------------------------------------------

def test_renamed_operation_is_breaking(tmp_path: Path) -> None:
    change = _only(_diff(tmp_path, lambda s: s["paths"]["/items/{itemId}"]["get"].update(operationId="fetchItem")))
    assert (change.kind, change.category, change.subject, change.breaking) == (
        "renamed", "operation", "api.items.get_item", True)
    assert "fetch_item" in change.detail


def test_removed_operation_is_breaking_and_added_is_not(tmp_path: Path) -> None:
    def edit(s: Spec) -> None:
        s["paths"]["/items/{itemId}"]["delete"] = {
            "operationId": "deleteItem", "tags": ["items"],
            "parameters": [{"name": "itemId", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"204": {"description": "gone"}}}
        del s["paths"]["/items/{itemId}"]["get"]
    verdicts = {(c.kind, c.subject): c.breaking for c in _diff(tmp_path, edit).changes}
    assert verdicts == {("removed", "api.items.get_item"): True, ("added", "api.items.delete_item"): False}


def test_operation_moved_to_another_module_is_breaking(tmp_path: Path) -> None:
    change = _only(_diff(tmp_path, lambda s: s["paths"]["/items/{itemId}"]["get"].update(tags=["catalog"])))
    assert (change.kind, change.category, change.breaking) == ("changed", "operation", True)
    assert "moved" in change.detail


def test_removed_derived_form_is_breaking_and_added_is_not(tmp_path: Path) -> None:
    def offer_csv(s: Spec) -> None:
        s["paths"]["/items/{itemId}"]["get"]["responses"]["200"]["content"]["text/csv"] = {
            "schema": {"type": "string"}}

    with_csv = copy.deepcopy(BASE)
    offer_csv(with_csv)
    added = {(c.kind, c.subject, c.detail): c.breaking for c in _diff(tmp_path, offer_csv).changes}
    assert added == {("added", "api.items.get_item", "new form get_item_as_csv"): False,
                     ("added", "api.items.get_item", "new form get_item_as_csv_async"): False}
    removed = _diff(tmp_path, lambda s: s["paths"]["/items/{itemId}"]["get"]["responses"]["200"]["content"].pop(
        "text/csv"), base=with_csv)
    verdicts = {(c.kind, c.detail.split(" removed")[0]): c.breaking for c in removed.changes}
    assert verdicts == {("removed", "form get_item_as_csv"): True, ("removed", "form get_item_as_csv_async"): True}


def _params(s: Spec) -> list[dict[str, Any]]:
    return s["paths"]["/items"]["post"]["parameters"]  # type: ignore[no-any-return]


def test_new_optional_parameter_is_not_breaking(tmp_path: Path) -> None:
    change = _only(_diff(tmp_path, lambda s: _params(s).append(
        {"name": "trace", "in": "header", "schema": {"type": "string"}})))
    assert (change.kind, change.category, change.subject, change.breaking) == (
        "added", "parameter", "create_item(trace)", False)


def test_new_required_parameter_is_breaking(tmp_path: Path) -> None:
    change = _only(_diff(tmp_path, lambda s: _params(s).append(
        {"name": "tenant", "in": "query", "required": True, "schema": {"type": "string"}})))
    assert (change.kind, change.subject, change.breaking) == ("added", "create_item(tenant)", True)


def test_removed_parameter_is_breaking(tmp_path: Path) -> None:
    change = _only(_diff(tmp_path, lambda s: _params(s).clear()))
    assert (change.kind, change.subject, change.breaking) == ("removed", "create_item(dry_run)", True)


def test_parameter_optional_to_required_is_breaking(tmp_path: Path) -> None:
    change = _only(_diff(tmp_path, lambda s: _params(s)[0].update(required=True)))
    assert (change.kind, change.subject, change.breaking) == ("changed", "create_item(dry_run)", True)


def test_parameter_type_narrowed_is_breaking_and_widened_is_not(tmp_path: Path) -> None:
    base = copy.deepcopy(BASE)
    _params(base)[0]["schema"] = {"oneOf": [{"type": "boolean"}, {"type": "string"}]}
    narrowed = _only(_diff(tmp_path, lambda s: _params(s)[0].update(schema={"type": "boolean"}), base))
    assert (narrowed.subject, narrowed.breaking) == ("create_item(dry_run)", True)
    assert "bool | str → bool" in narrowed.detail
    widened = _only(_diff(tmp_path, lambda s: _params(s)[0].update(
        schema={"oneOf": [{"type": "boolean"}, {"type": "string"}]})))
    assert (widened.subject, widened.breaking) == ("create_item(dry_run)", False)


def test_optional_body_becoming_required_is_breaking(tmp_path: Path) -> None:
    base = copy.deepcopy(BASE)
    base["paths"]["/items"]["post"]["requestBody"]["required"] = False
    change = _only(_diff(tmp_path, lambda s: s["paths"]["/items"]["post"]["requestBody"].update(required=True), base))
    assert (change.subject, change.breaking) == ("create_item(body)", True)


def test_return_type_widened_is_breaking(tmp_path: Path) -> None:
    def edit(s: Spec) -> None:
        s["paths"]["/items/{itemId}"]["get"]["responses"]["202"] = {"description": "pending"}
    change = _only(_diff(tmp_path, edit))
    assert (change.kind, change.category, change.breaking) == ("changed", "return", True)
    assert "ItemOut → ItemOut | None" in change.detail


def test_return_type_narrowed_is_not_breaking(tmp_path: Path) -> None:
    base = copy.deepcopy(BASE)
    base["paths"]["/items/{itemId}"]["get"]["responses"]["202"] = {"description": "pending"}
    change = _only(_diff(tmp_path, lambda s: s["paths"]["/items/{itemId}"]["get"]["responses"].pop("202"), base))
    assert (change.category, change.breaking) == ("return", False)


# -- declarations and client options ----------------------------------------------------------

def test_removed_model_is_breaking_and_added_model_is_not(tmp_path: Path) -> None:
    def edit(s: Spec) -> None:
        _schemas(s)["Extra"] = {"type": "object", "properties": {"x": {"type": "string"}}}
    added = _only(_diff(tmp_path, edit))
    assert (added.kind, added.category, added.subject, added.breaking) == ("added", "model", "Extra", False)
    base = copy.deepcopy(BASE)
    edit(base)
    removed = _only(_diff(tmp_path, lambda s: _schemas(s).pop("Extra"), base))
    assert (removed.kind, removed.subject, removed.breaking) == ("removed", "Extra", True)


def test_new_credential_is_an_optional_client_option_and_removing_it_breaks(tmp_path: Path) -> None:
    def edit(s: Spec) -> None:
        s["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
        s["security"] = [{"bearer": []}]
    # A bearer scheme brings two keywords: the token and its token_provider hook.
    added = _diff(tmp_path, edit)
    assert [(c.kind, c.category, c.subject, c.breaking) for c in added.changes] == [
        ("added", "option", "Client(token)", False), ("added", "option", "Client(token_provider)", False)]
    base = copy.deepcopy(BASE)
    edit(base)
    removed = _diff(tmp_path, lambda s: (s.pop("security"), s["components"].pop("securitySchemes")), base)
    assert [(c.kind, c.category, c.breaking) for c in removed.changes] == [("removed", "option", True)] * 2


def test_changed_default_is_reported_and_not_breaking(tmp_path: Path) -> None:
    base = copy.deepcopy(BASE)
    _params(base)[0]["schema"]["default"] = False
    change = _only(_diff(tmp_path, lambda s: _params(s)[0]["schema"].update(default=True), base))
    assert (change.kind, change.subject, change.breaking) == ("changed", "create_item(dry_run)", False)
    assert "False → True" in change.detail


def test_breaking_changes_come_first(tmp_path: Path) -> None:
    def edit(s: Spec) -> None:
        _prop(s, "ItemIn")["color"] = {"type": "string"}
        _schemas(s)["State"]["enum"].remove("archived")
    report = _diff(tmp_path, edit)
    assert [c.breaking for c in report.changes] == [True, False]
    assert report.has_breaking and len(report.breaking) == 1


# -- the type relation itself --------------------------------------------------------------------

def test_split_union_respects_brackets_quotes_and_literals() -> None:
    assert split_union("str | list[int | None] | None") == ["str", "list[int | None]", "None"]
    assert split_union("_t.Literal['a|b', 'c'] | int") == ["_t.Literal['a|b']", "_t.Literal['c']", "int"]


@pytest.mark.parametrize(("old", "new", "relation"), [
    ("str", "str", "same"),
    ("str | None", "None | str", "same"),
    ("str", "str | None", "widened"),
    ("str | int", "int", "narrowed"),
    ("_t.Literal['a', 'b']", "_t.Literal['a']", "narrowed"),
    ("str", "_t.Any", "widened"),
    ("list[str]", "list[int]", "changed"),
    ("str", "int", "changed"),
])
def test_relate(old: str, new: str, relation: str) -> None:
    assert relate(old, new) == relation


# -- read-only and const fields: what the constructor requires (ir.Field.init_default) ---------

def _with_read_only_id(s: Spec) -> None:
    """``Tag`` (sent and read) gains a required, read-only ``id``: the constructor may omit it."""
    _prop(s, "Tag")["id"] = {"type": "string", "readOnly": True}
    _schemas(s)["Tag"]["required"].append("id")


def test_required_field_losing_read_only_is_breaking(tmp_path: Path) -> None:
    """Regression: dropping ``readOnly`` from a required field makes ``Tag(...)`` require ``id``;
    the surface used to record ``required`` alone (unchanged) and the diff reported 0 breaking."""
    base = copy.deepcopy(BASE)
    _with_read_only_id(base)
    report = _diff(tmp_path, lambda s: _prop(s, "Tag")["id"].pop("readOnly"), base=base)
    assert [(c.kind, c.subject) for c in report.breaking] == [("changed", "Tag.id")]
    assert "optional → required" in report.breaking[0].detail
    assert report.has_breaking


def test_required_field_gaining_read_only_is_not_breaking_for_senders(tmp_path: Path) -> None:
    base = copy.deepcopy(BASE)
    _prop(base, "ItemIn")["name"]["readOnly"] = True
    report = _diff(tmp_path, lambda s: _prop(s, "ItemIn")["name"].pop("readOnly"), base=base)
    assert [c.subject for c in report.breaking] == ["ItemIn.name"]


def test_surface_default_of_a_required_const_is_its_value(tmp_path: Path) -> None:
    spec = copy.deepcopy(BASE)
    _prop(spec, "ItemIn")["kind"] = {"type": "string", "const": "item"}
    _schemas(spec)["ItemIn"]["required"].append("kind")
    surface = _surface(spec, tmp_path / "const.json")
    model = next(m for m in surface["models"] if m["name"] == "ItemIn")
    field = next(f for f in model["fields"] if f["name"] == "kind")
    assert field["default"] == '"item"'  # ItemIn(...) need not pass it
