// The search page: reads its state from the URL, asks the API, renders one of its views (search, signatory,
// document; the Council's actions, a proposal, a State's votes), and keeps the URL in step with every action (history.pushState; popstate for back and forward).
import {ApiError, checkAvailable, getJson} from './api.js';
import {h, plural, replace} from './dom.js';
import {oneVersionLabel, renderChips, renderFacets} from './facets.js';
import {fieldsKnown, filterNames, loadFields, oneVersionLanguages} from './fields.js';
import {chipLabel, learnLabels} from './labels.js';
import {renderHits, renderPager} from './results.js';
import {loadDocument, renderDocument} from './document.js';
import {loadSignatory, renderDirectory, renderSignatory} from './signatory.js';
import {feedUrl, PAGE_SIZE, parseState, searchParams, stateUrl, toggleFilter, withChanges} from './state.js';
import {followLink} from './follow.js';
import {renderTimeline} from './timeline.js';
import {renderActions} from './actions.js';
import {loadStory, renderNotFound, renderProposal} from './proposal.js';
import {loadVotes, loadVotesIfState, renderSponsoredActions, renderVotes} from './votes.js';

const view = document.getElementById('view');
const form = document.getElementById('search-form');
const input = document.getElementById('q');
const banner = document.getElementById('banner');
const live = h('div', {class: 'visually-hidden', role: 'status', 'aria-live': 'polite', id: 'live'});
document.body.append(live);

let current = parseState(location.search); // its filters are read again once the fields are known: render()
let inFlight = null;
let renderedSearch = null;

// ---- navigation -------------------------------------------------------------------------------------------------

/** Goes to a state: a new history entry, then render. focus says where the keyboard focus goes afterwards. */
function navigate(state, {focus = 'heading'} = {}) {
  history.pushState(null, '', stateUrl(state));
  render(parseState(location.search), focus);
}

window.addEventListener('popstate', () => {
  if (location.search === renderedSearch) return; // only the #fragment changed (e.g. the skip link)
  render(parseState(location.search), 'heading');
});

document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-nav], a[data-example]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const url = new URL(a.getAttribute('href'), location.href);
  if (url.origin !== location.origin) return;
  e.preventDefault();
  if (a.hasAttribute('data-example')) document.getElementById('help').open = false;
  navigate(parseState(url.search), {focus: a.dataset.focus || (a.hasAttribute('data-example') ? 'input' : 'heading')});
});

// PDF links (a snippet's page, "Open the original PDF"): the file is asked for first, so that an error (a file
// moved or changed since indexing, a busy server) shows the API's message here instead of a tab of JSON.
document.addEventListener('click', async (e) => {
  const a = e.target.closest('a.page-link, a.pdf-link');
  if (!a || e.button !== 0) return;
  e.preventDefault();
  try {
    await checkAvailable(a.href.split('#')[0]);
    window.open(a.href, '_blank', 'noopener');
  } catch (err) {
    showNotice(`The PDF could not be opened: ${err.message}.`);
  }
});

/** A message in the current view's message area (or above it), read out by screen readers. */
function showNotice(text) {
  const slot = document.getElementById('message') || view;
  const note = h('p', {class: 'message error', role: 'alert'}, text);
  if (slot === view) view.prepend(note); else replace(slot, note);
  note.scrollIntoView({block: 'nearest'});
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  navigate(withChanges({...current, view: 'search'}, {q: input.value.trim()}), {focus: 'input'});
});

// ---- rendering --------------------------------------------------------------------------------------------------

async function render(state, focus) {
  if (!fieldsKnown()) {
    // Which parameters are filters comes from the server: the first view waits for it, then reads the URL again.
    try {
      await loadFields();
    } catch (e) {
      showViewError(state, e);
      if (e.unavailable || e.status === 0) checkHealth();
      return;
    }
    state = parseState(location.search);
  }
  current = state;
  renderedSearch = location.search;
  input.value = state.view === 'actions' ? '' : state.q; // the actions list has its own box
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  setNavCurrent(state.view);
  try {
    if (state.view === 'document') await renderDocumentView(state, controller.signal);
    else if (state.view === 'signatory') await renderSignatoryView(state, controller.signal);
    else if (state.view === 'actions') await renderActionsView(state, controller.signal);
    else if (state.view === 'action') await renderProposalView(state, controller.signal);
    else if (state.view === 'votes') await renderVotesView(state, controller.signal);
    else await renderSearchView(state, controller.signal);
  } catch (e) {
    if (e.name === 'AbortError') return;
    if (!(e instanceof ApiError)) console.error(e);
    showViewError(state, e);
  }
  if (controller.signal.aborted) return;
  applyFocus(focus);
}

function setNavCurrent(name) {
  for (const a of document.querySelectorAll('.site-header nav a')) {
    const target = new URL(a.href).searchParams.get('view') || 'search';
    const section = {document: 'search', action: 'actions', votes: 'actions'}[name] || name;
    if (target === section) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

function applyFocus(focus) {
  if (!focus || focus === 'keep') return;
  let target = null;
  if (focus === 'input') target = input;
  else if (focus === 'chips') target = view.querySelector('.chip-remove') || input;
  else if (typeof focus === 'object' && focus.facet) {
    target = view.querySelector(`input[type=checkbox][data-facet="${CSS.escape(focus.facet)}"][data-value="${CSS.escape(focus.value)}"]`)
        || view.querySelector('#results-heading');
  } else if (focus === 'results') target = view.querySelector('#results-heading');
  else if (focus === 'page-text') target = view.querySelector('#page-text');
  else target = view.querySelector('#view-heading, #results-heading');
  target?.focus({preventScroll: focus === 'input' || focus === 'chips' || typeof focus === 'object'});
  if (focus === 'results' || focus === 'page-text') target?.scrollIntoView({block: 'start'});
}

function announce(text) {
  live.textContent = '';
  // A fresh text node after a tick, so that the same words twice in a row are read out again.
  setTimeout(() => { live.textContent = text; }, 50);
}

// ---- the search view --------------------------------------------------------------------------------------------

/** The parts of the search view, built once and kept while the user searches, so that focus and layout hold. */
function searchSkeleton() {
  let root = view.querySelector('#search-view');
  if (root) return partsOf(root);
  const toggle = h('button', {type: 'button', class: 'filters-toggle', 'aria-expanded': 'false',
    'aria-controls': 'facet-panels'}, 'Filters');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    root.querySelector('.facets').classList.toggle('open', open);
  });
  root = h('div', {id: 'search-view', class: 'search-layout'},
      h('aside', {class: 'facets', 'aria-labelledby': 'filters-heading'},
          h('h2', {id: 'filters-heading', class: 'filters-heading'}, 'Filters'),
          toggle,
          h('div', {id: 'facet-panels', class: 'facet-panels'})),
      h('section', {class: 'results-area', 'aria-labelledby': 'results-heading'},
          h('h2', {id: 'results-heading', tabindex: '-1'}, 'Results'),
          h('p', {id: 'result-count', class: 'result-count'}),
          h('div', {id: 'chips'}),
          h('div', {id: 'toolbar', class: 'toolbar'}),
          h('div', {id: 'message'}),
          h('div', {id: 'timeline-slot'}),
          h('div', {id: 'hits'}),
          h('div', {id: 'pager-slot'})));
  replace(view, root);
  return partsOf(root);
}

function partsOf(root) {
  const q = (sel) => root.querySelector(sel);
  return {root, facets: q('#facet-panels'), toggle: q('.filters-toggle'), count: q('#result-count'),
    chips: q('#chips'), toolbar: q('#toolbar'), message: q('#message'), timeline: q('#timeline-slot'),
    hits: q('#hits'), pager: q('#pager-slot'), results: q('.results-area')};
}

async function renderSearchView(state, signal) {
  const parts = searchSkeleton();
  document.title = state.q ? `${state.q} – hrc-search` : 'hrc-search: Human Rights Council documents';
  parts.results.setAttribute('aria-busy', 'true');
  parts.root.classList.add('loading');
  const slow = setTimeout(() => { parts.count.textContent = 'Searching…'; }, 300);
  let body;
  try {
    body = await getJson(`/api/search?${searchParams(state, {size: PAGE_SIZE, page: state.page})}`, {signal});
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    showSearchError(parts, state, e);
    return;
  } finally {
    clearTimeout(slow);
    if (!signal.aborted) {
      parts.results.removeAttribute('aria-busy');
      parts.root.classList.remove('loading');
    }
  }
  learnLabels(body.facets);

  const onToggle = (name, value, on) => navigate(toggleFilter(state, name, value, on), {focus: {facet: name, value}});
  const active = activeFilters(state);
  parts.toggle.textContent = active ? `Filters (${active} active)` : 'Filters';
  parts.root.querySelector('.facets').hidden = false;
  // On a phone the filters fold over the results: this button folds them away and goes to the results.
  const showResults = h('button', {type: 'button', class: 'show-results'}, `Show ${plural(body.total, 'result')}`);
  showResults.addEventListener('click', () => {
    parts.toggle.setAttribute('aria-expanded', 'false');
    parts.root.querySelector('.facets').classList.remove('open');
    const heading = parts.root.querySelector('#results-heading');
    heading.focus();
    heading.scrollIntoView({block: 'start'});
  });
  replace(parts.facets, renderFacets(state, body.facets, onToggle, searchParams(state).toString()), showResults);
  replace(parts.chips, renderChips(state, (name, value) => {
    const next = toggleFilter(state, name, value, false);
    navigate(next, {focus: 'chips'});
  }, () => navigate(withChanges(state, {filters: {}, oneVersion: ''}), {focus: 'input'})));

  const countText = countSentence(body.total, state);
  replace(parts.count, countText);
  announce(countText);
  replace(parts.toolbar, body.total > 0 ? toolbar(state, body.total, body.facets) : null);
  replace(parts.message, body.partial ? h('p', {class: 'message'},
      'The search took too long and was cut short: the counts may be low. A more precise query will be complete.')
    : null);
  if (body.total === 0) {
    replace(parts.message, emptyMessage(state));
    replace(parts.timeline);
    replace(parts.hits);
    replace(parts.pager);
    return;
  }
  replace(parts.timeline, renderTimeline(state, body.facets.session, parts.timeline.clientWidth - 26));
  const first = (state.page - 1) * PAGE_SIZE + 1;
  if (!body.hits.length) {
    replace(parts.hits, h('p', {class: 'message'}, `There is no page ${state.page}: `,
        h('a', {href: stateUrl(withChanges(state, {page: 1})), 'data-nav': ''}, 'go to the first page'), '.'));
  } else {
    replace(parts.hits, renderHits(body.hits, state, first));
  }
  replace(parts.pager, renderPager(state, body.total));
}

/** How many filters narrow the search: facet values, and keeping one version of each text. */
function activeFilters(state) {
  return filterNames().reduce((n, f) => n + (state.filters[f]?.length || 0), state.oneVersion ? 1 : 0);
}

function countSentence(total, state) {
  const filters = activeFilters(state);
  const what = plural(total, 'document');
  if (!state.q && !filters) return `${what} in the index`;
  const page = total > PAGE_SIZE ? `, page ${state.page}` : '';
  return `${what} found${page}`;
}

/**
 * Every version of each text, or one, in a chosen language (else English, else the first): offered where the
 * answer holds several languages, or one version is already asked for.
 */
function versionChoice(state, facets) {
  if ((facets?.lang || []).length < 2 && !state.oneVersion) return null;
  const choice = h('select', {id: 'one-version'},
      h('option', {value: '', selected: !state.oneVersion}, 'Every version of each text'),
      oneVersionLanguages().map((code) => h('option', {value: code, selected: state.oneVersion === code},
          oneVersionLabel(code))));
  choice.addEventListener('change', () => navigate(withChanges(state, {oneVersion: choice.value}), {focus: 'keep'}));
  return h('div', {class: 'versions'}, h('label', {for: 'one-version'}, 'Versions'), ' ', choice);
}

function toolbar(state, total, facets) {
  const sort = h('select', {id: 'sort'},
      [['relevance', 'Best match'], ['-date', 'Newest first'], ['date', 'Oldest first'], ['-indexed', 'Newest in the index']].map(([value, label]) =>
        h('option', {value, selected: state.sort === value}, label)));
  sort.addEventListener('change', () => navigate(withChanges(state, {sort: sort.value}), {focus: 'keep'}));
  const exportLink = (format, label) => {
    const url = `/api/export?${searchParams(state, {format})}`;
    const a = h('a', {href: url, class: 'export', 'data-format': format, download: `hrc-search.${format}`}, label);
    a.addEventListener('click', async (e) => {
      e.preventDefault();
      try {
        await checkAvailable(url);
        const go = h('a', {href: url, download: `hrc-search.${format}`, hidden: true});
        document.body.append(go);
        go.click();
        go.remove();
      } catch (err) {
        showNotice(`The export failed: ${err.message}.`);
      }
    });
    return a;
  };
  return [
    h('div', {class: 'sort'}, h('label', {for: 'sort'}, 'Sort'), ' ', sort),
    versionChoice(state, facets),
    h('div', {class: 'exports'}, h('span', {}, `Export ${total === 1 ? 'this document' : `all ${plural(total, 'document')}`}: `),
        exportLink('csv', 'CSV'), ' ', exportLink('jsonl', 'JSON lines')),
    followLink(feedUrl(state), 'Follow this search', 'follow-search'),
  ];
}

function emptyMessage(state) {
  const active = filterNames().flatMap((f) => (state.filters[f] || []).map((v) => chipLabel(f, v)))
      .concat(state.oneVersion ? [oneVersionLabel(state.oneVersion)] : []);
  return h('div', {class: 'message empty', id: 'empty-message'},
      h('p', {}, h('strong', {}, state.q ? `No documents match ${state.q}` : 'No documents match'),
          active.length ? ` with the filters ${active.join('; ')}.` : '.'),
      h('ul', {},
          active.length ? h('li', {}, 'Remove a filter: the counts beside each filter say how many documents it gives.') : null,
          state.q ? h('li', {}, 'Check the spelling, use fewer words, or join alternatives with OR.') : null,
          /"/.test(state.q) ? h('li', {}, 'A quoted phrase must match word for word; "words"~5 allows a few words between them.') : null,
          h('li', {}, 'See ', helpLink(), ' for examples.')));
}

/** A button that opens the help panel under the search box and moves the focus there. */
function helpLink() {
  const button = h('button', {type: 'button', class: 'link-button'}, 'how to search');
  button.addEventListener('click', () => {
    const help = document.getElementById('help');
    help.open = true;
    help.querySelector('summary').focus();
    help.scrollIntoView({block: 'nearest'});
  });
  return button;
}

function showSearchError(parts, state, e) {
  replace(parts.count);
  replace(parts.toolbar);
  replace(parts.timeline);
  replace(parts.hits);
  replace(parts.pager);
  replace(parts.facets);
  parts.root.querySelector('.facets').hidden = true;
  replace(parts.chips, renderChips(state, (name, value) => navigate(toggleFilter(state, name, value, false), {focus: 'chips'}),
      () => navigate(withChanges(state, {filters: {}, oneVersion: ''}), {focus: 'input'})));
  let text;
  if (e.status === 400) text = ['Your search could not be read: ', h('span', {class: 'api-message'}, e.message), '. ',
    'See ', helpLink(), ' for examples.'];
  else if (e.unavailable) text = [unavailableText(e)];
  else text = ['The search failed: ', h('span', {class: 'api-message'}, e.message)];
  replace(parts.message, h('div', {class: 'message error', role: 'alert', id: 'error-message'}, h('p', {}, text)));
  if (e.unavailable) checkHealth();
  announce(e.status === 400 ? `Query error: ${e.message}` : 'The search failed');
}

// ---- the other views --------------------------------------------------------------------------------------------

async function renderSignatoryView(state, signal) {
  if (!state.name) {
    document.title = 'Signatories – hrc-search';
    const content = await renderDirectory(state, navigate, signal);
    replace(view, h('div', {class: 'page-view', id: 'signatory-view'}, content));
    return;
  }
  document.title = `${state.name} – hrc-search`;
  replace(view, h('div', {class: 'page-view'}, h('p', {class: 'muted'}, `Loading the documents of ${state.name}…`)));
  // A State's name also has a voting record: its sponsorships show beside its documents.
  const [result, record] = await Promise.all([loadSignatory(state.name, signal),
    loadVotesIfState(state.name, signal).catch((e) => (e.name === 'AbortError' ? Promise.reject(e) : null))]);
  if (signal.aborted) return;
  replace(view, h('div', {class: 'page-view', id: 'signatory-view'}, renderSignatory(state, result),
      record ? renderSponsoredActions(record) : null));
  announce(`${result.name}: ${plural(result.total, 'document')}`);
}

async function renderDocumentView(state, signal) {
  replace(view, h('div', {class: 'page-view'}, h('p', {class: 'muted'}, 'Loading the document…')));
  const doc = await loadDocument(state.id, signal);
  if (signal.aborted) return;
  document.title = `${doc.symbol || doc.title || 'Document'} – hrc-search`;
  replace(view, h('div', {class: 'page-view', id: 'document-view'}, renderDocument(state, doc)));
}

async function renderActionsView(state, signal) {
  document.title = 'Council actions – hrc-search';
  const root = view.querySelector('#actions-view');
  if (root) root.classList.add('loading'); else replace(view, h('div', {id: 'actions-view'}, h('p', {class: 'muted'}, 'Loading the actions…')));
  const {count, nodes} = await renderActions(state, signal, navigate);
  if (signal.aborted) return;
  replace(view, h('div', {id: 'actions-view'}, nodes));
  announce(count);
}

async function renderProposalView(state, signal) {
  document.title = `${state.symbol || 'Proposal'} – hrc-search`;
  replace(view, h('div', {class: 'page-view'}, h('p', {class: 'muted'}, `Loading the story of ${state.symbol}…`)));
  let story;
  try {
    story = await loadStory(state.symbol, signal);
  } catch (e) {
    if (e.status !== 404 && e.status !== 400) throw e;
    replace(view, h('div', {class: 'page-view', id: 'proposal-view'}, renderNotFound(state.symbol, e)));
    announce(`No Council action found for ${state.symbol}`);
    return;
  }
  if (signal.aborted) return;
  document.title = `${story.draft || story.resulting || story.title} – hrc-search`;
  replace(view, h('div', {class: 'page-view', id: 'proposal-view'}, renderProposal(story)));
}

async function renderVotesView(state, signal) {
  document.title = `${state.name || 'Voting record'} – hrc-search`;
  replace(view, h('div', {class: 'page-view'}, h('p', {class: 'muted'}, `Loading the voting record of ${state.name}…`)));
  const record = await loadVotes(state.name, signal);
  if (signal.aborted) return;
  document.title = `${record.state}: voting record – hrc-search`;
  replace(view, h('div', {class: 'page-view', id: 'votes-view'}, renderVotes(record)));
  announce(`${record.state}: ${plural(record.counts.votes, 'recorded vote')}`);
}

function showViewError(state, e) {
  replace(view, h('div', {class: 'page-view'},
      h('p', {class: 'back'}, h('a', {href: stateUrl({...state, view: 'search'}), 'data-nav': ''}, '← Back to the search')),
      h('h2', {id: 'view-heading', tabindex: '-1'}, 'Something went wrong'),
      h('div', {class: 'message error', role: 'alert', id: 'error-message'},
          h('p', {}, e.unavailable ? unavailableText(e) : `Sorry: ${e.message}.`))));
}

/** What a 503 means to a user: busy (retry soon) or no index the server can trust (the API says why). */
export function unavailableText(e) {
  if (e.overloaded) return 'The server is busy with other searches right now. Try again in a moment.';
  if (e.code === 'index_unavailable') return `The server cannot read its index right now (${e.message}). Try again later.`;
  return 'The server cannot answer right now. Try again in a moment.';
}

// ---- the reindexing banner --------------------------------------------------------------------------------------

/** What /health says about a rebuild or an unreadable index, in the words a user needs; null when all is well. */
export function healthMessage(health) {
  const status = String(health?.status || '').toLowerCase();
  if (status && status !== 'ok') return `The index cannot be read right now (status: ${status}); searches will fail until it is back.`;
  if (health?.reindexing === true) return 'The index is being rebuilt: until it is done, results come from the previous version.';
  return null;
}

async function checkHealth() {
  let message = null;
  try {
    message = healthMessage(await getJson('/health'));
  } catch (e) {
    message = e.unavailable ? 'The index cannot be read right now; searches will fail until it is back.'
      : e.status === 0 ? 'The server is not answering: check that it is running.' : null;
  }
  banner.hidden = !message;
  banner.textContent = message || '';
}

checkHealth();
setInterval(() => { if (document.visibilityState === 'visible') checkHealth(); }, 30000);
render(current, null);
