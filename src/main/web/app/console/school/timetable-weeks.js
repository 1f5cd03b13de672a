// The weeks a timetable may be published from in the console: this week's Monday and the next three.
import {h} from '../../core/dom.js';
import * as format from '../../core/format.js';
import {TT} from './timetable-texts.js';
import {mondayOf, plusDays} from '../../timetable/week.js';

/** A select of those Mondays (yyyy-MM-dd values), this week first. */
export function weekSelect(id) {
  const thisMonday = mondayOf(format.today());
  return h('select', {id}, TT.weekLabels.map((label, i) => {
    const monday = plusDays(thisMonday, 7 * i);
    return h('option', {value: monday}, TT.weekOption(format.date(monday), label));
  }));
}
