"""The inbox flow and the safe-intake functions it wraps."""

from requestdesk.flows.prefect_env import apply_defaults

apply_defaults()
