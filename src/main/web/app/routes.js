// Every screen of the app, by feature. Modules load when first shown, so the first screen carries only itself.
import {route} from './core/router.js';

export function registerRoutes() {
  route('/dang-nhap', () => import('./signin/signin.js'), {public: true});
  route('/dang-nhap/moi/:code', () => import('./signin/signin.js'), {public: true}); // an invitation's short link
  route('/', () => import('./shell/home.js'));
  // A family's contact book (one child at a time: the switcher in the header).
  route('/hop-thu', () => import('./inbox/inbox.js'), {nav: 'inbox'});
  route('/hop-thu/:conversation/:seq', () => import('./inbox/item.js'), {nav: 'inbox'});
  route('/con/:student/diem', () => import('./inbox/grades.js'), {nav: 'inbox'});
  route('/con/:student/chuyen-can', () => import('./inbox/attendance.js'), {nav: 'inbox'});
  route('/con/:student/suc-khoe', () => import('./inbox/health.js'), {nav: 'inbox'});
  route('/con/:student/hoat-dong', () => import('./inbox/activities.js'), {nav: 'inbox'});
  // Chat, for everyone.
  route('/tro-chuyen', () => import('./chat/list.js'), {nav: 'chat'});
  route('/tro-chuyen/moi', () => import('./chat/contacts.js'), {nav: 'chat'});
  route('/tro-chuyen/:conversation', () => import('./chat/conversation.js'), {nav: 'chat'});
  // A teacher's classes.
  route('/lop', () => import('./teacher/classes.js'), {nav: 'classes'});
  route('/lop/:classId', () => import('./teacher/roster.js'), {nav: 'classes'});
  route('/lop/:classId/diem-danh', () => import('./teacher/attendance.js'), {nav: 'classes'});
  route('/lop/:classId/nhap-diem', () => import('./teacher/grades.js'), {nav: 'classes'});
  route('/lop/:classId/hoat-dong', () => import('./teacher/activity.js'), {nav: 'classes'});
  route('/gio-lam-viec', () => import('./teacher/office-hours.js'), {nav: 'classes'});
  // Settings, for everyone.
  route('/cai-dat', () => import('./settings/settings.js'), {nav: 'settings'});
  // console: school — a principal's or vice principal's console (docs/web-console.md#school).
  route('/quan-tri', () => import('./console/school/home.js'), {nav: 'console'});
  route('/quan-tri/truong/:school', () => import('./console/school/school.js'), {nav: 'console'});
  route('/quan-tri/truong/:school/nhap-du-lieu', () => import('./console/school/import.js'), {nav: 'console'});
  route('/quan-tri/truong/:school/nhat-ky-nhap', () => import('./console/school/import-log.js'), {nav: 'console'});
  route('/quan-tri/truong/:school/can-bo', () => import('./console/school/staff.js'), {nav: 'console'});
  route('/quan-tri/truong/:school/lop', () => import('./console/school/classes.js'), {nav: 'console'});
  route('/quan-tri/truong/:school/khoa-api', () => import('./console/school/api-keys.js'), {nav: 'console'});
  route('/quan-tri/truong/:school/tro-chuyen', () => import('./console/school/chat.js'), {nav: 'console'});
  route('/quan-tri/truong/:school/thoi-khoa-bieu', () => import('./console/school/timetable.js'), {nav: 'console'});
  route('/quan-tri/truong/:school/thoi-khoa-bieu/sua', () => import('./console/school/timetable-edit.js'),
    {nav: 'console'});
  route('/quan-tri/truong/:school/thoi-khoa-bieu/sua/:cls', () => import('./console/school/timetable-edit.js'),
    {nav: 'console'});
  // end console: school
  // console: adoption & directives
  route('/quan-tri/dieu-hanh', () => import('./console/adoption/home.js'), {nav: 'console-ops'});
  route('/quan-tri/tien-do/truong/:code', () => import('./console/adoption/school.js'), {nav: 'console-ops'});
  route('/quan-tri/tien-do/phong/:code', () => import('./console/adoption/district.js'), {nav: 'console-ops'});
  route('/quan-tri/tien-do/so/:code', () => import('./console/adoption/department.js'), {nav: 'console-ops'});
  route('/quan-tri/van-ban', () => import('./console/directives/inbox.js'), {nav: 'console-ops'});
  route('/quan-tri/van-ban/da-gui', () => import('./console/directives/inbox.js'), {nav: 'console-ops'});
  route('/quan-tri/van-ban/moi', () => import('./console/directives/compose.js'), {nav: 'console-ops'});
  route('/quan-tri/van-ban/:id', () => import('./console/directives/detail.js'), {nav: 'console-ops'});
  route('/quan-tri/van-ban/:id/chuyen-tiep', () => import('./console/directives/forward.js'), {nav: 'console-ops'});
  route('/quan-tri/van-ban/:id/theo-doi', () => import('./console/directives/tracking.js'), {nav: 'console-ops'});
  route('/quan-tri/van-ban/:id/bao-cao', () => import('./console/directives/reports.js'), {nav: 'console-ops'});
  // leave requests (docs/leave-requests.md): a parent's form and list, a homeroom teacher's pending requests.
  route('/con/:student/xin-nghi', () => import('./leave/parent.js'), {nav: 'inbox'});
  route('/don-xin-nghi', () => import('./leave/teacher.js'), {nav: 'classes'});
  // assessments (docs/notices.md#assessments): the child's conduct and learning results, qualities and competences.
  route('/con/:student/danh-gia', () => import('./inbox/assessments.js'), {nav: 'inbox'});
  // teacher comments (docs/notices.md#comments): the teacher writes, corrects, withdraws; the family reads.
  route('/lop/:classId/nhan-xet', () => import('./teacher/comments.js'), {nav: 'classes'});
  route('/con/:student/nhan-xet', () => import('./inbox/comments.js'), {nav: 'inbox'});
  // assessments (docs/notices.md#assessments): the homeroom teacher enters them for the class.
  route('/lop/:classId/danh-gia', () => import('./teacher/assessments.js'), {nav: 'classes'});
  // growth: a child's height and weight against the WHO reference (docs/notices.md#growth).
  route('/con/:student/tang-truong', () => import('./inbox/growth.js'), {nav: 'inbox'});
  // timetable (docs/timetable.md): a child's class week, a teacher's own week.
  route('/con/:student/thoi-khoa-bieu', () => import('./timetable/parent.js'), {nav: 'inbox'});
  route('/thoi-khoa-bieu', () => import('./timetable/teacher.js'), {nav: 'classes'});
  // scheduled sends (docs/web-console.md#scheduled-sends): what I scheduled and has not gone yet, with "Hủy gửi".
  route('/quan-tri/hen-gio', () => import('./scheduled/screen.js'), {nav: 'console-ops'});
  route('/hen-gio', () => import('./scheduled/screen.js'), {nav: 'classes'});
}
