"""A real OpenID provider for the tests (npm's oidc-provider, see provider.mjs) and a client that
logs in at it over HTTP, as a browser would."""
