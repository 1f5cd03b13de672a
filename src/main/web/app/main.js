// The entry point. The session's renewal (POST /api/v1/auth/web/refresh) starts as soon as this small module runs,
// while the rest of the app is still loading, and the first screen's data the moment it answers: on a slow line
// that is two round trips less before the first screen. (api.js is imported here only then, so that the renewal
// does not wait for it; index.html preloads it.)
import * as auth from './core/auth.js';

performance.mark('main');

/** The renewal's outcome (true: signed in), once the first screen's data has been asked for. */
const renewal = auth.refresh().then(async (signedIn) => {
  if (signedIn) {
    const {api, FIRST_SCREEN} = await import('./core/api.js');
    Object.values(FIRST_SCREEN).forEach((path) => api.prefetch(path));
  }
  return signedIn;
});
renewal.catch(() => { /* offline or server down: start.js shows the device's copy or the sign-in page */ });
// The device's copy of the first screen, read meanwhile (a returning person sees it before the network answers).
import('./core/store.js').then((store) => store.preload('profile', 'child', 'inbox'));
import('./start.js').then((app) => app.start(renewal));
// A family's first screen (the inbox: '/' leads a family there) is evaluated meanwhile too, while start.js waits for
// the device's copy, rather than only once it has read the profile and routed (index.html preloaded it: no download).
if (/^#?\/?(hop-thu)?$/.test(location.hash)) import('./inbox/inbox.js').catch(() => undefined);
