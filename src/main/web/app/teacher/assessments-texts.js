// The words of the homeroom teacher's assessment screen (Vietnamese, NFC). docs/notices.md#assessments.
import {T as IT} from '../inbox/texts.js';

export const T = {
  open: 'Đánh giá',
  title: (name) => `Đánh giá lớp ${name}`,
  onlyHomeroom: 'Chỉ giáo viên chủ nhiệm của lớp nhập đánh giá.',
  unknownLevel: 'Chưa biết cấp học của trường; hãy thử lại khi có mạng.',
  schoolYear: 'Năm học',
  term: 'Học kỳ',
  kind: 'Thời điểm',
  topic: 'Chủ đề',
  topicHint: 'Tối đa 200 ký tự, ví dụ “Gia đình bé”.',
  month: 'Tháng',
  comment: 'Nhận xét (không bắt buộc)',
  commentOf: (name) => `Nhận xét cho ${name}`,
  terms: {HK1: 'Học kỳ I', HK2: 'Học kỳ II', CA_NAM: 'Cả năm'},
  kinds: {GIUA_KY: 'Giữa kỳ', CUOI_KY: 'Cuối kỳ'},
  hint: {
    THCS: 'Kết quả rèn luyện và học tập (Thông tư 22/2021). Chọn mức cho từng học sinh, rồi bấm “Gửi” một lần cho cả lớp. Gửi lại là đính chính.',
    TIEU_HOC: 'Phẩm chất và năng lực (Thông tư 27/2020). Chọn mức cho các mục cần đánh giá, rồi bấm “Gửi” một lần cho cả lớp. Gửi lại là đính chính.',
    MAM_NON: 'Đánh giá theo chủ đề: nhập chủ đề và tháng, chọn Đạt/Chưa đạt cho từng lĩnh vực, rồi bấm “Gửi”.',
  },
  // The regulations' labels, the same words the family reads (inbox/texts.js).
  tt22: IT.tt22,
  level: IT.level,
  notAssessed: '—',
  tt27Group: IT.tt27Group,
  tt27Item: IT.tt27Item,
  domain: IT.domain,
  fieldOf: (field, name) => `${field} – ${name}`,
  topicFirst: 'Hãy nhập chủ đề trước khi gửi.',
  send: 'Gửi',
  sending: 'Đang gửi…',
  nothing: 'Chưa chọn mức nào để gửi.',
  sent: 'Đã gửi đánh giá cho phụ huynh.',
};
