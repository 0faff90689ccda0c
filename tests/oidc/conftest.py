"""The SSO tests' fixtures: ``oidc_provider`` (the real provider, once per run) and ``sso`` (the
test app pointed at it)."""

from tests.oidc.fixtures import oidc_provider  # noqa: F401
from tests.oidc.journey import sso  # noqa: F401
