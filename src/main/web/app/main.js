// The entry point: starts the session's renewal at once, and the first screen's data the moment it answers, while the
// rest of the app still loads (api.js is imported only then; index.html preloads it).
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
// A family's first screen, evaluated while start.js reads the device's copy (preloaded: no download).
if (/^#?\/?(hop-thu)?$/.test(location.hash)) import('./inbox/inbox.js').catch(() => undefined);
