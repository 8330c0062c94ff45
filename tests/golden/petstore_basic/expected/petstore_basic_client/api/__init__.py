# Generated from spec.yaml by the generator; do not edit by hand.
"""Endpoint functions, one module per tag of the API description.

Each operation comes as four functions: ``name`` (sync), ``name_async``, and the
``name_with_response`` / ``name_with_response_async`` variants that also return the HTTP response.
"""

__all__ = [
    "pets",
]
