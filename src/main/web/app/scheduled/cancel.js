// "Hủy gửi", then "Xác nhận hủy gửi" / "Không hủy" in its place: one more deliberate tap, no browser dialog.
// A send that went meanwhile answers 409: "Đã gửi rồi, không thể hủy", and the list is asked for again.
import {h, fill} from '../core/dom.js';
import {S} from './texts.js';

/** The cancel control of one row; `done(outcome)` runs after the server answered ('cancelled' or 'gone'). */
export function cancelControl(ctx, row, done) {
  const box = h('div', {class: 'actions sched-actions'});
  const ask = () => {
    const cancel = h('button', {type: 'button', class: 'danger', 'aria-label': S.cancelLabel(row.title)}, S.cancel);
    cancel.addEventListener('click', confirm);
    fill(box, cancel);
  };
  const confirm = () => {
    const yes = h('button', {type: 'button', class: 'danger'}, S.confirm);
    const no = h('button', {type: 'button'}, S.keep);
    yes.addEventListener('click', async () => {
      yes.disabled = true;
      no.disabled = true;
      try {
        await ctx.api.del(row.path);
        ctx.toast(S.cancelled);
        done('cancelled');
      } catch (e) {
        if (e.status === 409 || e.status === 404) {
          ctx.toast(S.alreadySent, 'error');
          done('gone');
          return;
        }
        ctx.toast(e.message, 'error');
        ask();
      }
    });
    no.addEventListener('click', ask);
    fill(box, yes, no);
    yes.focus();
  };
  ask();
  return box;
}
