// The app proper, started by main.js with the session's renewal already under way: the session from the refresh
// cookie (or the device's copy when offline), the screens, then the service worker.
import * as auth from './core/auth.js';
import * as profile from './core/profile.js';
import * as store from './core/store.js';
import * as router from './core/router.js';
import {api} from './core/api.js';
import {h, fill, toast} from './core/dom.js';
import {T} from './core/texts.js';
import * as shell from './shell/shell.js';
import {registerRoutes} from './routes.js';
import * as home from './shell/home.js';

const root = document.getElementById('app');
let chat = null;
/** Whether the chat client is to start once the first screen is up (not before: it would compete with it). */
let chatAfterFirstScreen = false;

/** The chat client (app/chat/client.js), started once per session; screens and the inbox share it. */
function chatClient() {
  if (!chat) {
    chat = import('./chat/client.js').then((client) => {
      client.start();
      return client;
    });
  }
  return chat;
}

/** What every screen gets besides its element and parameters. */
const ctx = {
  api,
  profile,
  store,
  go: router.go,
  setTitle: shell.setTitle,
  chat: chatClient,
  toast,
};

/**
 * The service worker is registered once the first screen is up: its install downloads every file of the app, which
 * on a slow line would otherwise compete with the first screen's own requests.
 */
let workerRegistered = false;
function registerWorkerSoon() {
  if (workerRegistered || !('serviceWorker' in navigator)) return;
  workerRegistered = true;
  const register = () => navigator.serviceWorker.register('/sw.js', {scope: '/'})
    // Notifications turned on here earlier: a subscription the browser renewed is registered again.
    .then(() => auth.hasToken() && import('./core/push.js').then((push) => push.refresh()))
    .catch(() => { /* works without */ });
  if (document.readyState === 'complete') setTimeout(register, 1000);
  else window.addEventListener('load', () => setTimeout(register, 1000), {once: true});
}

async function renderScreen({route, params, module}) {
  registerWorkerSoon();
  if (!route.options.public && !auth.hasToken() && !(await profile.cached())) {
    router.go('/dang-nhap', {replace: true});
    return undefined;
  }
  if (route.options.public) {
    shell.unmount();
    root.replaceChildren();
    return module.render(root, params, ctx);
  }
  performance.mark('render');
  const view = shell.mount(root, {nav: route.options.nav, childSwitcher: route.options.nav === 'inbox'});
  try {
    return await module.render(view, params, ctx);
  } catch (e) {
    fill(view, h('p', {class: 'error', role: 'alert'}, e.message || T.serverError));
    return undefined;
  } finally {
    if (chatAfterFirstScreen) {
      chatAfterFirstScreen = false;
      setTimeout(chatClient, 0);
    }
  }
}

/** Sign-out (here, everywhere, or a session ended elsewhere): nothing of the person stays on the device. */
async function forgetEverything(reason) {
  if (chat) {
    const running = chat;
    chat = null;
    // A client that never loaded (no network, or not there) has nothing to stop; sign-out goes on regardless.
    await running.then((client) => client.stop(), () => undefined);
  }
  profile.forget();
  // This device's push subscription goes too (its endpoint was deleted before the session ended, where it could be).
  await import('./core/push.js').then((push) => push.forget({withServer: false}), () => undefined);
  await store.clear();
  if (navigator.serviceWorker && navigator.serviceWorker.controller) {
    navigator.serviceWorker.controller.postMessage({type: 'sign-out'});
  }
  if (reason === 'ended') toast(T.sessionEnded, 'error');
  router.go('/dang-nhap', {replace: true});
}

/** renewal: the promise of auth.refresh() that main.js started (true: signed in; false: no session). */
export async function start(renewal) {
  performance.mark('start');
  registerRoutes();
  auth.beforeSignOut(() => import('./core/push.js').then((push) => push.forget()));
  auth.onChange((on, reason) => {
    if (on) {
      profile.load().then(() => {
        chatClient();
        router.go('/', {replace: true});
      }, (e) => toast(e.message, 'error'));
    } else {
      forgetEverything(reason);
    }
  });
  if (await profile.cached()) {
    performance.mark('cached');
    // A returning person: their screens come up at once from the device's copy (a slow network costs nothing to
    // look at), while the session is renewed from the cookie; the screens' own calls wait for that renewal.
    renewal.then((ok) => (ok ? profile.load() : forgetEverything('ended')), () => { /* offline: stay */ });
    chatAfterFirstScreen = true;
    if (router.path().startsWith('/dang-nhap') || router.path() === '/') {
      history.replaceState(null, '', '#' + home.target());
    }
    router.start(renderScreen);
    return;
  }
  let signedIn = false;
  try {
    signedIn = await renewal;
    if (signedIn) {
      await profile.load(); // asked for by main.js as soon as the renewal answered
    }
  } catch (e) {
    signedIn = false; // offline with nothing on the device: the sign-in page says so when used
  }
  if (signedIn) {
    chatAfterFirstScreen = true;
    if (router.path().startsWith('/dang-nhap')) history.replaceState(null, '', '#/');
  } else {
    await store.clear();
    // An invitation's link (#/dang-nhap/moi/<code>) keeps its code for the sign-in screen.
    if (!router.path().startsWith('/dang-nhap/moi/')) history.replaceState(null, '', '#/dang-nhap');
  }
  router.start(renderScreen);
}

