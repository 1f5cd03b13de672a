// The words of scheduled sends — "Hẹn giờ gửi" and the "Đã hẹn giờ" list (docs/web-console.md, docs/web-chat.md).
import {date, time, weekday} from '../core/format.js';

/** An ISO instant's day in Vietnam as yyyy-MM-dd. */
const localDay = (iso) => date(iso).split('/').reverse().join('-');
/** 'Thứ Hai' → 'thứ Hai', 'Chủ nhật' → 'chủ nhật' (inside a sentence). */
const lower = (s) => s.charAt(0).toLowerCase() + s.slice(1);

export const S = {
  title: 'Đã hẹn giờ',
  back: '← Lớp của tôi',
  backConsole: '← Văn bản chỉ đạo',
  open: 'Đã hẹn giờ gửi',
  intro: 'Những gì bạn đã hẹn giờ và chưa gửi. Có thể hủy trước giờ gửi.',
  empty: 'Không có văn bản, thông báo hay tin nhắn nào đang chờ gửi.',
  loading: 'Đang tải…',
  partly: 'Chưa tải được một phần danh sách. Vui lòng thử lại.',

  // The picker.
  schedule: 'Hẹn giờ gửi',
  day: 'Ngày gửi',
  at: 'Giờ gửi (giờ Việt Nam)',
  pickBoth: 'Chọn ngày và giờ gửi.',
  notFuture: 'Thời điểm hẹn gửi phải ở sau thời điểm hiện tại.',
  /** 'Sẽ gửi lúc 07:00 thứ Hai 14/12/2026'. */
  willSend: (iso) => `Sẽ gửi lúc ${time(iso)} ${lower(weekday(localDay(iso)))} ${date(iso)}`,

  // Rows.
  kinds: {DIRECTIVE: 'Văn bản', NOTICE: 'Thông báo', POST: 'Bài đăng', MESSAGE: 'Tin nhắn'},
  records: (kind, n) => `${kind}: ${n} bản ghi`,
  recipients: (n) => `${n} người nhận`,
  schools: (n) => `${n} trường`,
  districts: (n) => `${n} phòng GDĐT`,
  people: (n) => `${n} người được chọn`,
  parentsOf: (classes) => `Phụ huynh lớp ${classes.join(', ')}`,
  parentsOfStudents: (n, classes) => `Phụ huynh của ${n} học sinh`
    + (classes.length ? ` (lớp ${classes.join(', ')})` : ''),
  conversation: 'Cuộc trò chuyện',
  to: (whom) => `Tới: ${whom}`,

  cancel: 'Hủy gửi',
  cancelLabel: (what) => `Hủy gửi: ${what}`,
  confirm: 'Xác nhận hủy gửi',
  keep: 'Không hủy',
  cancelled: 'Đã hủy gửi.',
  alreadySent: 'Đã gửi rồi, không thể hủy',
};
