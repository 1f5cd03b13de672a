// The service worker: the app's own files from its cache (repeat loads work without a network, and fast), named
// after the build so that a new release replaces them. It never caches API answers: a person's data lives in the
// app's IndexedDB, which sign-out clears. It also shows Web Push notifications and opens the app where they point.
const VERSION = '${web.build}';
const CACHE = `lienlac-app-${VERSION}`;
const SHELL = [
  '/',
  '/index.html',
  '/manifest.webmanifest',
  '/icons/icon.svg',
  '/icons/icon-32.png',
  '/icons/icon-192.png',
  '/app/chat/attach.svg',
  '/app/chat/camera.svg',
  '/app/chat/chat.css',
  '/app/chat/client.js',
  '/app/chat/contacts.js',
  '/app/chat/conversation.js',
  '/app/chat/later-texts.js',
  '/app/chat/later.css',
  '/app/chat/later.js',
  '/app/chat/list.js',
  '/app/chat/texts.js',
  '/app/chat/unsent.js',
  '/app/chat/view.js',
  '/app/console/console.css',
  '/app/console/texts.js',
  '/app/console/school/api-keys.js',
  '/app/console/school/chat.js',
  '/app/console/school/classes.js',
  '/app/console/school/common.js',
  '/app/console/school/home.js',
  '/app/console/school/import-log.js',
  '/app/console/school/import.js',
  '/app/console/school/preview.js',
  '/app/console/school/rollover.js',
  '/app/console/school/school.js',
  '/app/console/school/staff-picker.js',
  '/app/console/school/staff.js',
  '/app/console/school/texts.js',
  '/app/console/school/timetable-edit.js',
  '/app/console/school/timetable-grid.js',
  '/app/console/school/timetable-texts.js',
  '/app/console/school/timetable-weeks.js',
  '/app/console/school/timetable.js',
  '/app/core/api.js',
  '/app/core/auth.js',
  '/app/core/base.css',
  '/app/core/dom.js',
  '/app/core/format.js',
  '/app/core/profile.js',
  '/app/core/push.js',
  '/app/core/router.js',
  '/app/core/store.js',
  '/app/core/texts.js',
  '/app/core/two-tap.js',
  '/app/inbox/activities.js',
  '/app/inbox/assessments.js',
  '/app/inbox/attendance.js',
  '/app/inbox/common.js',
  '/app/inbox/grades.js',
  '/app/inbox/growth-chart.js',
  '/app/inbox/growth-texts.js',
  '/app/inbox/growth.css',
  '/app/inbox/growth.js',
  '/app/inbox/health.js',
  '/app/inbox/inbox.css',
  '/app/inbox/inbox.js',
  '/app/inbox/item.js',
  '/app/inbox/items.js',
  '/app/inbox/texts.js',
  '/app/main.js',
  '/app/routes.js',
  '/app/settings/settings.css',
  '/app/settings/push.js',
  '/app/settings/settings.js',
  '/app/settings/texts.js',
  '/app/shell/home.js',
  '/app/start.js',
  '/app/shell/shell.js',
  '/app/signin/signin.css',
  '/app/signin/signin.js',
  '/app/signin/sso.js',
  '/app/signin/texts.js',
  '/app/teacher/activity.js',
  '/app/teacher/assessment-records.js',
  '/app/teacher/assessments.css',
  '/app/teacher/assessments.js',
  '/app/teacher/assessments-texts.js',
  // teacher comments
  '/app/teacher/comments.css',
  '/app/teacher/comments.js',
  '/app/teacher/comments-texts.js',
  '/app/inbox/comments.js',
  '/app/teacher/attendance.js',
  '/app/teacher/classes.js',
  '/app/teacher/common.js',
  '/app/teacher/grades.js',
  '/app/teacher/office-hours.js',
  '/app/teacher/post-later.js',
  '/app/teacher/roster.js',
  '/app/teacher/teacher.css',
  '/app/teacher/texts.js',
  // console: adoption & directives
  '/app/console/adoption/adoption.css',
  '/app/console/adoption/area.js',
  '/app/console/adoption/charts.js',
  '/app/console/adoption/common.js',
  '/app/console/adoption/department.js',
  '/app/console/adoption/district.js',
  '/app/console/adoption/home.js',
  '/app/console/adoption/not-activated.js',
  '/app/console/adoption/school.js',
  '/app/console/adoption/texts.js',
  '/app/console/adoption/totals.js',
  '/app/console/adoption/trend.js',
  '/app/console/directives/common.js',
  '/app/console/directives/compose.js',
  '/app/console/directives/department-schools.js',
  '/app/console/directives/detail.js',
  '/app/console/directives/directives.css',
  '/app/console/directives/forward.js',
  '/app/console/directives/inbox.js',
  '/app/console/directives/reports.js',
  '/app/console/directives/schedule-texts.js',
  '/app/console/directives/texts.js',
  '/app/console/directives/tracking.js',
  // leave requests
  '/app/leave/common.js',
  '/app/leave/leave.css',
  '/app/leave/parent.js',
  '/app/leave/teacher.js',
  '/app/leave/texts.js',
  // timetable
  '/app/timetable/parent.js',
  '/app/timetable/teacher.js',
  '/app/timetable/texts.js',
  '/app/timetable/timetable.css',
  '/app/timetable/week.js',
  // scheduled sends
  '/app/scheduled/cancel.js',
  '/app/scheduled/rows.js',
  '/app/scheduled/scheduled.css',
  '/app/scheduled/screen.js',
  '/app/scheduled/send-at.js',
  '/app/scheduled/texts.js',
  // the inbox's chips to the contact book
  '/app/inbox/sections.js',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(SHELL.map((url) => new Request(url, {cache: 'reload'}))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('lienlac-app-') && k !== CACHE)
      .map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

/** The app's static files: cache first, then the network (and keep what came, for next time). */
function isAppFile(url) {
  return url.origin === self.location.origin && !url.pathname.startsWith('/api/')
    && !url.pathname.startsWith('/ws/') && !url.pathname.startsWith('/q/');
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!isAppFile(url)) return; // API and WebSocket: straight to the network, never stored here
  const key = request.mode === 'navigate' ? '/index.html' : url.pathname;
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    const hit = await cache.match(key);
    if (hit) return hit;
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') cache.put(key, response.clone());
    return response;
  }));
});

self.addEventListener('message', (event) => {
  // Sign-out: nothing personal is in this cache, but a screen's lazily cached module list is dropped too.
  if (event.data && event.data.type === 'sign-out') event.waitUntil(Promise.resolve());
});

/** A notification's target in the app: its path (Message.url, e.g. "/hop-thu/12") as a route; else the home screen. */
function appUrl(path) {
  const ok = typeof path === 'string' && path.startsWith('/') && !path.startsWith('//');
  return new URL(ok ? `/#${path}` : '/', self.location.origin).href;
}

// A push (docs/notifications.md, "Web Push"): the server's JSON {title, body, url, tag}, decrypted by the browser.
self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch (e) {
    data = {body: event.data.text()};
  }
  const options = {
    body: data.body || '',
    icon: '/icons/icon-192.png',
    lang: 'vi',
    data: {url: appUrl(data.url)},
  };
  if (data.tag) {
    options.tag = data.tag; // a newer message of the same conversation replaces the older one...
    options.renotify = true; // ...and still rings
  }
  event.waitUntil(self.registration.showNotification(data.title || 'Liên Lạc', options));
});

// A tap on the notification: the app's open window comes forward and goes there, or a new one opens.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = (event.notification.data && event.notification.data.url) || appUrl('/');
  event.waitUntil(self.clients.matchAll({type: 'window', includeUncontrolled: true}).then(async (windows) => {
    const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
    if (!open) return self.clients.openWindow(target);
    const focused = await open.focus();
    return (focused || open).navigate(target).catch(() => undefined);
  }));
});
