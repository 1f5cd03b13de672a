// A unit's totals: one line per share, with its bar (the same bars as the charts).
import {h} from '../../core/dom.js';
import {T} from './texts.js';
import {barChart} from './charts.js';

export function totalsCard(figures) {
  return h('section', {class: 'card dash-section totals', 'aria-labelledby': 'totals-h'},
    h('h2', {id: 'totals-h', class: 'dash-h'}, T.totals),
    barChart('totals-chart', T.totals, [{key: 'total', label: T.totals, figures}],
      ['staff', 'teachers', 'guardians', 'students'], ''));
}
