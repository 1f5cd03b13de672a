// The words of urgent and scheduled directives (docs/directives.md, "Scheduled sends"), in one place.
import {date, time} from '../../core/format.js';

export const S = {
  urgentConfirm: 'Gửi văn bản KHẨN? Người nhận sẽ được báo ngay, kể cả ban đêm. Việc đánh dấu khẩn được ghi lại.',
  scheduledOk: (r) => `Đã hẹn giờ gửi lúc ${time(r.sendAt)} ngày ${date(r.sendAt)} tới ${r.recipients} người nhận. `
    + 'Có thể hủy trước giờ gửi.',
};
