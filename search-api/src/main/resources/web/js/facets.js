// The facet panels: one group of checkboxes per filter, with drill-sideways counts from the search answer, a
// filter-as-you-type box for long lists, and the active filters as removable chips.
import {h} from './dom.js';
import {fieldPlural, fieldTitle, filterNames, listsAll} from './fields.js';
import {chipLabel, valueLabel} from './labels.js';
import {hasFilter, ONE_VERSION} from './state.js';
import {getJson, path} from './api.js';

/** Lists longer than this get a filter box and start collapsed. */
const SHORT_LIST = 8;
/** The server returns at most this many values of a top-N facet; a list this long may be cut. */
const TOP_N = 20;

/** What the user typed in each filter box and which lists are expanded, kept across re-renders. */
const typed = {};
const expanded = {};
/** Full value lists fetched from /api/facets/{name}, by facet and search. */
const fullLists = new Map();

/**
 * Renders every facet panel that has values or an active filter.
 * onToggle(name, value, checked) is called when a box is ticked or unticked.
 */
export function renderFacets(state, facets, onToggle, searchKey) {
  const panels = [];
  for (const name of filterNames()) {
    const values = mergeSelected(name, facets[name] || [], state);
    if (!values.length) continue;
    if (name === 'lang' && values.length < 2 && !state.filters.lang) continue;
    panels.push(panel(name, values, state, onToggle, searchKey));
  }
  if (!panels.length) return h('p', {class: 'muted'}, 'No filters for this result.');
  return panels;
}

/** Selected values stay visible (and untickable) even when the current answer does not count them. */
function mergeSelected(name, values, state) {
  const out = values.map((v) => ({value: v.value, label: valueLabel(name, v.value), count: v.count}));
  for (const value of state.filters[name] || []) {
    if (!out.some((v) => v.value.toLowerCase() === value.toLowerCase())) {
      out.unshift({value, label: valueLabel(name, value), count: 0});
    }
  }
  return out;
}

function panel(name, values, state, onToggle, searchKey) {
  const id = `facet-${name}`;
  const list = h('ul', {class: 'facet-values', id: `${id}-values`});
  const fill = (vals) => {
    list.replaceChildren(...vals.map((v, i) => item(name, v, i, state, onToggle)));
    applyFilter(list, name);
  };
  fill(values);

  const long = values.length > SHORT_LIST || name === 'signatory' || name === 'sponsor';
  const children = [h('legend', {}, fieldTitle(name))];
  const note = h('p', {class: 'facet-note muted', hidden: true});
  if (long) {
    const input = h('input', {
      type: 'search', id: `${id}-filter`, class: 'facet-filter', autocomplete: 'off',
      placeholder: `Filter ${fieldPlural(name)}…`,
      value: typed[name] || '', 'aria-controls': `${id}-values`,
    });
    input.addEventListener('input', async () => {
      typed[name] = input.value;
      applyFilter(list, name);
      if (!listsAll(name) && values.length >= TOP_N && input.value.trim()) {
        const full = await fullList(name, searchKey, note);
        if (full && list.isConnected) {
          note.hidden = true;
          fill(mergeSelected(name, full, state));
        }
      }
    });
    children.push(h('label', {for: input.id, class: 'visually-hidden'}, `Filter the ${fieldPlural(name)}`),
        input);
  }
  children.push(list, note);
  if (values.length > SHORT_LIST) {
    const more = h('button', {type: 'button', class: 'link-button facet-more', 'aria-controls': list.id,
      'aria-expanded': String(Boolean(expanded[name]))});
    // A top-N facet that came back full may have more values than it lists.
    const cut = !listsAll(name) && values.length >= TOP_N;
    const label = () => (expanded[name] ? 'Show fewer' : cut ? `Show the top ${values.length}` : `Show all ${values.length}`);
    more.textContent = label();
    more.addEventListener('click', () => {
      expanded[name] = !expanded[name];
      more.setAttribute('aria-expanded', String(expanded[name]));
      more.textContent = label();
      applyFilter(list, name);
    });
    children.push(more);
  }
  return h('fieldset', {class: 'facet', id, 'data-facet': name}, children);
}

function item(name, v, i, state, onToggle) {
  const id = `f-${name}-${i}`;
  const box = h('input', {type: 'checkbox', id, 'data-facet': name, 'data-value': v.value,
    checked: hasFilter(state, name, v.value)});
  box.addEventListener('change', () => onToggle(name, v.value, box.checked));
  return h('li', {'data-search': `${v.label} ${v.value}`.toLowerCase()},
      box,
      h('label', {for: id},
          h('span', {class: 'facet-label'}, v.label),
          h('span', {class: 'count'}, h('span', {class: 'visually-hidden'}, ', '), v.count.toLocaleString('en-GB'),
              h('span', {class: 'visually-hidden'}, v.count === 1 ? ' document' : ' documents'))));
}

/** Shows the items that match the filter box; without a filter, the first few unless the list is expanded. */
function applyFilter(list, name) {
  const text = (typed[name] || '').trim().toLowerCase();
  let shown = 0;
  for (const li of list.children) {
    const checked = li.querySelector('input')?.checked;
    const matches = text ? li.dataset.search.includes(text) : true;
    const visible = checked || (matches && (text || expanded[name] || shown < SHORT_LIST));
    li.hidden = !visible;
    if (visible && !checked) shown++;
  }
}

async function fullList(name, searchKey, note) {
  const key = `${name}?${searchKey}`;
  if (!fullLists.has(key)) {
    fullLists.set(key, getJson(`${path('/api/facets', name)}?${searchKey}`).then(
        (body) => body.values,
        (error) => {
          fullLists.delete(key); // a busy server may answer the next keystroke
          note.hidden = false;
          note.textContent = `Could not load every value: ${error.message}`;
          return null;
        }));
  }
  return fullLists.get(key);
}

/** The active filters as chips, each with a button that removes it, and a "clear all" button. */
export function renderChips(state, onRemove, onClear) {
  const chips = [];
  for (const name of filterNames()) {
    for (const value of state.filters[name] || []) {
      const label = chipLabel(name, value);
      const remove = h('button', {type: 'button', class: 'chip-remove', 'aria-label': `Remove filter ${label}`,
        'data-facet': name, 'data-value': value}, '×');
      remove.addEventListener('click', () => onRemove(name, value));
      chips.push(h('li', {class: 'chip'}, h('span', {}, label), remove));
    }
  }
  if (state.oneVersion) {
    const label = oneVersionLabel(state.oneVersion);
    const remove = h('button', {type: 'button', class: 'chip-remove', 'aria-label': `Remove filter ${label}`,
      'data-facet': ONE_VERSION, 'data-value': state.oneVersion}, '×');
    remove.addEventListener('click', () => onRemove(ONE_VERSION, state.oneVersion));
    chips.push(h('li', {class: 'chip'}, h('span', {}, label), remove));
  }
  if (!chips.length) return null;
  const clear = h('button', {type: 'button', class: 'link-button'}, 'Clear all filters');
  clear.addEventListener('click', onClear);
  return h('div', {class: 'chips', role: 'group', 'aria-label': 'Active filters'},
      h('span', {class: 'chips-title'}, 'Filters:'), h('ul', {}, chips), clear);
}

/** How keeping one version of each text reads: "One version of each text, in French / Français". */
export function oneVersionLabel(lang) {
  return `One version of each text, in ${valueLabel('lang', lang)}`;
}
