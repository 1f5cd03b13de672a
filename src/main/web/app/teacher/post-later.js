// A class post or a comment written after the night's quiet hours began is offered "Gửi lúc 06:30 sáng mai" beside
// "Gửi ngay": the batch goes with that `sendAt` (docs/notices.md, "Scheduled batches"); the offer is chat's
// (GET /api/v1/chat/me/send-later), the same for every composer.
import {h} from '../core/dom.js';
import {date, time} from '../core/format.js';

export const P = {
  now: 'Gửi ngay',
  scheduled: (iso) => `Bài đăng sẽ được gửi lúc ${time(iso)} ngày ${date(iso)}.`,
  outcome: 'Đã hẹn giờ',
};

/**
 * Adds a second submit button (with this id) carrying the offered time (read back with {@link sendAtOf}) when it
 * applies, and renames the first "Gửi ngay"; resolves to whether it did.
 */
export async function offerPostLater(api, submit, id = 'a-later') {
  let offer;
  try {
    offer = await api.get('/api/v1/chat/me/send-later');
  } catch (e) {
    return false;
  }
  if (!offer || !offer.offer) return false;
  submit.textContent = P.now;
  const later = h('button', {type: 'submit', class: 'big later', id}, offer.label);
  later.dataset.sendAt = offer.sendAt;
  submit.after(later);
  return true;
}

/** The `sendAt` of the button that submitted the form, or null for "Gửi ngay". */
export function sendAtOf(event) {
  return (event.submitter && event.submitter.dataset && event.submitter.dataset.sendAt) || null;
}
