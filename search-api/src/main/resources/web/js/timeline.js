// The phrase timeline: documents per session for the current query, as a bar chart in plain SVG. The counts are
// the search answer's drill-sideways session facet, so they ignore the session filter and each bar is a link
// that filters to its session.
import {h, plural, svg} from './dom.js';
import {sessionKey, valueLabel} from './labels.js';
import {hasFilter, stateUrl, toggleFilter} from './state.js';

const HEIGHT = 170;
/** A session label needs about this many pixels; closer bars are labelled every few sessions. */
const LABEL_WIDTH = 30;
const TOP = 14;
const BOTTOM = 28;
const LEFT = 34;
const RIGHT = 8;

/**
 * The Council's sessions from the first to the last that has documents, zeros included so that gaps show, then
 * the special sessions that have documents.
 */
export function timelineBars(sessionFacet) {
  const counts = new Map((sessionFacet || []).map((v) => [String(v.value), Number(v.count) || 0]));
  const regular = [...counts.keys()].filter((s) => sessionKey(s) < 10000).map(Number);
  const bars = [];
  if (regular.length) {
    const [min, max] = [Math.min(...regular), Math.max(...regular)];
    for (let n = min; n <= max; n++) bars.push({value: String(n), count: counts.get(String(n)) || 0});
  }
  const special = [...counts.keys()].filter((s) => sessionKey(s) >= 10000 && sessionKey(s) < 99999)
      .sort((a, b) => sessionKey(a) - sessionKey(b));
  for (const s of special) bars.push({value: s, count: counts.get(s), special: true});
  return bars;
}

/**
 * The chart for a session facet, drawn for a box `width` pixels wide so that its text stays legible at any width
 * (a phone gets fewer labels, not smaller ones).
 */
export function renderTimeline(state, sessionFacet, width = 720) {
  const bars = timelineBars(sessionFacet);
  if (!bars.length || bars.every((b) => b.count === 0)) return null;
  const WIDTH = Math.max(280, Math.round(width));
  const max = Math.max(...bars.map((b) => b.count));
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  // Special sessions stand apart from the numbered ones, after a gap of one slot.
  const firstSpecial = bars.findIndex((b) => b.special);
  const gap = firstSpecial > 0 ? 1 : 0;
  const slot = plotW / (bars.length + gap);
  const barW = Math.max(2, Math.min(40, slot * 0.72));
  const labelEvery = Math.max(1, Math.ceil(LABEL_WIDTH / slot));
  const y = (count) => TOP + plotH - (count / max) * plotH;
  const xOf = (i) => LEFT + (i + (gap && i >= firstSpecial ? gap : 0)) * slot;

  const chart = svg('svg', {viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'timeline-chart', role: 'group',
    'aria-labelledby': 'timeline-title', focusable: 'false', preserveAspectRatio: 'xMidYMid meet'});
  // Axis: zero line and the top count.
  chart.append(
      svg('line', {x1: LEFT, x2: WIDTH - RIGHT, y1: TOP + plotH, y2: TOP + plotH, class: 'axis'}),
      svg('line', {x1: LEFT, x2: WIDTH - RIGHT, y1: TOP, y2: TOP, class: 'grid'}),
      svg('text', {x: LEFT - 6, y: TOP + 4, 'text-anchor': 'end', class: 'tick', 'aria-hidden': 'true'}, String(max)),
      svg('text', {x: LEFT - 6, y: TOP + plotH + 4, 'text-anchor': 'end', class: 'tick', 'aria-hidden': 'true'}, '0'));
  if (gap) {
    const x = xOf(firstSpecial) - slot / 2;
    chart.append(svg('line', {x1: x, x2: x, y1: TOP - 4, y2: TOP + plotH + 4, class: 'separator'}));
  }
  bars.forEach((bar, i) => {
    const x = xOf(i) + (slot - barW) / 2;
    const label = valueLabel('session', bar.value);
    const selected = hasFilter(state, 'session', bar.value);
    const description = `${label}: ${plural(bar.count, 'document')}`;
    const labelled = bar.special ? (i - firstSpecial) % labelEvery === 0 : i % labelEvery === 0;
    const tick = labelled && svg('text', {x: x + barW / 2, y: HEIGHT - 10,
      'text-anchor': 'middle', class: 'tick', 'aria-hidden': 'true'}, bar.value);
    if (bar.count === 0) {
      chart.append(svg('rect', {x, y: TOP + plotH - 1, width: barW, height: 1, class: 'bar-empty'},
          svg('title', {}, description)));
      if (tick) chart.append(tick);
      return;
    }
    const top = y(bar.count);
    const link = svg('a', {href: stateUrl(toggleFilter(state, 'session', bar.value, !selected)), 'data-nav': '',
      class: selected ? 'bar selected' : 'bar', 'data-session': bar.value,
      'aria-label': `${description}. ${selected ? 'Remove this session filter' : 'Show only this session'}`},
    svg('title', {}, description),
    // A full-height transparent target, so that short bars are easy to hit.
    svg('rect', {x: xOf(i), y: TOP, width: slot, height: plotH, class: 'bar-target'}),
    svg('rect', {x, y: top, width: barW, height: TOP + plotH - top, class: 'bar-fill', rx: 1.5}));
    chart.append(link);
    if (tick) chart.append(tick);
  });

  const table = h('table', {class: 'timeline-table'},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Session'), h('th', {scope: 'col'}, 'Documents'))),
      h('tbody', {}, bars.filter((b) => b.count > 0).map((b) =>
        h('tr', {}, h('th', {scope: 'row'}, valueLabel('session', b.value)), h('td', {}, String(b.count))))));
  const title = state.q ? `Documents per session for ${state.q}` : 'Documents per session';
  chart.setAttribute('width', String(WIDTH));
  chart.setAttribute('height', String(HEIGHT));
  return h('figure', {class: 'timeline', id: 'timeline'},
      h('figcaption', {id: 'timeline-title'}, title),
      chart,
      h('details', {class: 'timeline-as-table'}, h('summary', {}, 'Show as a table'), table));
}
