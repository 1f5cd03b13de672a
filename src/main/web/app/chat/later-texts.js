// The words of "send later", in one place.
export const L = {
  now: 'Gửi ngay',
  hint: 'Không làm phiền phụ huynh ban đêm.',
  scheduled: (hhmm, day) => `Tin nhắn sẽ được gửi lúc ${hhmm} ngày ${day}.`,
  pending: 'Tin nhắn đã hẹn giờ gửi',
  failed: 'Không hẹn giờ gửi được. Vui lòng thử lại.',
};
