// What the family's screens share: the child of the URL (only one's own), loading with the device's copy as the
// fallback, protected photos (thumbnails in lists, the original in an accessible lightbox), and small pieces of text.
import {h, fill, useCss} from '../core/dom.js';
import * as format from '../core/format.js';
import {T} from './texts.js';

export function css() {
  useCss('/app/inbox/inbox.css');
}

/**
 * The child named in the URL when it is one of the person's own children; otherwise a "not found" message is put
 * up and null returned (nothing is asked of the server: another family's code never leaves this device). Staff
 * may open a student they see: the server decides, and answers 404 for a student they do not see.
 * Keeps the header's switcher on that child, and follows the switcher to the same screen of another child.
 */
export function childOf(view, params, ctx, screen, bag) {
  const child = ctx.profile.children().find((c) => c.studentCode === params.student) || null;
  bag.push(ctx.profile.onChildChange((next) => {
    if (next && next.studentCode !== params.student) ctx.go(`/con/${encodeURIComponent(next.studentCode)}/${screen}`);
  }));
  if (!child && ctx.profile.isStaff()) {
    // Staff who see the student (docs/access.md) read the same book; the server answers 404 for anyone else.
    return {studentCode: params.student, fullName: params.student};
  }
  if (!child) {
    notFound(view, ctx);
    return null;
  }
  if (!ctx.profile.child() || ctx.profile.child().studentCode !== child.studentCode) {
    ctx.profile.selectChild(child.studentCode);
    const select = document.getElementById('child-switcher');
    if (select) select.value = child.studentCode;
  }
  return child;
}

/** The way back to the inbox, at the top of a contact book screen. */
export function backLink() {
  return h('p', {class: 'back'}, h('a', {href: '#/hop-thu'}, `‹ ${T.backToInbox}`));
}

export function notFound(view, ctx) {
  ctx.setTitle(T.inboxTitle);
  fill(view, h('section', {class: 'card not-found', role: 'alert'},
    h('h2', null, T.studentNotFound),
    h('p', null, h('a', {href: '#/hop-thu'}, T.backToInbox))));
}

/** A 404 from the server for a contact book: the same message as for a code that is not one's child. */
export function isNotFound(error) {
  return error && error.status === 404;
}

/**
 * GET path; the answer is kept on the device under key. When the network is gone, the kept copy comes back with
 * {offline: true, at}; with no copy the OfflineError goes on.
 */
export async function load(ctx, key, path) {
  try {
    const data = await ctx.api.get(path);
    const at = new Date().toISOString();
    ctx.store.set(key, {at, data});
    return {data, offline: false, at};
  } catch (e) {
    if (!e.offline) throw e;
    const kept = await ctx.store.get(key);
    if (!kept) throw e;
    return {data: kept.data, offline: true, at: kept.at};
  }
}

/** The line under a screen shown from the device's copy. */
export function offlineNote(result) {
  if (!result || !result.offline) return null;
  return h('p', {class: 'offline-note', role: 'status'},
    `${T.savedAt(`${format.time(result.at)} ${format.date(result.at)}`)}`);
}

export function errorLine(error) {
  return h('p', {class: 'error', role: 'alert'}, error.offline ? T.noSaved : error.message);
}

/** Label of a code, or the code itself when unknown. */
export function label(map, code) {
  return (map && map[code]) || code || '';
}

/** A number as written in Vietnamese: '8.5' → '8,5'. */
export function num(value) {
  return format.decimal(value);
}

/** 'yyyy-MM-dd' → 'Thứ Hai, 15/09/2025'. */
export function longDate(isoDate) {
  return isoDate ? `${format.weekday(isoDate)}, ${format.date(isoDate)}` : '';
}

const photoPath = (id, thumb) => `/api/v1/notices/photos/${encodeURIComponent(id)}${thumb ? '?size=thumb' : ''}`;

/**
 * Thumbnails of an activity's photos, each a button that opens the lightbox. Object URLs go into urls, revoked
 * by the screen's cleanup.
 */
export function photoStrip(ctx, photos, title, urls) {
  if (!photos || photos.length === 0) return null;
  const list = h('ul', {class: 'photos', 'aria-label': T.photos(photos.length)});
  photos.forEach((photo, i) => {
    const img = h('img', {alt: T.photo(i + 1, photos.length), loading: 'lazy', width: 120, height: 90});
    const button = h('button', {type: 'button', class: 'photo',
      'aria-label': T.openPhoto(i + 1, photos.length, title),
      onclick: () => lightbox(ctx, photos, i, title)}, img);
    list.append(h('li', null, button));
    ctx.api.objectUrl(photoPath(photo.id, true)).then((url) => {
      urls.push(url);
      img.src = url;
    }, () => {
      img.alt = T.photoUnavailable;
      button.classList.add('broken');
    });
  });
  return list;
}

/** The photo at full size in a modal dialog: Escape or the close button shuts it, arrows go to the others. */
export function lightbox(ctx, photos, start, title) {
  let index = start;
  let url = null;
  const img = h('img', {class: 'lightbox-img', alt: ''});
  const caption = h('p', {class: 'lightbox-caption', id: 'lightbox-caption'});
  const prev = h('button', {type: 'button', 'aria-label': T.prevPhoto, onclick: () => show(index - 1)}, '‹');
  const next = h('button', {type: 'button', 'aria-label': T.nextPhoto, onclick: () => show(index + 1)}, '›');
  const close = h('button', {type: 'button', class: 'lightbox-close', onclick: () => dialog.close()}, T.closePhoto);
  const dialog = h('dialog', {class: 'lightbox', 'aria-label': T.lightbox, 'aria-describedby': 'lightbox-caption'},
    h('div', {class: 'lightbox-bar'}, close),
    h('div', {class: 'lightbox-body'}, img),
    h('div', {class: 'lightbox-nav'}, photos.length > 1 ? prev : null, caption, photos.length > 1 ? next : null));
  function release() {
    if (url) URL.revokeObjectURL(url);
    url = null;
  }
  async function show(i) {
    index = (i + photos.length) % photos.length;
    caption.textContent = `${T.photo(index + 1, photos.length)} – ${title}`;
    img.alt = `${T.photo(index + 1, photos.length)}: ${title}`;
    release();
    img.removeAttribute('src');
    const wanted = index;
    try {
      const fresh = await ctx.api.objectUrl(photoPath(photos[index].id, false));
      if (wanted !== index || !dialog.open) {
        URL.revokeObjectURL(fresh);
        return;
      }
      url = fresh;
      img.src = url;
    } catch (e) {
      caption.textContent = T.photoUnavailable;
    }
  }
  dialog.addEventListener('keydown', (e) => {
    if (photos.length > 1 && e.key === 'ArrowLeft') show(index - 1);
    if (photos.length > 1 && e.key === 'ArrowRight') show(index + 1);
  });
  dialog.addEventListener('close', () => {
    release();
    dialog.remove();
  });
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
  show(index);
  return dialog;
}

/** Runs every cleanup of a screen: listeners to drop, object URLs to revoke. */
export function cleaner(bag, urls) {
  return () => {
    for (const off of bag) {
      try {
        off();
      } catch (e) { /* keep going */ }
    }
    for (const url of urls) URL.revokeObjectURL(url);
    document.querySelectorAll('dialog.lightbox').forEach((d) => d.close());
  };
}
