// REST calls with the in-memory access token. Errors come back as ApiError with the server's problem JSON
// (docs/api.md): `code` for the program, `detail` (Vietnamese) for people, `errors` per field.
import * as auth from './auth.js';
import {T} from './texts.js';

export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super((problem && problem.detail) || messageFor(status));
    this.status = status;
    this.code = problem && problem.code;
    this.errors = (problem && problem.errors) || [];
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

/** The network is gone (or the server unreachable): the caller shows what the device has. */
export class OfflineError extends Error {
  constructor() {
    super(T.offline);
    this.offline = true;
  }
}

function messageFor(status) {
  if (status === 404) return T.notFound;
  if (status === 403) return T.forbidden;
  if (status === 503) return T.unavailable;
  return T.serverError;
}

async function call(method, path, {json, body, contentType, accept, retried} = {}) {
  const token = await auth.token().catch(() => {
    throw new OfflineError();
  });
  if (!token) throw new ApiError(401, {detail: T.sessionEnded, code: 'UNAUTHENTICATED'});
  const headers = {Authorization: `Bearer ${token}`, Accept: accept || 'application/json'};
  if (json !== undefined) headers['Content-Type'] = 'application/json';
  if (contentType) headers['Content-Type'] = contentType;
  let response;
  try {
    response = await fetch(path, {method, headers, body: json !== undefined ? JSON.stringify(json) : body});
  } catch (e) {
    throw new OfflineError();
  }
  if (response.status === 401 && !retried) {
    // The token lapsed between the check and the call, or the session ended: one refresh, one retry.
    if (await auth.refresh().catch(() => false)) return call(method, path, {json, body, contentType, accept, retried: true});
  }
  const type = response.headers.get('Content-Type') || '';
  const data = response.status === 204 ? null
    : type.includes('json') ? await response.json().catch(() => null) : await response.blob();
  if (!response.ok) {
    throw new ApiError(response.status, type.includes('json') ? data : null,
      Number(response.headers.get('Retry-After')) || null);
  }
  return data;
}

/**
 * What the first screen reads, asked for by main.js the moment the session is renewed (while the rest of the app
 * still loads): the person's profile and, for a family, the inbox's newest page (docs/chat-rest.md).
 */
export const FIRST_SCREEN = Object.freeze({
  profile: '/api/v1/directory/me',
  inbox: '/api/v1/chat/inbox?limit=100',
});

/** GETs asked for ahead of their screen (api.prefetch): each is used once, by the first get() of the same path. */
const early = new Map();

export const api = {
  get: (path) => {
    const ahead = early.get(path);
    if (ahead && Date.now() - ahead.at < 10_000) {
      early.delete(path);
      return ahead.promise;
    }
    return call('GET', path);
  },
  /** Starts a GET that a screen about to open will ask for (its answer is kept for 10 s, for one get()). */
  prefetch(path) {
    const promise = call('GET', path);
    promise.catch(() => early.delete(path));
    early.set(path, {promise, at: Date.now()});
  },
  post: (path, json) => call('POST', path, {json}),
  put: (path, json) => call('PUT', path, {json}),
  del: (path) => call('DELETE', path),
  /** Raw upload (a photo, a PDF): the file is the body; returns the server's JSON. */
  upload: (path, file) => call('POST', path, {body: file, contentType: file.type || 'application/octet-stream'}),
  /** A protected file (a photo) as an object URL for <img src>; revoke it when the screen goes. */
  async objectUrl(path) {
    // Any type: a file endpoint produces its own (application/octet-stream, image/jpeg…), and answers a JSON-only
    // Accept with 406.
    const blob = await call('GET', path, {accept: '*/*'});
    return URL.createObjectURL(blob);
  },
};

/** Query string from an object, skipping empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}
