// The device's copy of the signed-in person's own data (IndexedDB): the last inbox, conversations and their
// events, the profile, and sends waiting for the network. Nothing of it is a token. Cleared on sign-out.
const DB = 'lienlac';
const KV = 'kv';
let opening = null;

function open() {
  if (!opening) {
    opening = new Promise((resolve, reject) => {
      const request = indexedDB.open(DB, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(KV);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  return opening;
}

async function run(mode, action) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(KV, mode);
    const request = action(tx.objectStore(KV));
    tx.oncomplete = () => resolve(request ? request.result : undefined);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** Reads asked for ahead of the screens that use them (store.preload): each is used once, by the first get(). */
const early = new Map();

/** The value stored under key, or undefined. */
export function get(key) {
  const ahead = early.get(key);
  early.delete(key);
  // Only fresh: another tab may have written the key since (the first screen asks within seconds).
  if (ahead && Date.now() - ahead.at < 10_000) return ahead.promise;
  return run('readonly', (store) => store.get(key)).catch(() => undefined);
}

/**
 * Starts reading these keys now (main.js, while the app loads): on a slow phone opening the database and reading
 * the first screen's copy takes hundreds of milliseconds, better spent while the modules still arrive.
 */
export function preload(...keys) {
  for (const key of keys) {
    early.set(key, {promise: run('readonly', (store) => store.get(key)).catch(() => undefined), at: Date.now()});
  }
}

/** Stores a structured-cloneable value under key. */
export function set(key, value) {
  early.delete(key);
  return run('readwrite', (store) => store.put(value, key)).catch(() => undefined);
}

export function remove(key) {
  early.delete(key);
  return run('readwrite', (store) => store.delete(key)).catch(() => undefined);
}

/** Every key starting with prefix, with its value. */
export async function entries(prefix) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const out = [];
    const range = IDBKeyRange.bound(prefix, prefix + '\uffff');
    const request = db.transaction(KV).objectStore(KV).openCursor(range);
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor) {
        out.push([cursor.key, cursor.value]);
        cursor.continue();
      } else {
        resolve(out);
      }
    };
    request.onerror = () => reject(request.error);
  });
}

/** Forgets everything (sign-out). */
export function clear() {
  early.clear();
  return run('readwrite', (store) => store.clear()).catch(() => undefined);
}
