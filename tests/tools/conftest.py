from tests.comparison.conftest import small_world  # noqa: F401  (Korea, Vietnam, Cambodia)
