// Web Push on this device (docs/notifications.md, "Web Push"; docs/web.md): subscribing asks the browser's
// permission, so it is only ever started from the person's own click in Settings, never on load. The subscription
// (its endpoint and keys) is registered as the person's push endpoint; signing out deletes it and unsubscribes, so the
// next person on this device gets nothing of the last one's.
import {api} from './api.js';
import * as store from './store.js';

const KEY = '/api/v1/notifications/web-push/key';
const ENDPOINTS = '/api/v1/notifications/endpoints';
const SAVED = 'push-endpoint'; // {id, address}: the endpoint registered from this device (cleared on sign-out)

export function supported() {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

async function registration() {
  if (!supported()) return null;
  return (await navigator.serviceWorker.getRegistration('/')) || null;
}

async function subscription() {
  const reg = await registration();
  return reg ? reg.pushManager.getSubscription() : null;
}

/** 'unsupported' (no Web Push here), 'denied' (blocked in the browser's settings), 'on' or 'off'. */
export async function state() {
  if (!supported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  const sub = await subscription().catch(() => null);
  return sub && Notification.permission === 'granted' && (await store.get(SAVED)) ? 'on' : 'off';
}

/** Whether the server sends Web Push at all (it has VAPID keys); true when that cannot be known now (offline). */
export function available() {
  return api.get(KEY).then(() => true, (e) => e.status !== 404);
}

function base64urlToBytes(text) {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

async function register(sub) {
  const json = sub.toJSON();
  const endpoint = await api.post(ENDPOINTS,
    {channel: 'WEB_PUSH', address: json.endpoint, keys: {p256dh: json.keys.p256dh, auth: json.keys.auth}});
  await store.set(SAVED, {id: endpoint.id, address: json.endpoint});
}

/**
 * Turns notifications on for this device: asks the browser's permission (call from a click), subscribes with the
 * server's VAPID key, registers the subscription. Resolves to the new state() ('unavailable' when the server has no
 * Web Push); rejects with the server's or the browser's error.
 */
export async function enable() {
  if (!supported()) return 'unsupported';
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return permission === 'denied' ? 'denied' : 'off';
  let publicKey;
  try {
    ({publicKey} = await api.get(KEY));
  } catch (e) {
    if (e.status === 404) return 'unavailable'; // the server has no VAPID keys: Web Push is off there
    throw e;
  }
  const reg = await navigator.serviceWorker.register('/sw.js', {scope: '/'}).then(() => navigator.serviceWorker.ready);
  let sub = await reg.pushManager.getSubscription();
  if (sub && !sameKey(sub, publicKey)) {
    await sub.unsubscribe(); // made for another server key (the server's keys changed): start over
    sub = null;
  }
  if (!sub) {
    sub = await reg.pushManager.subscribe({userVisibleOnly: true, applicationServerKey: base64urlToBytes(publicKey)});
  }
  await register(sub);
  return 'on';
}

function sameKey(sub, publicKey) {
  const key = sub.options && sub.options.applicationServerKey;
  if (!key) return true;
  const bytes = new Uint8Array(key);
  const wanted = base64urlToBytes(publicKey);
  return bytes.length === wanted.length && bytes.every((b, i) => b === wanted[i]);
}

/** Turns them off: the server forgets the endpoint, the browser the subscription. */
export async function disable() {
  const saved = await store.get(SAVED);
  if (saved) {
    await api.del(`${ENDPOINTS}/${encodeURIComponent(saved.id)}`).catch((e) => {
      if (e.status !== 404) throw e;
    });
    await store.remove(SAVED);
  }
  const sub = await subscription().catch(() => null);
  if (sub) await sub.unsubscribe();
  return 'off';
}

/**
 * Signing out: the endpoint is deleted while the session still stands (withServer), then the subscription is dropped.
 * Never fails: offline, the push service's 410 for the dropped subscription removes the endpoint later.
 */
export async function forget({withServer = true} = {}) {
  try {
    if (withServer) await disable();
  } catch (e) {
    // offline or the session already ended: unsubscribing below is enough
  }
  const sub = await subscription().catch(() => null);
  if (sub) await sub.unsubscribe().catch(() => undefined);
}

/**
 * On each start of a signed-in app: a subscription the browser renewed by itself (its endpoint changed) is registered
 * again. Does nothing unless notifications were turned on here.
 */
export async function refresh() {
  const saved = await store.get(SAVED);
  if (!saved || !supported() || Notification.permission !== 'granted') return;
  const sub = await subscription();
  if (sub && sub.endpoint !== saved.address) await register(sub);
}
