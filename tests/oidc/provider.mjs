// A real OpenID provider for the tests: npm's oidc-provider (a certified implementation) on
// 127.0.0.1, with a tiny login page of its own (no outside fonts or scripts) and automatic
// consent, so a browser or an HTTP client can log in by typing an email address.
//
//   node tests/oidc/provider.mjs CONFIG.json
//
// CONFIG.json: {"clients": [{"client_id", "client_secret", "mischief"?}], "redirect_uris": [...],
// "post_logout_redirect_uris": [...], "accounts": {"login": {"groups": [...], "name": ...}}}.
// An account's claims: sub the login as typed (oidc-provider's account id), email the login
// (unless "email" says another, or null: none), preferred_username, name, and groups, oid and
// tid (Entra's) where given.
// When listening it prints one line of JSON: {"issuer": "http://127.0.0.1:PORT"}.
//
// "mischief" makes the provider hand one client ID tokens that a broken or hostile provider
// might: the token endpoint's answer is rewritten after oidc-provider made it, signed with the
// provider's own key (the one its JWKS publishes) unless the point is a bad signature:
//   expired        iat two hours ago, exp one hour ago
//   wrong-audience aud another application (azp still names the client)
//   wrong-issuer   iss another issuer
//   wrong-nonce    nonce not the one the client sent
//   tampered       the email claim changed after signing (the signature no longer matches)
//   alg-none       the same claims, unsigned ("alg": "none")
//   rotated        after POST /test/rotate (until POST /test/unrotate), signed with a second key
//                  that the JWKS publishes only from then on: a key rotation
// Redirect URIs on 127.0.0.1 match on any port (RFC 8252's loopback rule), so the test server's
// random port needs no registration.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

import * as jose from 'jose';
import Provider from 'oidc-provider';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const accounts = config.accounts || {};

const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
const signingKey = { ...(await jose.exportJWK(privateKey)), kid: 'test-key-1', use: 'sig', alg: 'RS256' };

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title, body) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>
</head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;

function account(id) {
  const login = String(id).trim();
  const known = accounts[login.toLowerCase()] || {};
  return {
    accountId: login,
    async claims() {
      const claims = { sub: known.sub || `sub-${login.toLowerCase()}` };
      if (known.email !== null) claims.email = known.email || login;
      if (known.email_verified !== undefined) claims.email_verified = known.email_verified;
      claims.preferred_username = known.preferred_username || login;
      claims.name = known.name || login.split('@')[0];
      if (known.groups) claims.groups = known.groups;
      if (known.oid) Object.assign(claims, { oid: known.oid, tid: known.tid });
      return claims;
    },
  };
}

function stripLoopbackPort(uri) {
  try {
    const url = new URL(uri);
    if (url.hostname !== '127.0.0.1') return uri;
    url.port = '';
    return url.href;
  } catch {
    return undefined;
  }
}

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: config.clients.map(({ client_id, client_secret }) => ({
    client_id,
    client_secret,
    redirect_uris: config.redirect_uris,
    post_logout_redirect_uris: config.post_logout_redirect_uris,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  })),
  jwks: { keys: [signingKey] },
  cookies: { keys: ['test-provider-cookie-key-0123456789'] },
  claims: {
    openid: ['sub', 'groups'],
    email: ['email', 'email_verified'],
    profile: ['name', 'preferred_username', 'oid', 'tid'],
  },
  // Like Entra ID: the scopes' claims are in the ID token itself.
  conformIdTokenClaims: false,
  findAccount: (ctx, id) => account(id),
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      async logoutSource(ctx, form) {
        ctx.body = page('Log out of the test provider?', `${form}
<button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>`);
      },
      async postLogoutSuccessSource(ctx) {
        ctx.body = page('Signed out', '<p>You are signed out.</p>');
      },
    },
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  // Consent is given for every client (first-party applications skip it at real providers too).
  async loadExistingGrant(ctx) {
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
  ttl: { IdToken: 3600, AccessToken: 3600, AuthorizationCode: 60 },
});
provider.proxy = false;

for (const client of config.clients) {
  const found = await provider.Client.find(client.client_id);
  const prototype = Object.getPrototypeOf(found);
  for (const [method, list] of [
    ['redirectUriAllowed', 'redirectUris'],
    ['postLogoutRedirectUriAllowed', 'postLogoutRedirectUris'],
  ]) {
    if (!prototype[`_${method}`]) {
      prototype[`_${method}`] = true;
      prototype[method] = function allowed(value) {
        const stripped = stripLoopbackPort(value);
        return this[list].some((uri) => uri === value || stripLoopbackPort(uri) === stripped);
      };
    }
  }
}

// --- mischief: rewrite the ID token that the token endpoint hands one client -----------------
const mischief = Object.fromEntries(config.clients.map((c) => [c.client_id, c.mischief]));
const key = await jose.importJWK(signingKey, 'RS256');
const sign = (claims, header) => new jose.SignJWT(claims).setProtectedHeader(header).sign(key);
const b64 = (object) => Buffer.from(JSON.stringify(object)).toString('base64url');
const { privateKey: secondPrivate } = await jose.generateKeyPair('RS256', { extractable: true });
const secondJwk = { ...(await jose.exportJWK(secondPrivate)), kid: 'test-key-2', use: 'sig', alg: 'RS256' };
const { d, p, q, dp, dq, qi, ...secondPublic } = secondJwk;
let rotated = false;

async function misbehave(kind, idToken) {
  const header = jose.decodeProtectedHeader(idToken);
  const claims = jose.decodeJwt(idToken);
  const now = Math.floor(Date.now() / 1000);
  switch (kind) {
    case 'expired':
      return sign({ ...claims, iat: now - 7200, exp: now - 3600 }, header);
    case 'wrong-audience':
      return sign({ ...claims, aud: 'another-application', azp: claims.aud }, header);
    case 'wrong-issuer':
      return sign({ ...claims, iss: 'http://127.0.0.1:1/other-provider' }, header);
    case 'wrong-nonce':
      return sign({ ...claims, nonce: 'not-the-nonce-you-sent' }, header);
    case 'tampered': {
      const [head, , signature] = idToken.split('.');
      return `${head}.${b64({ ...claims, email: 'morten@sonderoe.example' })}.${signature}`;
    }
    case 'alg-none':
      return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
    case 'rotated':
      if (!rotated) return idToken;
      return new jose.SignJWT(claims).setProtectedHeader({ ...header, kid: 'test-key-2' })
        .sign(secondPrivate);
    default:
      throw new Error(`unknown mischief ${kind}`);
  }
}

provider.use(async (ctx, next) => {
  await next();
  const kind = mischief[ctx.oidc?.client?.clientId];
  if (kind && ctx.path === '/token' && ctx.body?.id_token) {
    ctx.body = { ...ctx.body, id_token: await misbehave(kind, ctx.body.id_token) };
  }
  if (rotated && ctx.path === '/jwks' && ctx.body?.keys) {
    ctx.body = { keys: [...ctx.body.keys, secondPublic] };
  }
});

// --- the login page: type an email address -------------------------------------------------
async function readForm(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

async function interaction(req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('interaction mismatch');
  if (action === 'abort') {
    return provider.interactionFinished(req, res, {
      error: 'access_denied', error_description: 'End-User aborted interaction',
    }, { mergeWithLastSubmission: false });
  }
  if (req.method === 'POST' && action === 'login') {
    const login = (await readForm(req)).get('login') || '';
    return provider.interactionFinished(req, res, { login: { accountId: login } }, {
      mergeWithLastSubmission: false,
    });
  }
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(page('Test provider: sign in', `
<form method="post" action="/interaction/${escape(uid)}/login">
  <label for="login">Email address</label>
  <input id="login" name="login" type="email" required autofocus>
  <button type="submit">Sign in</button>
</form>
<p><a href="/interaction/${escape(uid)}/abort">Cancel</a></p>`));
  return undefined;
}

const callback = provider.callback();
server.on('request', (req, res) => {
  if (req.method === 'POST' && /^\/test\/(un)?rotate$/.test(req.url)) {
    rotated = req.url === '/test/rotate';
    res.end(JSON.stringify({ rotated }));
    return undefined;
  }
  const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(req.url.split('?')[0]);
  if (!match) return callback(req, res);
  return interaction(req, res, match[1], match[2]).catch((error) => {
    res.statusCode = 400;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(`interaction failed: ${error.message}`);
  });
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
console.log(JSON.stringify({ issuer }));
