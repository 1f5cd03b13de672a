// "Hủy gửi", then "Xác nhận hủy gửi" / "Không hủy" in its place: one more deliberate tap, no browser dialog.
// A send that went meanwhile answers 409: "Đã gửi rồi, không thể hủy", and the list is asked for again.
import {twoTap} from '../core/two-tap.js';
import {S} from './texts.js';

/** The cancel control of one row; `done(outcome)` runs after the server answered ('cancelled' or 'gone'). */
export function cancelControl(ctx, row, done) {
  return twoTap({
    className: 'actions sched-actions',
    label: S.cancel,
    ariaLabel: S.cancelLabel(row.title),
    confirm: S.confirm,
    keep: S.keep,
    act: async () => {
      await ctx.api.del(row.path);
      ctx.toast(S.cancelled);
      done('cancelled');
    },
    failed: (e) => {
      if (e.status === 409 || e.status === 404) {
        ctx.toast(S.alreadySent, 'error');
        done('gone');
        return;
      }
      ctx.toast(e.message, 'error');
    },
  });
}
