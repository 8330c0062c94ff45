# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""Models, enumerations and type aliases of the API.

Each lives in its own module and is imported on first use, so importing the package stays fast
however large the API is; type checkers still see every name.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _t

if _t.TYPE_CHECKING:
    from .action_availability import ActionAvailability as ActionAvailability
    from .binlog_readiness import BinlogReadiness as BinlogReadiness
    from .build import Build as Build
    from .build_history import BuildHistory as BuildHistory
    from .build_status import BuildStatus as BuildStatus
    from .build_summary import BuildSummary as BuildSummary
    from .checkout_session import CheckoutSession as CheckoutSession
    from .connection import Connection as Connection
    from .connection_allowed_sync_modes_item import (
        ConnectionAllowedSyncModesItem as ConnectionAllowedSyncModesItem,
    )
    from .connection_backend import ConnectionBackend as ConnectionBackend
    from .connection_with_databases import ConnectionWithDatabases as ConnectionWithDatabases
    from .connection_with_databases_allowed_sync_modes_item import (
        ConnectionWithDatabasesAllowedSyncModesItem as ConnectionWithDatabasesAllowedSyncModesItem,
    )
    from .connection_with_databases_backend import (
        ConnectionWithDatabasesBackend as ConnectionWithDatabasesBackend,
    )
    from .create_checkout_session_body import CreateCheckoutSessionBody as CreateCheckoutSessionBody
    from .create_connection_body import CreateConnectionBody as CreateConnectionBody
    from .create_connection_body_backend import (
        CreateConnectionBodyBackend as CreateConnectionBodyBackend,
    )
    from .create_connection_body_sync_mode import (
        CreateConnectionBodySyncMode as CreateConnectionBodySyncMode,
    )
    from .create_connection_instance import CreateConnectionInstance as CreateConnectionInstance
    from .create_connection_instance_instance_size import (
        CreateConnectionInstanceInstanceSize as CreateConnectionInstanceInstanceSize,
    )
    from .create_connection_response import CreateConnectionResponse as CreateConnectionResponse
    from .create_database_body import CreateDatabaseBody as CreateDatabaseBody
    from .create_database_body_instance_size import (
        CreateDatabaseBodyInstanceSize as CreateDatabaseBodyInstanceSize,
    )
    from .create_database_body_log_level import (
        CreateDatabaseBodyLogLevel as CreateDatabaseBodyLogLevel,
    )
    from .create_management_key_body import CreateManagementKeyBody as CreateManagementKeyBody
    from .created_management_key import CreatedManagementKey as CreatedManagementKey
    from .database import Database as Database
    from .database_health_status import DatabaseHealthStatus as DatabaseHealthStatus
    from .database_instance_size import DatabaseInstanceSize as DatabaseInstanceSize
    from .database_log_level import DatabaseLogLevel as DatabaseLogLevel
    from .database_status import DatabaseStatus as DatabaseStatus
    from .database_sync_mode import DatabaseSyncMode as DatabaseSyncMode
    from .deployed_instance_config import DeployedInstanceConfig as DeployedInstanceConfig
    from .error import Error as Error
    from .instance import Instance as Instance
    from .instance_connection_summary import InstanceConnectionSummary as InstanceConnectionSummary
    from .instance_health_status import InstanceHealthStatus as InstanceHealthStatus
    from .instance_status_response import InstanceStatusResponse as InstanceStatusResponse
    from .pause_replication_response import PauseReplicationResponse as PauseReplicationResponse
    from .pause_schedule import PauseSchedule as PauseSchedule
    from .redeploy_database_body import RedeployDatabaseBody as RedeployDatabaseBody
    from .redeploy_response import RedeployResponse as RedeployResponse
    from .redeploy_response_status import RedeployResponseStatus as RedeployResponseStatus
    from .tag import Tag as Tag
    from .terminate_response import TerminateResponse as TerminateResponse
    from .terminate_response_status import TerminateResponseStatus as TerminateResponseStatus
    from .test_connection_body import TestConnectionBody as TestConnectionBody
    from .test_connection_result import TestConnectionResult as TestConnectionResult
    from .update_connection_body import UpdateConnectionBody as UpdateConnectionBody
    from .update_connection_body_sync_mode import (
        UpdateConnectionBodySyncMode as UpdateConnectionBodySyncMode,
    )
    from .update_database_body import UpdateDatabaseBody as UpdateDatabaseBody
    from .update_database_body_build_compute_override import (
        UpdateDatabaseBodyBuildComputeOverride as UpdateDatabaseBodyBuildComputeOverride,
    )
    from .update_database_body_instance_size import (
        UpdateDatabaseBodyInstanceSize as UpdateDatabaseBodyInstanceSize,
    )
    from .update_database_body_log_level import (
        UpdateDatabaseBodyLogLevel as UpdateDatabaseBodyLogLevel,
    )

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

_MODULES: dict[str, str] = {
    "ActionAvailability": "action_availability",
    "BinlogReadiness": "binlog_readiness",
    "Build": "build",
    "BuildHistory": "build_history",
    "BuildStatus": "build_status",
    "BuildSummary": "build_summary",
    "CheckoutSession": "checkout_session",
    "Connection": "connection",
    "ConnectionAllowedSyncModesItem": "connection_allowed_sync_modes_item",
    "ConnectionBackend": "connection_backend",
    "ConnectionWithDatabases": "connection_with_databases",
    "ConnectionWithDatabasesAllowedSyncModesItem": "connection_with_databases_allowed_sync_modes_item",
    "ConnectionWithDatabasesBackend": "connection_with_databases_backend",
    "CreateCheckoutSessionBody": "create_checkout_session_body",
    "CreateConnectionBody": "create_connection_body",
    "CreateConnectionBodyBackend": "create_connection_body_backend",
    "CreateConnectionBodySyncMode": "create_connection_body_sync_mode",
    "CreateConnectionInstance": "create_connection_instance",
    "CreateConnectionInstanceInstanceSize": "create_connection_instance_instance_size",
    "CreateConnectionResponse": "create_connection_response",
    "CreateDatabaseBody": "create_database_body",
    "CreateDatabaseBodyInstanceSize": "create_database_body_instance_size",
    "CreateDatabaseBodyLogLevel": "create_database_body_log_level",
    "CreateManagementKeyBody": "create_management_key_body",
    "CreatedManagementKey": "created_management_key",
    "Database": "database",
    "DatabaseHealthStatus": "database_health_status",
    "DatabaseInstanceSize": "database_instance_size",
    "DatabaseLogLevel": "database_log_level",
    "DatabaseStatus": "database_status",
    "DatabaseSyncMode": "database_sync_mode",
    "DeployedInstanceConfig": "deployed_instance_config",
    "Error": "error",
    "Instance": "instance",
    "InstanceConnectionSummary": "instance_connection_summary",
    "InstanceHealthStatus": "instance_health_status",
    "InstanceStatusResponse": "instance_status_response",
    "PauseReplicationResponse": "pause_replication_response",
    "PauseSchedule": "pause_schedule",
    "RedeployDatabaseBody": "redeploy_database_body",
    "RedeployResponse": "redeploy_response",
    "RedeployResponseStatus": "redeploy_response_status",
    "Tag": "tag",
    "TerminateResponse": "terminate_response",
    "TerminateResponseStatus": "terminate_response_status",
    "TestConnectionBody": "test_connection_body",
    "TestConnectionResult": "test_connection_result",
    "UpdateConnectionBody": "update_connection_body",
    "UpdateConnectionBodySyncMode": "update_connection_body_sync_mode",
    "UpdateDatabaseBody": "update_database_body",
    "UpdateDatabaseBodyBuildComputeOverride": "update_database_body_build_compute_override",
    "UpdateDatabaseBodyInstanceSize": "update_database_body_instance_size",
    "UpdateDatabaseBodyLogLevel": "update_database_body_log_level",
}


def __getattr__(name: str) -> _t.Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
