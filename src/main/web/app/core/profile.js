// Who is signed in and what they reach (GET /api/v1/directory/me): their children (a guardian), their positions,
// schools and classes (staff). Kept on the device for offline starts; the selected child is remembered too.
import {api, FIRST_SCREEN} from './api.js';
import * as store from './store.js';

let profile = null;
let childCode = null;
const listeners = new Set();

export async function load() {
  try {
    profile = await api.get(FIRST_SCREEN.profile);
    await store.set('profile', profile);
  } catch (e) {
    if (!e.offline) throw e;
    profile = await store.get('profile');
    if (!profile) throw e;
  }
  const remembered = await store.get('child');
  const codes = children().map((c) => c.studentCode);
  childCode = codes.includes(remembered) ? remembered : codes[0] || null;
  return profile;
}

/** The profile kept on the device, without asking the server (offline start). */
export async function cached() {
  if (profile) return profile; // read once per page: every screen asks while the session is being renewed
  profile = await store.get('profile');
  if (profile) {
    const codes = children().map((c) => c.studentCode);
    const remembered = await store.get('child');
    childCode = codes.includes(remembered) ? remembered : codes[0] || null;
  }
  return profile;
}

export function get() {
  return profile;
}

export function children() {
  return (profile && profile.children) || [];
}

export function staff() {
  return (profile && profile.staff) || [];
}

export function isGuardian() {
  return children().length > 0;
}

export function isStaff() {
  return staff().length > 0;
}

/** Whether the person is a principal or vice principal of a school (the console's school part is theirs). */
export function isSchoolLeader() {
  return staff().some((s) => s.position === 'PRINCIPAL' || s.position === 'VICE_PRINCIPAL');
}

/** Every class the person teaches or is homeroom teacher of, with its school: [{classId, name, homeroom, subjects, schoolCode, schoolName}]. */
export function classes() {
  return staff().flatMap((s) => (s.classes || []).map((c) => ({...c, schoolCode: s.schoolCode, schoolName: s.schoolName,
    participant: s.participant})));
}

export function child() {
  return children().find((c) => c.studentCode === childCode) || null;
}

export function selectChild(code) {
  if (code === childCode) return;
  childCode = code;
  store.set('child', code);
  for (const listener of listeners) listener(child());
}

export function onChildChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function forget() {
  profile = null;
  childCode = null;
}
