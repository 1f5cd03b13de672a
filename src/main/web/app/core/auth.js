// Signing in the browser way (docs/auth.md, "A browser"): the refresh token lives in an HttpOnly, Secure,
// SameSite=Strict cookie that scripts cannot read, scoped to /api/v1/auth/web; the access token lives only in this
// module's memory. Every call to /api/v1/auth/web/* carries the X-Lienlac-Csrf header, which a cross-site form or
// image cannot send.
const WEB = '/api/v1/auth/web';
const CSRF = {'X-Lienlac-Csrf': '1'};

let access = null;          // {token, expiresAt (ms)}
let ssoReturn = takeSsoAnswerFromAddress(); // the sector SSO's answer this page was opened with, or null
let refreshing = null;      // one refresh at a time
const listeners = new Set();
const beforeSignOutHooks = new Set();

/** Called with (signedIn: boolean, reason?) when the session starts or ends. */
export function onChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Work that needs the session and must be done before this device signs out (deleting this device's push endpoint):
 * hook() returns a promise; sign-out waits for it, at most 3 s, and goes on whatever it does.
 */
export function beforeSignOut(hook) {
  beforeSignOutHooks.add(hook);
  return () => beforeSignOutHooks.delete(hook);
}

function runBeforeSignOut() {
  const all = [...beforeSignOutHooks].map((hook) => Promise.resolve().then(hook).catch(() => undefined));
  return Promise.race([Promise.all(all), new Promise((resolve) => setTimeout(resolve, 3000))]);
}

function emit(signedIn, reason) {
  for (const listener of listeners) listener(signedIn, reason);
}

function keep(body) {
  access = {token: body.accessToken, expiresAt: Date.parse(body.accessTokenExpiresAt)};
  return body;
}

export function hasToken() {
  return access !== null;
}

/** The name shown in the list of sessions. */
export function deviceName() {
  const ua = navigator.userAgent;
  const os = /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iPhone/iPad' : /Windows/.test(ua) ? 'Windows'
    : /Mac OS/.test(ua) ? 'Mac' : /Linux/.test(ua) ? 'Linux' : '';
  return `Trình duyệt${os ? ' trên ' + os : ''}`;
}

async function post(path, body, extraHeaders) {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    priority: 'high', // ahead of the first screen's module preloads, which wait for a free connection
    headers: {'Content-Type': 'application/json', ...CSRF, ...extraHeaders},
    body: body === undefined ? '' : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new Error((json && json.detail) || response.statusText);
    error.status = response.status;
    error.problem = json;
    error.retryAfter = Number(response.headers.get('Retry-After')) || null;
    throw error;
  }
  return json;
}

/** Sends a one-time code to the phone. */
export function requestCode(phone) {
  return post('/api/v1/auth/otp/request', {phone});
}

export async function signInWithCode(phone, code) {
  keep(await post(`${WEB}/otp/verify`, {phone, code, deviceName: deviceName()}));
  emit(true);
}

export async function signInWithPassword(login, password) {
  keep(await post(`${WEB}/password`, {login, password, deviceName: deviceName()}));
  emit(true);
}

/**
 * A fresh access token from the cookie. Resolves true when signed in; false when there is no session (no cookie,
 * ended, reused); rejects when the network or the server failed (the session may still be good: try later).
 */
export function refresh() {
  if (!refreshing) {
    // One refresh at a time across this browser's tabs too: the cookie is good once, and two tabs presenting it
    // together would look like a stolen token and end the session. The second tab, once it holds the lock, sends
    // the cookie the first one got.
    const exchange = () => post(`${WEB}/refresh`);
    const locked = navigator.locks ? navigator.locks.request('lienlac-refresh', exchange) : exchange();
    refreshing = locked.then((body) => {
      keep(body);
      return true;
    }, (error) => {
      if (error.status === 401) {
        const had = access !== null;
        access = null;
        if (had) emit(false, 'ended');
        return false;
      }
      throw error;
    }).finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

/** The current access token, refreshed when it expires within 30 s; null when signed out. */
export async function token() {
  if (access && access.expiresAt - Date.now() > 30_000) return access.token;
  const ok = await refresh();
  return ok ? access.token : null;
}

/**
 * The sector SSO sends the browser back to "/?code=…&state=…" (docs/auth-sso.md, "In the web app"): the answer is
 * taken out of the address at once (history, bookmarks) and kept in memory for the sign-in page (signin/sso.js).
 */
function takeSsoAnswerFromAddress() {
  const query = new URLSearchParams(location.search);
  if (!query.has('state') || !(query.has('code') || query.has('error'))) return null;
  history.replaceState(null, '', location.pathname + location.hash);
  return {code: query.get('code'), state: query.get('state'), error: query.get('error')};
}

/** The SSO's answer this page was opened with ({code, state, error}), given out once; null when there is none. */
export function takeSsoReturn() {
  const answer = ssoReturn;
  ssoReturn = null;
  return answer;
}

/** Whether and where staff sign in at the sector SSO: {enabled, authorizationEndpoint, tokenEndpoint, clientId, scope}. */
export async function ssoSettings() {
  const response = await fetch(`${WEB}/sso`, {credentials: 'same-origin', headers: CSRF});
  return response.ok ? response.json() : {enabled: false};
}

/** Trades an access token of the sector SSO for a session of ours; the SSO's token is not kept. */
export async function signInWithSso(ssoAccessToken) {
  keep(await post(`${WEB}/sso`, {deviceName: deviceName()}, {Authorization: `Bearer ${ssoAccessToken}`}));
  emit(true);
}

/** Ends this device's session (and the cookie); local data is cleared by the caller. */
export async function signOut() {
  await runBeforeSignOut();
  try {
    await post(`${WEB}/logout`);
  } catch (e) {
    // Offline: the cookie stays until it expires, but the session is forgotten here; nothing local remains.
  }
  access = null;
  emit(false, 'signed-out');
}

/** Ends every session of this person, this one included. */
export async function signOutEverywhere() {
  await runBeforeSignOut();
  const bearer = await token();
  await fetch('/api/v1/auth/logout-all', {method: 'POST', headers: {Authorization: `Bearer ${bearer}`}});
  await signOut();
}
