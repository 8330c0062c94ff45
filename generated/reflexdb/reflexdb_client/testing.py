# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""Offline testing support: a fake transport that answers from the API description.

``Client(transport=FakeTransport())`` sends nothing over the network: each request is checked
against the operation it targets, recorded in ``fake.calls`` and answered with the spec's example
(or with a value built from the schema), unless the test chose another answer with
``fake.set_response(...)``. ``example_arguments(name)`` gives valid keyword arguments for a call.
"""

from __future__ import annotations

import ast as _ast
import json as _json
import typing as _t

from . import _runtime as _rt
from ._runtime import _fake
from .models.create_checkout_session_body import CreateCheckoutSessionBody
from .models.create_connection_body import CreateConnectionBody
from .models.create_database_body import CreateDatabaseBody
from .models.create_management_key_body import CreateManagementKeyBody
from .models.redeploy_database_body import RedeployDatabaseBody
from .models.test_connection_body import TestConnectionBody
from .models.update_connection_body import UpdateConnectionBody
from .models.update_database_body import UpdateDatabaseBody

__all__ = ["OPERATIONS", "SCHEMAS", "FakeCall", "FakeTransport", "example_arguments"]

FakeCall = _fake.FakeCall

SCHEMAS: dict[str, _t.Any] = _json.loads("""{
"ActionAvailability":{"type":"object","properties":{"allowed":{"type":"boolean"}},"required":[],"additional":{}},
"BinlogReadiness":{"type":"object","properties":{"logBin":{"type":"boolean"},"format":{"nullable":{"type":"string"}},"serverId":{"nullable":{"type":"integer"}},"ready":{"type":"boolean"},"issues":{"type":"array","items":{"type":"string"}}},"required":["logBin","format","serverId","ready","issues"],"additional":{}},
"Build":{"type":"object","properties":{"id":{"type":"string","format":"uuid"},"databaseId":{"type":"string","format":"uuid"},"codebuildId":{"nullable":{"type":"string"}},"imageUri":{"nullable":{"type":"string"}},"status":{"ref":"BuildStatus"},"logsUrl":{"nullable":{"type":"string"}}},"required":["id","databaseId","status"],"additional":{}},
"BuildHistory":{"type":"object","properties":{"builds":{"type":"array","items":{"ref":"BuildSummary"}},"activeBuildId":{"nullable":{"type":"string","format":"uuid"}}},"required":["builds","activeBuildId"],"additional":{}},
"BuildStatus":{"enum":["queued","in_progress","succeeded","failed"]},
"BuildSummary":{"type":"object","properties":{"id":{"type":"string","format":"uuid"},"status":{"type":"string"},"deployable":{"type":"boolean"},"codebuildId":{"nullable":{"type":"string"}},"logsUrl":{"nullable":{"type":"string"}},"createdAt":{"type":"string","format":"date-time"},"finishedAt":{"nullable":{"type":"string","format":"date-time"}},"buildDurationSeconds":{"nullable":{"type":"integer"}},"computeTypeUsed":{"nullable":{"type":"string"}},"costEstimateCents":{"nullable":{"type":"integer"}}},"required":["id","status","deployable","createdAt"],"additional":{}},
"CheckoutSession":{"type":"object","properties":{"url":{"type":"string"}},"required":["url"],"additional":{}},
"Connection":{"type":"object","properties":{"id":{"type":"string","format":"uuid"},"customerId":{"type":"string","format":"uuid"},"name":{"type":"string"},"backend":{"ref":"ConnectionBackend"},"mysqlHost":{"type":"string"},"mysqlPort":{"type":"integer"},"availableSchemas":{"type":"array","items":{"type":"string"}},"mysqlUser":{"type":"string"},"allowedSyncModes":{"type":"array","items":{"ref":"ConnectionAllowedSyncModesItem"}},"minSyncInterval":{"type":"integer"},"createdAt":{"type":"string","format":"date-time"},"updatedAt":{"type":"string","format":"date-time"}},"required":["id","customerId","name","backend","mysqlHost","mysqlPort","availableSchemas","mysqlUser","allowedSyncModes","minSyncInterval","createdAt","updatedAt"],"additional":{}},
"ConnectionAllowedSyncModesItem":{"enum":["poll","binlog","logical","cdc"]},
"ConnectionBackend":{"enum":["mysql","postgres","mssql"]},
"ConnectionWithDatabases":{"type":"object","properties":{"id":{"type":"string","format":"uuid"},"customerId":{"type":"string","format":"uuid"},"name":{"type":"string"},"backend":{"ref":"ConnectionWithDatabasesBackend"},"mysqlHost":{"type":"string"},"mysqlPort":{"type":"integer"},"availableSchemas":{"type":"array","items":{"type":"string"}},"mysqlUser":{"type":"string"},"allowedSyncModes":{"type":"array","items":{"ref":"ConnectionWithDatabasesAllowedSyncModesItem"}},"minSyncInterval":{"type":"integer"},"createdAt":{"type":"string","format":"date-time"},"updatedAt":{"type":"string","format":"date-time"},"databases":{"type":"array","items":{"ref":"Database"}}},"required":["id","customerId","name","backend","mysqlHost","mysqlPort","availableSchemas","mysqlUser","allowedSyncModes","minSyncInterval","createdAt","updatedAt","databases"],"additional":{}},
"ConnectionWithDatabasesAllowedSyncModesItem":{"enum":["poll","binlog","logical","cdc"]},
"ConnectionWithDatabasesBackend":{"enum":["mysql","postgres","mssql"]},
"CreateCheckoutSessionBody":{"type":"object","properties":{"plan":{"type":"string"}},"required":["plan"],"additional":{}},
"CreateConnectionBody":{"type":"object","properties":{"backend":{"ref":"CreateConnectionBodyBackend"},"name":{"type":"string"},"mysqlHost":{"type":"string"},"mysqlPort":{"type":"integer"},"availableSchemas":{"type":"array","items":{"type":"string"}},"mysqlUser":{"type":"string"},"mysqlPassword":{"type":"string"},"syncMode":{"ref":"CreateConnectionBodySyncMode"},"syncInterval":{"type":"integer"},"instance":{"ref":"CreateConnectionInstance"}},"required":["name","mysqlHost","availableSchemas","mysqlUser","mysqlPassword"],"additional":{}},
"CreateConnectionBodyBackend":{"enum":["mysql","postgres","mssql"]},
"CreateConnectionBodySyncMode":{"enum":["poll","binlog","logical","cdc"]},
"CreateConnectionInstance":{"type":"object","properties":{"name":{"type":"string"},"mysqlDb":{"type":"string"},"instanceSize":{"ref":"CreateConnectionInstanceInstanceSize"},"logLevel":{"type":"string"},"binlogServerId":{"type":"integer"}},"required":["name","mysqlDb"],"additional":{}},
"CreateConnectionInstanceInstanceSize":{"enum":["nano","small","medium","large","xlarge","2xlarge"]},
"CreateConnectionResponse":{"type":"object","properties":{},"required":[],"additional":{}},
"CreateDatabaseBody":{"type":"object","properties":{"connectionId":{"type":"string","format":"uuid"},"name":{"type":"string"},"mysqlDb":{"type":"string"},"instanceSize":{"ref":"CreateDatabaseBodyInstanceSize"},"logLevel":{"ref":"CreateDatabaseBodyLogLevel"},"binlogServerId":{"type":"integer"}},"required":["connectionId","name","mysqlDb"],"additional":{}},
"CreateDatabaseBodyInstanceSize":{"enum":["nano","small","medium","large","xlarge","2xlarge"]},
"CreateDatabaseBodyLogLevel":{"enum":["info","debug","warn","error"]},
"CreateManagementKeyBody":{"type":"object","properties":{"name":{"type":"string"},"expiresAt":{"type":"string","format":"date-time"}},"required":["name"],"additional":{}},
"CreatedManagementKey":{"type":"object","properties":{"id":{"type":"string","format":"uuid"},"customerId":{"type":"string","format":"uuid"},"name":{"type":"string"},"keyId":{"type":"string"},"lastUsedAt":{"type":"string","format":"date-time"},"expiresAt":{"type":"string","format":"date-time"},"createdAt":{"type":"string","format":"date-time"},"revokedAt":{"type":"string","format":"date-time"},"key":{"type":"string"}},"required":["id","customerId","name","keyId","createdAt","key"],"additional":{}},
"Database":{"type":"object","properties":{"id":{"type":"string","format":"uuid"},"customerId":{"type":"string","format":"uuid"},"connectionId":{"type":"string","format":"uuid"},"name":{"type":"string"},"mysqlDb":{"type":"string"},"syncMode":{"ref":"DatabaseSyncMode"},"syncInterval":{"type":"integer"},"taskCpu":{"type":"integer"},"taskMemoryMb":{"type":"integer"},"logLevel":{"ref":"DatabaseLogLevel"},"status":{"ref":"DatabaseStatus"},"lastError":{"nullable":{"type":"string"}},"endpointUrl":{"nullable":{"type":"string"}},"healthStatus":{"nullable":{"ref":"DatabaseHealthStatus"}},"buildComputeOverride":{"nullable":{"type":"string"}},"instanceSize":{"ref":"DatabaseInstanceSize"},"region":{"type":"string"},"binlogServerId":{"nullable":{"type":"integer"}},"desiredState":{"nullable":{"type":"string"}},"reflexdbCustomDomain":{"nullable":{"type":"string"}},"pauseSchedule":{}},"required":["id","customerId","connectionId","name","mysqlDb","syncMode","syncInterval","taskCpu","taskMemoryMb","logLevel","status","instanceSize","region"],"additional":{}},
"DatabaseHealthStatus":{"enum":["ok","degraded","unreachable","cap_exceeded"]},
"DatabaseInstanceSize":{"enum":["nano","small","medium","large","xlarge","2xlarge"]},
"DatabaseLogLevel":{"enum":["info","debug","warn","error"]},
"DatabaseStatus":{"enum":["registered","building","deploying","running","pausing","paused","resuming","terminating","terminated","failed","stopped"]},
"DatabaseSyncMode":{"enum":["poll","binlog","logical","cdc"]},
"DeployedInstanceConfig":{"type":"object","properties":{"instanceSize":{"type":"string"},"taskCpu":{"type":"number"},"taskMemoryMb":{"type":"number"},"syncMode":{"type":"string"},"syncInterval":{"type":"number"},"logLevel":{"type":"string"},"safetyNet":{"type":"number"}},"required":["instanceSize","taskCpu","taskMemoryMb","syncMode","syncInterval","logLevel","safetyNet"],"additional":{}},
"Error":{"type":"object","properties":{"error":{"type":"string"},"message":{"type":"string"}},"required":["error"],"additional":{}},
"Instance":{"type":"object","properties":{"id":{"type":"string","format":"uuid"},"databaseId":{"type":"string","format":"uuid"},"buildId":{"nullable":{"type":"string","format":"uuid"}},"ecsServiceArn":{"nullable":{"type":"string"}},"endpointUrl":{"nullable":{"type":"string"}},"healthStatus":{"nullable":{"ref":"InstanceHealthStatus"}},"snapshotAgeMs":{"nullable":{"type":"integer"}},"swapCount":{"nullable":{"type":"integer"}},"rowCounts":{"type":"object","properties":{},"required":[],"additional":{"type":"integer"}},"lastHealthCheck":{"nullable":{"type":"string","format":"date-time"}},"createdAt":{"type":"string","format":"date-time"},"updatedAt":{"type":"string","format":"date-time"}},"required":["id","databaseId","createdAt","updatedAt"],"additional":{}},
"InstanceConnectionSummary":{"type":"object","properties":{"minSyncInterval":{"type":"number"},"allowedSyncModes":{"type":"array","items":{"type":"string"}},"availableSchemas":{"type":"array","items":{"type":"string"}}},"required":["minSyncInterval","allowedSyncModes","availableSchemas"],"additional":{}},
"InstanceHealthStatus":{"enum":["ok","degraded","unreachable","cap_exceeded"]},
"InstanceStatusResponse":{"type":"object","properties":{"database":{"type":"object","properties":{},"required":[],"additional":{}},"connection":{"ref":"InstanceConnectionSummary"},"deployedInstanceConfig":{"ref":"DeployedInstanceConfig"},"hasPendingChanges":{"type":"boolean"},"instance":{"ref":"Instance"},"latestBuild":{"ref":"Build"}},"required":["database","connection","deployedInstanceConfig","hasPendingChanges","instance","latestBuild"],"additional":{}},
"PauseReplicationResponse":{"type":"object","properties":{"replication_paused":{"type":"boolean"}},"required":["replication_paused"],"additional":{}},
"PauseSchedule":{"type":"object","properties":{"pauseAt":{"type":"string"},"resumeAt":{"type":"string"},"days":{"type":"array","items":{"type":"integer"}}},"required":["pauseAt","resumeAt","days"],"additional":{}},
"RedeployDatabaseBody":{"type":"object","properties":{"buildId":{"type":"string","format":"uuid"}},"required":["buildId"],"additional":{}},
"RedeployResponse":{"type":"object","properties":{"status":{"ref":"RedeployResponseStatus"}},"required":["status"],"additional":{}},
"RedeployResponseStatus":{"enum":["deploying"]},
"Tag":{"type":"object","properties":{"label":{"type":"string"},"color":{"type":"string"}},"required":["label"],"additional":{}},
"TerminateResponse":{"type":"object","properties":{"status":{"ref":"TerminateResponseStatus"}},"required":["status"],"additional":{}},
"TerminateResponseStatus":{"enum":["terminating"]},
"TestConnectionBody":{"type":"object","properties":{"backend":{"type":"string"},"mysqlHost":{"type":"string"},"mysqlPort":{"type":"integer"},"mysqlUser":{"type":"string"},"mysqlPassword":{"type":"string"}},"required":["mysqlHost","mysqlUser","mysqlPassword"],"additional":{}},
"TestConnectionResult":{"type":"object","properties":{"ok":{"type":"boolean"},"error":{"type":"string"},"latencyMs":{"type":"number"},"estimatedSizeGb":{"type":"number"},"availableSchemas":{"type":"array","items":{"type":"string"}},"binlog":{"ref":"BinlogReadiness"}},"required":["ok"],"additional":{}},
"UpdateConnectionBody":{"type":"object","properties":{"name":{"type":"string"},"mysqlHost":{"type":"string"},"mysqlPort":{"type":"integer"},"availableSchemas":{"type":"array","items":{"type":"string"}},"mysqlUser":{"type":"string"},"mysqlPassword":{"type":"string"},"syncMode":{"ref":"UpdateConnectionBodySyncMode"},"syncInterval":{"type":"integer"}},"required":[],"additional":{}},
"UpdateConnectionBodySyncMode":{"enum":["poll","binlog","logical","cdc"]},
"UpdateDatabaseBody":{"type":"object","properties":{"name":{"type":"string"},"mysqlDb":{"type":"string"},"instanceSize":{"ref":"UpdateDatabaseBodyInstanceSize"},"logLevel":{"ref":"UpdateDatabaseBodyLogLevel"},"binlogServerId":{"type":"integer"},"buildComputeOverride":{"nullable":{"ref":"UpdateDatabaseBodyBuildComputeOverride"}},"reflexdbCustomDomain":{"nullable":{"type":"string"}},"pauseSchedule":{"ref":"PauseSchedule"},"tags":{"type":"array","items":{"ref":"Tag"}}},"required":[],"additional":{}},
"UpdateDatabaseBodyBuildComputeOverride":{"enum":["BUILD_GENERAL1_LARGE","BUILD_GENERAL1_XLARGE","BUILD_GENERAL1_2XLARGE"]},
"UpdateDatabaseBodyInstanceSize":{"enum":["nano","small","medium","large","xlarge","2xlarge"]},
"UpdateDatabaseBodyLogLevel":{"enum":["info","debug","warn","error"]}
}""")
"""Named shapes (objects, enums, aliases) that request bodies and parameters are checked against."""

OPERATIONS: dict[str, _t.Any] = _json.loads("""{
"create_management_key":{"method":"POST","path":"/account/management-keys","group":"account","params":[],"body":{"required":true,"kind":"json","media_type":"application/json","shape":{"ref":"CreateManagementKeyBody"},"encoding":{}},"default_status":"201","responses":{"201":{"media_type":"application/json","kind":"json","example":{"id":"2489E9AD-2EE2-8E00-8EC9-32D5F69181C0","customerId":"2489E9AD-2EE2-8E00-8EC9-32D5F69181C0","name":"example","keyId":"example","lastUsedAt":"2026-04-15T12:00:00Z","expiresAt":"2026-04-15T12:00:00Z","createdAt":"2026-04-15T12:00:00Z","revokedAt":"2026-04-15T12:00:00Z","key":"example"}},"default":{"media_type":"application/json","kind":"json","example":{"error":"example","message":"example"}}}},
"list_databases":{"method":"GET","path":"/databases","group":"databases","params":[],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":[{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","customerId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","connectionId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","name":"example","mysqlDb":"example","syncMode":"poll","syncInterval":1,"taskCpu":1,"taskMemoryMb":1,"logLevel":"info","status":"registered","lastError":null,"endpointUrl":null,"healthStatus":null,"buildComputeOverride":null,"instanceSize":"nano","region":"example","binlogServerId":null,"desiredState":null,"reflexdbCustomDomain":null,"pauseSchedule":{}}]},"default":{"media_type":"application/json","kind":"json","example":{"error":"example","message":"example"}}}},
"create_database":{"method":"POST","path":"/databases","group":"databases","params":[],"body":{"required":true,"kind":"json","media_type":"application/json","shape":{"ref":"CreateDatabaseBody"},"encoding":{}},"default_status":"201","responses":{"201":{"media_type":"application/json","kind":"json","example":{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","customerId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","connectionId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","name":"example","mysqlDb":"example","syncMode":"poll","syncInterval":1,"taskCpu":1,"taskMemoryMb":1,"logLevel":"info","status":"registered","lastError":"example","endpointUrl":"example","healthStatus":"ok","buildComputeOverride":"example","instanceSize":"nano","region":"example","binlogServerId":1,"desiredState":"example","reflexdbCustomDomain":"example","pauseSchedule":{}}},"default":{"media_type":"application/json","kind":"json","example":{"error":"example","message":"example"}}}},
"update_database":{"method":"PATCH","path":"/databases/{id}","group":"databases","params":[{"name":"id","in":"path","required":true,"shape":{"type":"string","format":"uuid"},"style":"simple","explode":false}],"body":{"required":true,"kind":"json","media_type":"application/json","shape":{"ref":"UpdateDatabaseBody"},"encoding":{}},"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{}},"default":{"media_type":"application/json","kind":"json","example":{"error":"example","message":"example"}}}},
"get_instance_status":{"method":"GET","path":"/databases/{id}/instance","group":"databases","params":[{"name":"id","in":"path","required":true,"shape":{"type":"string","format":"uuid"},"style":"simple","explode":false}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"database":{},"connection":{"minSyncInterval":1,"allowedSyncModes":["example"],"availableSchemas":["example"]},"deployedInstanceConfig":{"instanceSize":"example","taskCpu":1,"taskMemoryMb":1,"syncMode":"example","syncInterval":1,"logLevel":"example","safetyNet":1},"hasPendingChanges":true,"instance":{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","databaseId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","buildId":null,"ecsServiceArn":null,"endpointUrl":null,"healthStatus":null,"snapshotAgeMs":null,"swapCount":null,"rowCounts":{"key":1},"lastHealthCheck":null,"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z"},"latestBuild":{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","databaseId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","codebuildId":null,"imageUri":null,"status":"queued","logsUrl":null}}},"default":{"media_type":"application/json","kind":"json","example":{"error":"example","message":"example"}}}},
"redeploy_database":{"method":"POST","path":"/databases/{id}/redeploy","group":"databases","params":[{"name":"id","in":"path","required":true,"shape":{"type":"string","format":"uuid"},"style":"simple","explode":false}],"body":{"required":true,"kind":"json","media_type":"application/json","shape":{"ref":"RedeployDatabaseBody"},"encoding":{}},"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"status":"deploying"}},"default":{"media_type":"application/json","kind":"json","example":{"error":"example","message":"example"}}}},
"pause_replication":{"method":"POST","path":"/databases/{id}/pause-replication","group":"databases","params":[{"name":"id","in":"path","required":true,"shape":{"type":"string","format":"uuid"},"style":"simple","explode":false}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"replication_paused":true}},"default":{"media_type":"application/json","kind":"json","example":{"error":"example","message":"example"}}}},
"terminate_instance":{"method":"POST","path":"/databases/{id}/terminate","group":"databases","params":[{"name":"id","in":"path","required":true,"shape":{"type":"string","format":"uuid"},"style":"simple","explode":false}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"status":"terminating"}},"default":{"media_type":"application/json","kind":"json","example":{"error":"example","message":"example"}}}},
"list_builds":{"method":"GET","path":"/databases/{id}/builds","group":"databases","params":[{"name":"id","in":"path","required":true,"shape":{"type":"string","format":"uuid"},"style":"simple","explode":false}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"builds":[{"id":"2489E9AD-2EE2-8E00-8EC9-32D5F69181C0","status":"example","deployable":true,"codebuildId":"example","logsUrl":"example","createdAt":"2026-04-15T12:00:00Z","finishedAt":"2026-04-15T12:00:00Z","buildDurationSeconds":1,"computeTypeUsed":"example","costEstimateCents":1}],"activeBuildId":"2489E9AD-2EE2-8E00-8EC9-32D5F69181C0"}},"default":{"media_type":"application/json","kind":"json","example":{"error":"example","message":"example"}}}},
"create_connection":{"method":"POST","path":"/connections","group":"connections","params":[],"body":{"required":true,"kind":"json","media_type":"application/json","shape":{"ref":"CreateConnectionBody"},"encoding":{}},"default_status":"201","responses":{"201":{"media_type":"application/json","kind":"json","example":{}},"default":{"media_type":"application/json","kind":"json","example":{"error":"example","message":"example"}}}},
"verify_connection_credentials":{"method":"POST","path":"/connections/test-connection","group":"connections","params":[],"body":{"required":true,"kind":"json","media_type":"application/json","shape":{"ref":"TestConnectionBody"},"encoding":{}},"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"ok":true,"error":"example","latencyMs":1,"estimatedSizeGb":1,"availableSchemas":["example"],"binlog":{"logBin":true,"format":"example","serverId":1,"ready":true,"issues":["example"]}}},"default":{"media_type":"application/json","kind":"json","example":{"error":"example","message":"example"}}}},
"get_connection":{"method":"GET","path":"/connections/{id}","group":"connections","params":[{"name":"id","in":"path","required":true,"shape":{"type":"string","format":"uuid"},"style":"simple","explode":false}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","customerId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","name":"example","backend":"mysql","mysqlHost":"example","mysqlPort":1,"availableSchemas":["example"],"mysqlUser":"example","allowedSyncModes":["poll"],"minSyncInterval":1,"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z","databases":[{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","customerId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","connectionId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","name":"example","mysqlDb":"example","syncMode":"poll","syncInterval":1,"taskCpu":1,"taskMemoryMb":1,"logLevel":"info","status":"registered","instanceSize":"nano","region":"example"}]}},"default":{"media_type":"application/json","kind":"json","example":{"error":"example","message":"example"}}}},
"update_connection":{"method":"PATCH","path":"/connections/{id}","group":"connections","params":[{"name":"id","in":"path","required":true,"shape":{"type":"string","format":"uuid"},"style":"simple","explode":false}],"body":{"required":true,"kind":"json","media_type":"application/json","shape":{"ref":"UpdateConnectionBody"},"encoding":{}},"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","customerId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","name":"example","backend":"mysql","mysqlHost":"example","mysqlPort":1,"availableSchemas":["example"],"mysqlUser":"example","allowedSyncModes":["poll"],"minSyncInterval":1,"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z"}},"409":{"media_type":"application/json","kind":"json","example":{"error":"example","message":"example"}},"default":{"media_type":"application/json","kind":"json","example":{"error":"example","message":"example"}}}},
"verify_connection":{"method":"POST","path":"/connections/{id}/test-connection","group":"connections","params":[{"name":"id","in":"path","required":true,"shape":{"type":"string","format":"uuid"},"style":"simple","explode":false}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"ok":true,"error":"example","latencyMs":1,"estimatedSizeGb":1,"availableSchemas":["example"],"binlog":{"logBin":true,"format":"example","serverId":1,"ready":true,"issues":["example"]}}},"default":{"media_type":"application/json","kind":"json","example":{"error":"example","message":"example"}}}},
"create_checkout_session":{"method":"POST","path":"/billing/checkout","group":"billing","params":[],"body":{"required":true,"kind":"json","media_type":"application/json","shape":{"ref":"CreateCheckoutSessionBody"},"encoding":{}},"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"url":"https://example.com"}},"default":{"media_type":"application/json","kind":"json","example":{"error":"example","message":"example"}}}}
}""")
"""Every operation: method, path template, parameters, body shape and example answers."""


class FakeTransport(_fake.FakeTransport):
    """An ``httpx`` transport (sync and async) that plays the API offline; see the module docstring."""

    def __init__(self) -> None:
        super().__init__(OPERATIONS, SCHEMAS)


_EXAMPLES: dict[str, str] = _json.loads("""{
"create_management_key":"[{\\"body\\": {\\"name\\": \\"example\\"}}, {\\"body\\": {\\"name\\": \\"example\\", \\"expiresAt\\": \\"2026-04-15T12:00:00Z\\"}}]",
"list_databases":"[{}, {}]",
"create_database":"[{\\"body\\": {\\"connectionId\\": \\"2489E9AD-2EE2-8E00-8EC9-32D5F69181C0\\", \\"name\\": \\"example\\", \\"mysqlDb\\": \\"example\\"}}, {\\"body\\": {\\"connectionId\\": \\"2489E9AD-2EE2-8E00-8EC9-32D5F69181C0\\", \\"name\\": \\"example\\", \\"mysqlDb\\": \\"example\\", \\"instanceSize\\": \\"nano\\", \\"logLevel\\": \\"info\\", \\"binlogServerId\\": 1}}]",
"update_database":"[{\\"id\\": \\"3fa85f64-5717-4562-b3fc-2c963f66afa6\\", \\"body\\": {}}, {\\"id\\": \\"3fa85f64-5717-4562-b3fc-2c963f66afa6\\", \\"body\\": {\\"name\\": \\"example\\", \\"mysqlDb\\": \\"example\\", \\"instanceSize\\": \\"nano\\", \\"logLevel\\": \\"info\\", \\"binlogServerId\\": 1, \\"buildComputeOverride\\": \\"BUILD_GENERAL1_LARGE\\", \\"reflexdbCustomDomain\\": \\"example\\", \\"pauseSchedule\\": {\\"pauseAt\\": \\"example\\", \\"resumeAt\\": \\"example\\", \\"days\\": [1]}, \\"tags\\": [{\\"label\\": \\"example\\", \\"color\\": \\"gray\\"}]}}]",
"get_instance_status":"[{\\"id\\": \\"3fa85f64-5717-4562-b3fc-2c963f66afa6\\"}, {\\"id\\": \\"3fa85f64-5717-4562-b3fc-2c963f66afa6\\"}]",
"redeploy_database":"[{\\"id\\": \\"3fa85f64-5717-4562-b3fc-2c963f66afa6\\", \\"body\\": {\\"buildId\\": \\"2489E9AD-2EE2-8E00-8EC9-32D5F69181C0\\"}}, {\\"id\\": \\"3fa85f64-5717-4562-b3fc-2c963f66afa6\\", \\"body\\": {\\"buildId\\": \\"2489E9AD-2EE2-8E00-8EC9-32D5F69181C0\\"}}]",
"pause_replication":"[{\\"id\\": \\"3fa85f64-5717-4562-b3fc-2c963f66afa6\\"}, {\\"id\\": \\"3fa85f64-5717-4562-b3fc-2c963f66afa6\\"}]",
"terminate_instance":"[{\\"id\\": \\"3fa85f64-5717-4562-b3fc-2c963f66afa6\\"}, {\\"id\\": \\"3fa85f64-5717-4562-b3fc-2c963f66afa6\\"}]",
"list_builds":"[{\\"id\\": \\"3fa85f64-5717-4562-b3fc-2c963f66afa6\\"}, {\\"id\\": \\"3fa85f64-5717-4562-b3fc-2c963f66afa6\\"}]",
"create_connection":"[{\\"body\\": {\\"name\\": \\"example\\", \\"mysqlHost\\": \\"example\\", \\"availableSchemas\\": [\\"example\\"], \\"mysqlUser\\": \\"example\\", \\"mysqlPassword\\": \\"example\\"}}, {\\"body\\": {\\"backend\\": \\"mysql\\", \\"name\\": \\"example\\", \\"mysqlHost\\": \\"example\\", \\"mysqlPort\\": 3306, \\"availableSchemas\\": [\\"example\\"], \\"mysqlUser\\": \\"example\\", \\"mysqlPassword\\": \\"example\\", \\"syncMode\\": \\"poll\\", \\"syncInterval\\": 30, \\"instance\\": {\\"name\\": \\"example\\", \\"mysqlDb\\": \\"example\\", \\"instanceSize\\": \\"nano\\", \\"logLevel\\": \\"info\\", \\"binlogServerId\\": 1}}}]",
"verify_connection_credentials":"[{\\"body\\": {\\"mysqlHost\\": \\"example\\", \\"mysqlUser\\": \\"example\\", \\"mysqlPassword\\": \\"example\\"}}, {\\"body\\": {\\"backend\\": \\"mysql\\", \\"mysqlHost\\": \\"example\\", \\"mysqlPort\\": 1, \\"mysqlUser\\": \\"example\\", \\"mysqlPassword\\": \\"example\\"}}]",
"get_connection":"[{\\"id\\": \\"3fa85f64-5717-4562-b3fc-2c963f66afa6\\"}, {\\"id\\": \\"3fa85f64-5717-4562-b3fc-2c963f66afa6\\"}]",
"update_connection":"[{\\"id\\": \\"3fa85f64-5717-4562-b3fc-2c963f66afa6\\", \\"body\\": {}}, {\\"id\\": \\"3fa85f64-5717-4562-b3fc-2c963f66afa6\\", \\"body\\": {\\"name\\": \\"example\\", \\"mysqlHost\\": \\"example\\", \\"mysqlPort\\": 1, \\"availableSchemas\\": [\\"example\\"], \\"mysqlUser\\": \\"example\\", \\"mysqlPassword\\": \\"example\\", \\"syncMode\\": \\"poll\\", \\"syncInterval\\": 5}}]",
"verify_connection":"[{\\"id\\": \\"3fa85f64-5717-4562-b3fc-2c963f66afa6\\"}, {\\"id\\": \\"3fa85f64-5717-4562-b3fc-2c963f66afa6\\"}]",
"create_checkout_session":"[{\\"body\\": {\\"plan\\": \\"pro\\"}}, {\\"body\\": {\\"plan\\": \\"pro\\"}}]\"
}""")
"""Per operation, the Python literal of its sampled [minimal, full] values, before decoding."""

_DECODERS: dict[str, dict[str, _t.Callable[[_t.Any], _t.Any]]] = {
    "create_management_key": {"body": CreateManagementKeyBody.from_dict},
    "create_database": {"body": CreateDatabaseBody.from_dict},
    "update_database": {"id": _rt.parse_uuid, "body": UpdateDatabaseBody.from_dict},
    "get_instance_status": {"id": _rt.parse_uuid},
    "redeploy_database": {"id": _rt.parse_uuid, "body": RedeployDatabaseBody.from_dict},
    "pause_replication": {"id": _rt.parse_uuid},
    "terminate_instance": {"id": _rt.parse_uuid},
    "list_builds": {"id": _rt.parse_uuid},
    "create_connection": {"body": CreateConnectionBody.from_dict},
    "verify_connection_credentials": {"body": TestConnectionBody.from_dict},
    "get_connection": {"id": _rt.parse_uuid},
    "update_connection": {"id": _rt.parse_uuid, "body": UpdateConnectionBody.from_dict},
    "verify_connection": {"id": _rt.parse_uuid},
    "create_checkout_session": {"body": CreateCheckoutSessionBody.from_dict},
}
"""Per operation, the decoders of the keywords whose JSON value is not the argument as it is."""


def example_arguments(operation: str, *, full: bool = False) -> dict[str, _t.Any]:
    """Keyword arguments for a valid call of ``operation``: required ones only, or every one.

    Values come from the spec's examples, defaults and schemas. Raises ``KeyError`` for an
    unknown operation name.
    """
    values: dict[str, _t.Any] = _ast.literal_eval(_EXAMPLES[operation])[int(full)]
    decoders = _DECODERS.get(operation, {})
    return {key: decoders[key](v) if key in decoders else v for key, v in values.items()}
