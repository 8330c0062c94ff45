# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``UpdateDatabaseBodyBuildComputeOverride`` enumeration."""

from .. import _runtime as _rt


class UpdateDatabaseBodyBuildComputeOverride(_rt.OpenStrEnum):
    """Force a specific CodeBuild compute tier; null clears the override (auto-select resumes)

    Open: a value this client does not know yet becomes a member made on demand (its
    ``is_known`` is False), so fields of this type keep their type and the value survives a
    round trip.
    """

    BUILD_GENERA_L_1_LARGE = "BUILD_GENERAL1_LARGE"
    BUILD_GENERA_L_1_XLARGE = "BUILD_GENERAL1_XLARGE"
    BUILD_GENERA_L_1_2_XLARGE = "BUILD_GENERAL1_2XLARGE"
