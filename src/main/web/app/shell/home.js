// '/' sends a family to the inbox and staff to their classes.
import * as profile from '../core/profile.js';
import {go} from '../core/router.js';

export function render() {
  go(target(), {replace: true});
}

/**
 * Where '/' leads this person (start.js also uses it, so that a returning person skips this screen): office staff
 * (no school, no classes) to the console.
 */
export function target() {
  if (profile.isGuardian() || !profile.isStaff()) return '/hop-thu';
  if (profile.staff().every((s) => !s.schoolCode)) return '/quan-tri/dieu-hanh';
  // A principal who teaches no class starts in the console.
  return profile.isSchoolLeader() && profile.classes().length === 0 ? '/quan-tri' : '/lop';
}
