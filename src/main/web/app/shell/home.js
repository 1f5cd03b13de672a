// '/' sends a family to the inbox and staff to their classes.
import * as profile from '../core/profile.js';
import {go} from '../core/router.js';

export function render() {
  go(profile.isGuardian() || !profile.isStaff() ? '/hop-thu' : '/lop', {replace: true});
}
