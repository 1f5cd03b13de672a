// The entry point. The session's renewal (POST /api/v1/auth/web/refresh) starts as soon as this small module runs,
// while the rest of the app is still loading: on a slow line that is a round trip less before the first screen.
import * as auth from './core/auth.js';

const renewal = auth.refresh();
renewal.catch(() => { /* offline or server down: start.js shows the device's copy or the sign-in page */ });
import('./start.js').then((app) => app.start(renewal));
