// A district office's dashboard: per school (area.js).
import {renderArea} from './area.js';

export function render(view, params, ctx) {
  return renderArea(view, params, ctx, 'district');
}
