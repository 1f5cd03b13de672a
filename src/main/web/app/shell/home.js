// '/' sends a family to the inbox and staff to their classes.
import * as profile from '../core/profile.js';
import {go} from '../core/router.js';

export function render() {
  go(target(), {replace: true});
}

/** Where '/' leads this person (start.js also uses it, so that a returning person skips this screen). */
export function target() {
  return profile.isGuardian() || !profile.isStaff() ? '/hop-thu' : '/lop';
}
