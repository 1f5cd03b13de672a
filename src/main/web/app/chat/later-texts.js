// The words of "send later", in one place.
export const L = {
  now: 'Gửi ngay',
  hint: 'Không làm phiền phụ huynh ban đêm.',
  scheduled: (hhmm, day) => `Tin nhắn sẽ được gửi lúc ${hhmm} ngày ${day}.`,
  failed: 'Không hẹn giờ gửi được. Vui lòng thử lại.',
};
