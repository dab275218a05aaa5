// The actions list: what the Council did with each proposal its session reports tell of (GET /api/actions), with
// that route's facets as filters (one value each, as the API takes them), a search of titles and adopted texts,
// paging like the search, and the CSV exports.
import {getJson} from './api.js';
import {formatDate, h, plural} from './dom.js';
import {learnLabels, valueLabel} from './labels.js';
import {actionParams, PAGE_SIZE, stateUrl, withChanges} from './state.js';
import {renderPager} from './results.js';
import {proposalLink, rememberList, sentence, sponsorList} from './council.js';

const VOTE_TITLES = {in_favour: 'Voted in favour', against: 'Voted against', abstaining: 'Abstained'};

/** The facet panels in the order shown, and the filters a value of each sets. */
const PANELS = [
  {facet: 'outcome', title: 'Outcome', set: (v) => ({outcome: v}), on: (f, v) => f.outcome === v},
  {facet: 'session', title: 'Session', set: (v) => ({session: v}), on: (f, v) => f.session === v},
  {facet: 'sponsor', title: 'Sponsor', set: (v) => ({sponsor: v}), on: (f, v) => f.sponsor === v},
  ...['in_favour', 'against', 'abstaining'].map((p) => ({facet: p, title: VOTE_TITLES[p],
    set: (v) => ({state: v, position: p}), on: (f, v) => f.state === v && f.position === p})),
];

/** A facet that lists more values than this shows the first ones and a button for the rest. */
const SHORT_LIST = 8;

/** The list's nodes and its count sentence; navigate(state) is how the query form moves on. */
export async function renderActions(state, signal, navigate) {
  rememberList(state);
  const body = await getJson(`/api/actions?${actionParams(state, {size: PAGE_SIZE, page: state.page})}`, {signal});
  learnLabels({outcome: body.facets.outcome, session: body.facets.session});
  const filters = state.actionFilters;
  const active = Object.keys(filters).length;
  const count = `${plural(body.total, 'action')}${state.q || active ? ' found' : ''}${body.total > PAGE_SIZE
    ? `, page ${state.page}` : ''}`;
  return {
    count,
    nodes: [
      h('h2', {id: 'view-heading', tabindex: '-1'}, 'Council actions'),
      h('p', {class: 'lead'}, 'What the Council did with each draft its session reports tell of: sponsors, votes, ',
          'outcome and the text it became.'),
      queryForm(state, navigate),
      h('div', {class: 'search-layout'},
          h('aside', {class: 'facets', 'aria-labelledby': 'action-filters-h'},
              h('h3', {id: 'action-filters-h', class: 'filters-heading'}, 'Filters'),
              h('div', {class: 'action-facets'}, PANELS.map((p) => panel(p, body.facets[p.facet] || [], state)))),
          h('section', {class: 'results-area', 'aria-labelledby': 'action-count'},
              h('p', {id: 'action-count', class: 'result-count'}, count),
              chips(state),
              body.total ? exports(state) : null,
              body.total === 0 ? h('p', {class: 'message', id: 'empty-message'}, 'No action matches',
                  state.q ? ` “${state.q}”` : '', active ? ' with these filters: remove one to see more.' : '.')
                : h('ol', {class: 'results actions-list', start: (state.page - 1) * PAGE_SIZE + 1},
                    body.actions.map(item)),
              renderPager(state, body.total))),
    ],
  };
}

function queryForm(state, navigate) {
  const input = h('input', {id: 'actions-q', name: 'q', type: 'search', value: state.q, autocomplete: 'off'});
  const form = h('form', {class: 'inline-form', role: 'search', id: 'actions-form'},
      h('label', {for: 'actions-q'}, 'Search the titles and adopted texts'), ' ', input, ' ',
      h('button', {type: 'submit'}, 'Search actions'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    navigate(withChanges(state, {q: input.value.trim()}), {focus: 'heading'});
  });
  return form;
}

function item(a) {
  const meta = [
    a.draft && h('span', {class: 'symbol'}, a.draft),
    h('span', {}, valueLabel('kind', a.kind)),
    a.session && h('span', {}, valueLabel('session', a.session)),
    a.date && h('span', {}, h('time', {datetime: a.date}, formatDate(a.date))),
  ].filter(Boolean);
  const sponsors = sponsorList(a.sponsors.slice(0, 3));
  const more = a.sponsors.length - 3 + a.co_sponsors.length + a.joined_sponsors.length;
  return h('li', {class: 'hit action-item', 'data-draft': a.draft || ''},
      h('h3', {class: 'hit-title'}, proposalLink(a, a.title || a.draft)),
      h('p', {class: 'meta'}, meta),
      h('p', {class: 'action-outcome', 'data-outcome': a.outcome},
          sentence(a.summary || valueLabel('outcome', a.outcome))),
      sponsors ? h('p', {class: 'signatories'}, h('span', {class: 'field-name'}, 'Sponsored by '), sponsors,
          more > 0 ? ` and ${more} more` : null) : null);
}

/** One facet: its values as links (one value at a time; the chosen one links back to none). */
function panel(p, values, state) {
  const filters = state.actionFilters;
  const chosen = values.some((v) => p.on(filters, v.value));
  if (!values.length) return null;
  const id = `action-facet-${p.facet}`;
  const list = h('ul', {class: 'facet-values', id: `${id}-values`}, values.map((v, i) => {
    const on = p.on(filters, v.value);
    const next = on ? without(filters, p) : {...without(filters, p), ...p.set(v.value)};
    return h('li', {hidden: !on && !chosen && i >= SHORT_LIST ? true : null},
        h('a', {href: stateUrl(withChanges(state, {actionFilters: next})), 'data-nav': '', 'data-facet': p.facet,
          'data-value': v.value, 'aria-current': on ? 'true' : null, class: on ? 'facet-link chosen' : 'facet-link'},
        h('span', {class: 'facet-label'}, on ? `✓ ${valueLabel(p.facet, v.value)}` : valueLabel(p.facet, v.value)),
        ' ', h('span', {class: 'count'}, `(${v.count})`)));
  }));
  const hiddenCount = list.querySelectorAll('li[hidden]').length;
  let more = null;
  if (hiddenCount) {
    more = h('button', {type: 'button', class: 'link-button facet-more', 'aria-expanded': 'false',
      'aria-controls': `${id}-values`}, `Show all ${values.length}`);
    more.addEventListener('click', () => {
      for (const li of list.querySelectorAll('li[hidden]')) li.hidden = false;
      more.remove();
      list.querySelector('li:nth-child(' + (SHORT_LIST + 1) + ') a')?.focus();
    });
  }
  return h('section', {class: 'facet', 'data-facet': p.facet, 'aria-labelledby': `${id}-h`},
      h('h4', {id: `${id}-h`, class: 'facet-title'}, p.title), list, more);
}

/** The filters without the one a panel sets (for the vote panels: state and position together). */
function without(filters, p) {
  const out = {...filters};
  for (const key of Object.keys(p.set(''))) delete out[key];
  return out;
}

/** The active filters, each with a link that removes it. */
function chips(state) {
  const f = state.actionFilters;
  const items = [];
  const add = (label, drop) => {
    const next = {...f};
    for (const k of drop) delete next[k];
    items.push(h('li', {class: 'chip'}, h('span', {}, label),
        h('a', {href: stateUrl(withChanges(state, {actionFilters: next})), 'data-nav': '', class: 'chip-remove',
          'aria-label': `Remove filter ${label}`}, '×')));
  };
  if (f.outcome) add(`Outcome: ${valueLabel('outcome', f.outcome)}`, ['outcome']);
  if (f.session) add(valueLabel('session', f.session), ['session']);
  if (f.sponsor) add(`Sponsor: ${f.sponsor}`, ['sponsor']);
  if (f.state) add(f.position ? `${f.state}: ${valueLabel('position', f.position).toLowerCase()}` : `State: ${f.state}`,
      ['state', 'position']);
  if (!items.length) return null;
  return h('div', {class: 'chips', role: 'group', 'aria-label': 'Active filters'},
      h('span', {class: 'chips-title'}, 'Filters:'), h('ul', {}, items),
      h('a', {href: stateUrl(withChanges(state, {actionFilters: {}})), 'data-nav': ''}, 'Clear all filters'));
}

function exports(state) {
  const link = (format, label) => h('a', {href: `/api/actions/export?${actionParams(state, {format})}`,
    class: 'export', 'data-format': format, download: `hrc-actions-${format}.csv`}, label);
  return h('div', {class: 'toolbar'}, h('div', {class: 'exports'}, 'Export these actions: ',
      link('csv', 'CSV, one row per action'), ' · ', link('csv-long', 'CSV, one row per action and State')));
}
