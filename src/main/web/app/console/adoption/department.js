// A department's dashboard: per district once the department tier answers with districts (area.js).
import {renderArea} from './area.js';

export function render(view, params, ctx) {
  return renderArea(view, params, ctx, 'department');
}
