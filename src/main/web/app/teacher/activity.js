// Posting a plan, a menu, a timetable change or an event to the class's families, with photos from the camera or
// the gallery: each photo is uploaded first (POST …/photos), then named in the activity record.
import {h, fill, useCss} from '../core/dom.js';
import * as format from '../core/format.js';
import {T} from './texts.js';
import {openClass, back, errorLine, showError, outcomeTag} from './common.js';
import {offerPostLater, sendAtOf, P} from './post-later.js';
import {sendAtPicker} from '../scheduled/send-at.js';
import {S} from '../scheduled/texts.js';

export async function render(view, params, ctx) {
  const cls = await openClass(view, params, ctx);
  if (!cls) return undefined;
  ctx.setTitle(T.activityTitle(cls.name));
  useCss('/app/scheduled/scheduled.css');
  const school = encodeURIComponent(cls.schoolCode);
  const photos = []; // {id, url, name, pending}
  const urls = new Set();

  const type = h('select', {id: 'a-type', required: true},
    Object.entries(T.types).map(([v, text]) => h('option', {value: v}, text)));
  const date = h('input', {id: 'a-date', type: 'date', required: true, value: format.today()});
  const title = h('input', {id: 'a-title', type: 'text', required: true, maxlength: 200});
  const body = h('textarea', {id: 'a-body', rows: 5, maxlength: 4000});
  const camera = h('input', {id: 'a-camera', type: 'file', accept: 'image/*', capture: 'environment',
    class: 'file-input'});
  const gallery = h('input', {id: 'a-gallery', type: 'file', accept: 'image/jpeg,image/png,image/webp', multiple: true,
    class: 'file-input'});
  const previews = h('ul', {class: 'previews'});
  const error = errorLine();
  const result = h('p', {class: 'result', role: 'status', hidden: true});
  const submit = h('button', {type: 'submit', class: 'primary big'}, T.post);
  const later = sendAtPicker('a');

  function drawPreviews() {
    fill(previews, photos.map((p, i) => h('li', {class: 'preview'},
      h('img', {src: p.url, alt: T.photoAlt(i + 1)}),
      p.pending ? h('span', {class: 'uploading', role: 'status'}, T.uploading) : null,
      h('button', {type: 'button', class: 'remove', 'aria-label': T.removePhoto(i + 1),
        onclick: () => {
          photos.splice(photos.indexOf(p), 1);
          drawPreviews();
        }}, '✕'))));
    submit.disabled = photos.some((p) => p.pending);
  }

  async function add(files) {
    error.hidden = true;
    for (const file of files) {
      const url = URL.createObjectURL(file);
      urls.add(url);
      const photo = {url, pending: true};
      photos.push(photo);
      drawPreviews();
      try {
        const uploaded = await ctx.api.upload(
          `/api/v1/notices/schools/${school}/photos?fileName=${encodeURIComponent(file.name || 'anh.jpg')}`, file);
        photo.id = uploaded.id;
        photo.pending = false;
      } catch (e) {
        photos.splice(photos.indexOf(photo), 1);
        showError(error, e);
      }
      drawPreviews();
    }
  }
  for (const input of [camera, gallery]) {
    input.addEventListener('change', () => {
      add([...input.files]);
      input.value = '';
    });
  }

  const form = h('form', {class: 'activity-form', onsubmit: async (e) => {
    e.preventDefault();
    error.hidden = true;
    result.hidden = true;
    if (photos.some((p) => p.pending)) {
      showError(error, {message: T.waitUploads});
      return;
    }
    const record = {sourceId: `web-act-${cls.classId}-${Date.now().toString(36)}`, className: cls.name,
      type: type.value, date: date.value, title: title.value.trim()};
    if (body.value.trim()) record.body = body.value.trim();
    if (photos.length) record.photos = photos.map((p) => p.id);
    const offered = sendAtOf(e);
    if (!offered && later.problem()) {
      showError(error, {message: later.problem()});
      return;
    }
    const sendAt = offered || later.value();
    submit.disabled = true;
    try {
      const answer = await ctx.api.post(`/api/v1/notices/schools/${school}/activities`,
        sendAt ? {records: [record], sendAt} : {records: [record]});
      const r = answer.records[0];
      const posted = r.outcome === 'scheduled' ? P.scheduled(answer.sendAt) : T.posted;
      fill(result, r.outcome === 'scheduled' ? h('span', {class: 'tag tag-accepted'}, P.outcome) : outcomeTag(r.outcome),
        ' ', r.outcome === 'rejected' ? r.message : posted,
        r.outcome === 'scheduled' ? [' ', h('a', {href: '#/hen-gio'}, S.open)] : null);
      result.hidden = false;
      if (r.outcome !== 'rejected') {
        title.value = '';
        body.value = '';
        photos.splice(0);
        later.reset();
        drawPreviews();
        ctx.toast(posted);
      }
    } catch (err) {
      showError(error, err);
    } finally {
      submit.disabled = photos.some((p) => p.pending);
    }
  }},
  h('div', {class: 'field'}, h('label', {for: 'a-type'}, T.type), type),
  h('div', {class: 'field'}, h('label', {for: 'a-date'}, T.date), date),
  h('div', {class: 'field'}, h('label', {for: 'a-title'}, T.title), title),
  h('div', {class: 'field'}, h('label', {for: 'a-body'}, T.body), body),
  h('fieldset', {class: 'photos'}, h('legend', null, T.photos),
    h('div', {class: 'actions'},
      h('label', {for: 'a-camera', class: 'action'}, T.takePhoto), camera,
      h('label', {for: 'a-gallery', class: 'action'}, T.choosePhotos), gallery),
    previews),
  later.element, error, result, submit);

  fill(view, back('#/lop', T.backToClasses), form);
  offerPostLater(ctx.api, submit);
  return () => urls.forEach((u) => URL.revokeObjectURL(u));
}
