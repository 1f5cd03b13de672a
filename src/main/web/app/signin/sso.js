// Signing in at the sector SSO (docs/auth-sso.md, "In the web app"): the authorization-code flow with PKCE (S256),
// in the browser. While the SSO's page is open only the PKCE verifier and the state wait in sessionStorage (nothing
// personal), removed as soon as the SSO answers; the SSO's access token is traded at once for a session of ours and
// then dropped, like every other token the SSO sends.
import * as auth from '../core/auth.js';
import {T} from './texts.js';

const KEY = 'lienlac-sso';

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_')
    .replace(/=+$/, '');
}

const random = () => base64url(crypto.getRandomValues(new Uint8Array(32)));
const redirectUri = () => `${location.origin}/`;

/** Leaves for the SSO's sign-in page; it sends the browser back to "/" with a code (auth.takeSsoReturn). */
export async function start(settings) {
  const verifier = random();
  const state = random();
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(KEY, JSON.stringify({verifier, state, tokenEndpoint: settings.tokenEndpoint,
    clientId: settings.clientId}));
  const url = new URL(settings.authorizationEndpoint);
  const query = {response_type: 'code', client_id: settings.clientId, redirect_uri: redirectUri(),
    scope: settings.scope || 'openid', state, code_challenge: challenge, code_challenge_method: 'S256'};
  Object.entries(query).forEach(([name, value]) => url.searchParams.set(name, value));
  location.assign(url.href);
}

/** Completes the sign-in with the SSO's answer ({code, state, error}); rejects with a Vietnamese message. */
export async function finish(answer) {
  const saved = JSON.parse(sessionStorage.getItem(KEY) || 'null');
  sessionStorage.removeItem(KEY);
  if (answer.error) throw new Error(answer.error === 'access_denied' ? T.ssoCancelled : T.ssoFailed);
  if (!saved || saved.state !== answer.state || !answer.code) throw new Error(T.ssoStale);
  let tokens = null;
  try {
    const response = await fetch(saved.tokenEndpoint, {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded'},
      body: new URLSearchParams({grant_type: 'authorization_code', code: answer.code, redirect_uri: redirectUri(),
        client_id: saved.clientId, code_verifier: saved.verifier}),
    });
    tokens = response.ok ? await response.json() : null;
  } catch (e) {
    throw new Error(navigator.onLine === false ? T.offline : T.ssoUnreachable);
  }
  if (!tokens || !tokens.access_token) throw new Error(T.ssoFailed);
  await auth.signInWithSso(tokens.access_token);
}
