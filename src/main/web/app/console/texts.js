// The console's shared words (Vietnamese, NFC): its title and the parts every console screen uses. Each part of the
// console (school/, adoption/, directives/) keeps its own words in its folder's texts.js.
export const T = {
  consoleTitle: 'Quản trị',
  loading: 'Đang tải…',
  notLeader: 'Bạn không có quyền quản trị trường này.',
  noSchools: 'Mục quản trị dành cho hiệu trưởng và phó hiệu trưởng.',
  backToConsole: '← Quản trị',
  yes: 'Có',
  no: 'Không',
  previous: 'Trang trước',
  next: 'Trang sau',
  page: (n, pages) => `Trang ${n}/${pages}`,
};
