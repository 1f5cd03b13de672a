// Building the page without innerHTML: every text goes in as a text node, so nothing a person typed can run.

/**
 * h('button', {class: 'primary', onclick: fn, 'aria-label': 'Gửi'}, 'Gửi') → an element.
 * Attributes starting with "on" become listeners; false/null/undefined attributes and children are skipped;
 * arrays of children are flattened.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === false || value === null || value === undefined) continue;
      if (name.startsWith('on') && typeof value === 'function') {
        el.addEventListener(name.slice(2), value);
      } else if (name === 'dataset') {
        Object.assign(el.dataset, value);
      } else if (value === true) {
        el.setAttribute(name, '');
      } else {
        el.setAttribute(name, String(value));
      }
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Loads a feature's stylesheet once (the CSP allows only our own files, no inline styles). */
const loaded = new Set();
export function useCss(href) {
  if (loaded.has(href)) return;
  loaded.add(href);
  if (document.querySelector(`link[rel="stylesheet"][href="${href}"]`)) return; // index.html has it already
  document.head.append(h('link', {rel: 'stylesheet', href}));
}

/** Loads a stylesheet and waits for it (loaded or failed), so that a screen never shows unstyled. */
export function styled(href) {
  useCss(href);
  const link = document.querySelector(`link[href="${href}"]`);
  if (!link || link.sheet) return Promise.resolve();
  return new Promise((resolve) => {
    link.addEventListener('load', resolve, {once: true});
    link.addEventListener('error', resolve, {once: true});
  });
}

/** A screen's error line, hidden until {@link showError} fills it; read out when it appears. */
export function errorLine() {
  return h('p', {class: 'error', role: 'alert', hidden: true});
}

/** Shows a problem in an error line: its fields' messages (the server's words), else its message. */
export function showError(line, e) {
  const words = ((e && e.errors) || []).map((f) => f && f.message).filter(Boolean);
  line.textContent = words.length ? words.join(' ') : (e && e.message) || '';
  line.hidden = false;
}

/** A short message at the bottom of the screen, read out by screen readers. */
export function toast(text, kind = 'info') {
  let box = document.getElementById('toasts');
  if (!box) {
    box = h('div', {id: 'toasts', role: 'status', 'aria-live': 'polite'});
    document.body.append(box);
  }
  const item = h('div', {class: `toast toast-${kind}`}, text);
  box.append(item);
  setTimeout(() => item.remove(), 4000);
}

/** Takes the toasts away at once (a screen the person moves to on purpose, where they would hide what matters). */
export function clearToasts() {
  const box = document.getElementById('toasts');
  if (box) box.replaceChildren();
}
