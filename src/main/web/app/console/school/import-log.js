// The import log (#/quan-tri/truong/{code}/nhat-ky-nhap): every applied or rejected import, newest first, and who
// ran it (actorName; imports logged before names were kept show "—").
import {h} from '../../core/dom.js';
import * as format from '../../core/format.js';
import {T} from './texts.js';
import {backToSchool, openSchool, page, table} from './common.js';

export async function render(view, params, ctx) {
  const school = await openSchool(view, params, ctx, T.logTitle);
  if (!school) return;
  const log = await ctx.api.get(`/api/v1/directory/schools/${encodeURIComponent(school.schoolCode)}/imports?limit=50`);
  page(view, backToSchool(school),
    log.length === 0 ? h('p', {class: 'empty'}, T.noImports)
      : table(T.logTitle, [{label: T.log.when}, {label: T.log.who}, {label: T.log.kind}, {label: T.log.mode},
        {label: T.log.file},
        {label: T.log.status}, {label: T.log.counts, num: true}, {label: T.log.errors, num: true}],
      log.map((i) => [
        {content: `${format.date(i.startedAt)} ${format.time(i.startedAt)}`, class: 'nowrap'},
        i.actorName || T.log.unknownWho,
        T.logKinds[i.kind] || i.kind,
        T.logModes[i.mode] || i.mode,
        i.fileName || i.format,
        {content: h('span', {class: `tag ${i.status === 'APPLIED' ? 'tag-ok' : 'tag-bad'}`},
          T.statuses[i.status] || i.status)},
        `${i.counts.created} / ${i.counts.updated} / ${i.counts.deactivated}`,
        String(i.errorCount),
      ]), {class: 'import-log'}));
}
