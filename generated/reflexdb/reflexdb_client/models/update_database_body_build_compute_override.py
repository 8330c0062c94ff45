# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``UpdateDatabaseBodyBuildComputeOverride`` enumeration."""

import enum as _enum


class UpdateDatabaseBodyBuildComputeOverride(_enum.StrEnum):
    """Force a specific CodeBuild compute tier; null clears the override (auto-select resumes)

    Fields of this type also accept and return values this client does not know yet.
    """

    BUILD_GENERA_L_1_LARGE = "BUILD_GENERAL1_LARGE"
    BUILD_GENERA_L_1_XLARGE = "BUILD_GENERAL1_XLARGE"
    BUILD_GENERA_L_1_2_XLARGE = "BUILD_GENERAL1_2XLARGE"
