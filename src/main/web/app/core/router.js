// Routes live in the hash (#/hop-thu): the part of a URL that never reaches a server or its logs. A screen module
// exports render(view, params, ctx) and may return a cleanup function, called when the screen goes.
const routes = [];
let cleanup = null;
let current = null;

/** pattern like '/con/:student/diem'; load returns the module (a dynamic import keeps first load small). */
export function route(pattern, load, options = {}) {
  const names = [];
  const regex = new RegExp('^' + pattern.replace(/:([a-zA-Z]+)/g, (_, name) => {
    names.push(name);
    return '([^/]+)';
  }) + '$');
  routes.push({pattern, regex, names, load, options});
}

/**
 * Shows the screen of `path`. `replace` rewrites the current history entry instead of adding one; with `quiet` too,
 * only the address changes (a choice made on the screen, kept for a reload or a shared link): nothing re-renders.
 */
export function go(path, {replace = false, quiet = false} = {}) {
  const hash = '#' + path;
  if (replace && quiet) {
    history.replaceState(null, '', hash);
    if (current) current = {...current, path};
    return;
  }
  if (replace) history.replaceState(null, '', hash);
  else if (location.hash !== hash) {
    location.hash = hash;
    return;
  }
  dispatch();
}

export function path() {
  return location.hash.replace(/^#/, '') || '/';
}

export function currentRoute() {
  return current;
}

let renderer = null;
/** renderer(match) is given {route, params, module} and puts the screen up. */
export function start(render) {
  renderer = render;
  window.addEventListener('hashchange', dispatch);
  dispatch();
}

export async function dispatch() {
  const p = path();
  for (const r of routes) {
    const m = r.regex.exec(p);
    if (!m) continue;
    const params = {};
    r.names.forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1]);
    });
    if (cleanup) {
      try {
        cleanup();
      } catch (e) { /* a screen's cleanup never stops the next one */ }
      cleanup = null;
    }
    current = {route: r, params, path: p};
    const module = await r.load();
    if (current.path !== p) return; // navigated again meanwhile
    const result = await renderer({route: r, params, module});
    if (typeof result === 'function') cleanup = result;
    return;
  }
  go('/', {replace: true});
}
