// Every word of the leave request screens (đơn xin nghỉ học), in one place.
export const T = {
  parentTitle: 'Xin nghỉ học',
  parentHeading: (name) => `Xin nghỉ học – ${name}`,
  teacherTitle: 'Đơn xin nghỉ học',
  back: 'Về hộp thư',
  backToClasses: 'Về lớp của tôi',
  from: 'Từ ngày',
  to: 'Đến ngày',
  session: 'Buổi nghỉ',
  sessions: {CA_NGAY: 'Cả ngày', SANG: 'Buổi sáng', CHIEU: 'Buổi chiều'},
  reason: 'Lý do',
  reasonHint: 'Ví dụ: Con bị sốt, gia đình xin cho con nghỉ để đi khám.',
  send: 'Gửi đơn',
  sending: 'Đang gửi…',
  sent: 'Đã gửi đơn xin nghỉ cho giáo viên chủ nhiệm.',
  mine: 'Đơn đã gửi',
  none: 'Chưa có đơn xin nghỉ nào.',
  noPending: 'Không có đơn xin nghỉ nào đang chờ duyệt.',
  loading: 'Đang tải…',
  status: {PENDING: 'Chờ duyệt', APPROVED: 'Đã duyệt – nghỉ có phép', DECLINED: 'Không được duyệt',
    CANCELLED: 'Đã hủy'},
  cancel: 'Hủy đơn',
  cancelled: 'Đã hủy đơn xin nghỉ.',
  /** 'Nhận xét của cô Phạm Thị Hoa: …'; requests decided before the decider was recorded: 'của giáo viên'. */
  teacherComment: (c, who) => `Nhận xét của ${who || 'giáo viên'}: ${c}`,
  decidedBy: (who) => `Người duyệt đơn: ${who}`,
  reasonLine: (r) => `Lý do: ${r}`,
  comment: 'Nhận xét (không bắt buộc)',
  approve: 'Duyệt',
  decline: 'Không duyệt',
  approved: 'Đã duyệt đơn; chuyên cần ghi nghỉ có phép.',
  declined: 'Đã trả lời: không duyệt đơn.',
  child: (name, cls) => (cls ? `${name} (lớp ${cls})` : name),
  // The server's words: 'Cả ngày 08/12/2026', 'Buổi sáng ngày 08/12/2026', 'Từ ngày 08/12/2026 đến ngày 10/12/2026'.
  period: (session, from, to) => {
    if (session === 'CA_NGAY') return from === to ? `Cả ngày ${from}` : `Từ ngày ${from} đến ngày ${to}`;
    const s = {SANG: 'Buổi sáng', CHIEU: 'Buổi chiều'}[session] || session;
    return from === to ? `${s} ngày ${from}` : `${s} từ ngày ${from} đến ngày ${to}`;
  },
  photo: 'Ảnh giấy khám của bác sĩ (không bắt buộc)',
  pickPhoto: 'Chọn ảnh…',
  noPhoto: 'Chưa chọn ảnh',
  hasPhoto: 'Có ảnh giấy khám',
  showPhoto: 'Xem ảnh giấy khám',
  photoAlt: (name) => `Ảnh giấy khám của ${name}`,
  openLeave: 'Đơn xin nghỉ',
  shortcut: 'Xin nghỉ',
};
