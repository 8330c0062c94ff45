"""The validator's settings modules, without pydantic-settings when nothing is set (most of the time).

openapi-spec-validator 0.9 and openapi-schema-validator read three environment variables
(``OPENAPI_SPEC_VALIDATOR_RESOLVED_CACHE_MAXSIZE``, ``..._SCHEMA_VALIDATOR_BACKEND`` and
``OPENAPI_SCHEMA_VALIDATOR_COMPILED_VALIDATOR_CACHE_MAX_SIZE``) through pydantic-settings classes,
in modules their other modules import at the top: of the 0.2 s it took to import the validator on
every run that validates, pydantic and pydantic-settings were over 0.1 s.

When none of those variables is set (no variable whose name starts with either prefix, compared
without case, as pydantic-settings compares them), every setting is its default, so ``install()``
puts two small modules with the same names and those defaults in place of the real ones before
the validator is imported. When any is set, it installs nothing: the real modules read them, with
pydantic's parsing and errors. ``tests/unit/spec/test_osvsettings.py`` compares both ways with the
real modules. A settings module imported already (by someone else, in-process) is left alone.
openapi-spec-validator is pinned below 0.10 (pyproject.toml), where the modules are as described.
"""

from __future__ import annotations

import functools
import os
import sys
import types

SPEC_MODULE = "openapi_spec_validator.settings"
SCHEMA_MODULE = "openapi_schema_validator.settings"
PREFIXES = ("openapi_spec_validator_", "openapi_schema_validator_")


class OpenAPISpecValidatorSettings:
    """openapi-spec-validator's settings with no environment variable set: the defaults."""

    def __init__(self) -> None:
        self.resolved_cache_maxsize = 128
        self.schema_validator_backend = "auto"


class OpenAPISchemaValidatorSettings:
    """openapi-schema-validator's settings with no environment variable set: the default."""

    def __init__(self) -> None:
        self.compiled_validator_cache_max_size = 128


def get_resolved_cache_maxsize() -> int:
    return OpenAPISpecValidatorSettings().resolved_cache_maxsize


def get_schema_validator_backend() -> str:
    return OpenAPISpecValidatorSettings().schema_validator_backend


@functools.lru_cache(maxsize=1)
def get_settings() -> OpenAPISchemaValidatorSettings:
    return OpenAPISchemaValidatorSettings()


def reset_settings_cache() -> None:
    get_settings.cache_clear()


def _configured() -> bool:
    """Any of the validators' settings is in the environment."""
    return any(key.lower().startswith(PREFIXES) for key in os.environ)


def _module(name: str, values: dict[str, object]) -> types.ModuleType:
    module = types.ModuleType(name, f"{name} with its defaults (generator/spec/osvsettings.py)")
    for key, value in values.items():
        setattr(module, key, value)
    return module


def install() -> bool:
    """Stand in for both settings modules when no setting is configured; True if it did."""
    if _configured() or SPEC_MODULE in sys.modules or SCHEMA_MODULE in sys.modules:
        return False
    sys.modules[SPEC_MODULE] = _module(SPEC_MODULE, {
        "ENV_PREFIX": "OPENAPI_SPEC_VALIDATOR_", "RESOLVED_CACHE_MAXSIZE_DEFAULT": 128,
        "SCHEMA_VALIDATOR_BACKEND_DEFAULT": "auto",
        "SCHEMA_VALIDATOR_BACKEND_ALLOWED": {"auto", "jsonschema", "jsonschema-rs"},
        "OpenAPISpecValidatorSettings": OpenAPISpecValidatorSettings,
        "get_resolved_cache_maxsize": get_resolved_cache_maxsize,
        "get_schema_validator_backend": get_schema_validator_backend,
    })
    sys.modules[SCHEMA_MODULE] = _module(SCHEMA_MODULE, {
        "OpenAPISchemaValidatorSettings": OpenAPISchemaValidatorSettings, "get_settings": get_settings,
        "reset_settings_cache": reset_settings_cache,
    })
    return True
