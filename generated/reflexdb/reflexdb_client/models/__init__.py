# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""Models, enumerations and type aliases of the API.

Each lives in its own module and is imported on first use, so importing the package stays fast
however large the API is; type checkers still see every name.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _t

if _t.TYPE_CHECKING:
    from .action_availability import ActionAvailability
    from .binlog_readiness import BinlogReadiness
    from .build import Build
    from .build_history import BuildHistory
    from .build_status import BuildStatus
    from .build_summary import BuildSummary
    from .checkout_session import CheckoutSession
    from .connection import Connection
    from .connection_allowed_sync_modes_item import ConnectionAllowedSyncModesItem
    from .connection_backend import ConnectionBackend
    from .connection_with_databases import ConnectionWithDatabases
    from .connection_with_databases_allowed_sync_modes_item import (
        ConnectionWithDatabasesAllowedSyncModesItem,
    )
    from .connection_with_databases_backend import ConnectionWithDatabasesBackend
    from .create_checkout_session_body import CreateCheckoutSessionBody
    from .create_connection_body import CreateConnectionBody
    from .create_connection_body_backend import CreateConnectionBodyBackend
    from .create_connection_body_sync_mode import CreateConnectionBodySyncMode
    from .create_connection_instance import CreateConnectionInstance
    from .create_connection_instance_instance_size import CreateConnectionInstanceInstanceSize
    from .create_connection_response import CreateConnectionResponse
    from .create_database_body import CreateDatabaseBody
    from .create_database_body_instance_size import CreateDatabaseBodyInstanceSize
    from .create_database_body_log_level import CreateDatabaseBodyLogLevel
    from .create_management_key_body import CreateManagementKeyBody
    from .created_management_key import CreatedManagementKey
    from .database import Database
    from .database_health_status import DatabaseHealthStatus
    from .database_instance_size import DatabaseInstanceSize
    from .database_log_level import DatabaseLogLevel
    from .database_status import DatabaseStatus
    from .database_sync_mode import DatabaseSyncMode
    from .deployed_instance_config import DeployedInstanceConfig
    from .error import Error
    from .instance import Instance
    from .instance_connection_summary import InstanceConnectionSummary
    from .instance_health_status import InstanceHealthStatus
    from .instance_status_response import InstanceStatusResponse
    from .pause_replication_response import PauseReplicationResponse
    from .pause_schedule import PauseSchedule
    from .redeploy_database_body import RedeployDatabaseBody
    from .redeploy_response import RedeployResponse
    from .redeploy_response_status import RedeployResponseStatus
    from .tag import Tag
    from .terminate_response import TerminateResponse
    from .terminate_response_status import TerminateResponseStatus
    from .test_connection_body import TestConnectionBody
    from .test_connection_result import TestConnectionResult
    from .update_connection_body import UpdateConnectionBody
    from .update_connection_body_sync_mode import UpdateConnectionBodySyncMode
    from .update_database_body import UpdateDatabaseBody
    from .update_database_body_build_compute_override import UpdateDatabaseBodyBuildComputeOverride
    from .update_database_body_instance_size import UpdateDatabaseBodyInstanceSize
    from .update_database_body_log_level import UpdateDatabaseBodyLogLevel

__all__ = [
    "ActionAvailability",
    "BinlogReadiness",
    "Build",
    "BuildHistory",
    "BuildStatus",
    "BuildSummary",
    "CheckoutSession",
    "Connection",
    "ConnectionAllowedSyncModesItem",
    "ConnectionBackend",
    "ConnectionWithDatabases",
    "ConnectionWithDatabasesAllowedSyncModesItem",
    "ConnectionWithDatabasesBackend",
    "CreateCheckoutSessionBody",
    "CreateConnectionBody",
    "CreateConnectionBodyBackend",
    "CreateConnectionBodySyncMode",
    "CreateConnectionInstance",
    "CreateConnectionInstanceInstanceSize",
    "CreateConnectionResponse",
    "CreateDatabaseBody",
    "CreateDatabaseBodyInstanceSize",
    "CreateDatabaseBodyLogLevel",
    "CreateManagementKeyBody",
    "CreatedManagementKey",
    "Database",
    "DatabaseHealthStatus",
    "DatabaseInstanceSize",
    "DatabaseLogLevel",
    "DatabaseStatus",
    "DatabaseSyncMode",
    "DeployedInstanceConfig",
    "Error",
    "Instance",
    "InstanceConnectionSummary",
    "InstanceHealthStatus",
    "InstanceStatusResponse",
    "PauseReplicationResponse",
    "PauseSchedule",
    "RedeployDatabaseBody",
    "RedeployResponse",
    "RedeployResponseStatus",
    "Tag",
    "TerminateResponse",
    "TerminateResponseStatus",
    "TestConnectionBody",
    "TestConnectionResult",
    "UpdateConnectionBody",
    "UpdateConnectionBodySyncMode",
    "UpdateDatabaseBody",
    "UpdateDatabaseBodyBuildComputeOverride",
    "UpdateDatabaseBodyInstanceSize",
    "UpdateDatabaseBodyLogLevel",
]

# Which module defines each name, one a line: one token for black, quick to import.
_INDEX = """
ActionAvailability:action_availability
BinlogReadiness:binlog_readiness
Build:build
BuildHistory:build_history
BuildStatus:build_status
BuildSummary:build_summary
CheckoutSession:checkout_session
Connection:connection
ConnectionAllowedSyncModesItem:connection_allowed_sync_modes_item
ConnectionBackend:connection_backend
ConnectionWithDatabases:connection_with_databases
ConnectionWithDatabasesAllowedSyncModesItem:connection_with_databases_allowed_sync_modes_item
ConnectionWithDatabasesBackend:connection_with_databases_backend
CreateCheckoutSessionBody:create_checkout_session_body
CreateConnectionBody:create_connection_body
CreateConnectionBodyBackend:create_connection_body_backend
CreateConnectionBodySyncMode:create_connection_body_sync_mode
CreateConnectionInstance:create_connection_instance
CreateConnectionInstanceInstanceSize:create_connection_instance_instance_size
CreateConnectionResponse:create_connection_response
CreateDatabaseBody:create_database_body
CreateDatabaseBodyInstanceSize:create_database_body_instance_size
CreateDatabaseBodyLogLevel:create_database_body_log_level
CreateManagementKeyBody:create_management_key_body
CreatedManagementKey:created_management_key
Database:database
DatabaseHealthStatus:database_health_status
DatabaseInstanceSize:database_instance_size
DatabaseLogLevel:database_log_level
DatabaseStatus:database_status
DatabaseSyncMode:database_sync_mode
DeployedInstanceConfig:deployed_instance_config
Error:error
Instance:instance
InstanceConnectionSummary:instance_connection_summary
InstanceHealthStatus:instance_health_status
InstanceStatusResponse:instance_status_response
PauseReplicationResponse:pause_replication_response
PauseSchedule:pause_schedule
RedeployDatabaseBody:redeploy_database_body
RedeployResponse:redeploy_response
RedeployResponseStatus:redeploy_response_status
Tag:tag
TerminateResponse:terminate_response
TerminateResponseStatus:terminate_response_status
TestConnectionBody:test_connection_body
TestConnectionResult:test_connection_result
UpdateConnectionBody:update_connection_body
UpdateConnectionBodySyncMode:update_connection_body_sync_mode
UpdateDatabaseBody:update_database_body
UpdateDatabaseBodyBuildComputeOverride:update_database_body_build_compute_override
UpdateDatabaseBodyInstanceSize:update_database_body_instance_size
UpdateDatabaseBodyLogLevel:update_database_body_log_level
"""
_MODULES: dict[str, str] = {n: m for n, _, m in (pair.partition(":") for pair in _INDEX.split())}


def __getattr__(name: str) -> _t.Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
