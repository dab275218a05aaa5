// The result list: one entry per document, with its metadata, the first signatories and snippets whose page
// numbers open the PDF at that page.
import {formatDate, h, markedText, plural} from './dom.js';
import {textAttributes} from './fields.js';
import {valueLabel} from './labels.js';
import {stateUrl, withChanges, PAGE_SIZE} from './state.js';

const SIGNATORIES_SHOWN = 3;
/** A session report cites every draft it tells of: a hit names the fate of the first few only. */
const ACTIONS_SHOWN = 3;

/** The link to a document's PDF opened at a page: "/api/documents/ab12/file#page=3". */
export function pageLink(hit, page) {
  return `${hit.file}#page=${page}`;
}

export function documentUrl(state, id) {
  return stateUrl({...state, view: 'document', id, p: 1});
}

export function signatoryUrl(state, name) {
  return stateUrl({...state, view: 'signatory', name});
}

/** The title a document is shown by: its title, else its symbol, else a plain description. */
export function displayTitle(doc) {
  return doc.title?.trim() || doc.symbol || `${valueLabel('type', doc.type) || 'Document'} without a title`;
}

export function renderHits(hits, state, firstNumber) {
  return h('ol', {class: 'results', start: firstNumber}, hits.map((hit) => renderHit(hit, state)));
}

function renderHit(hit, state) {
  const meta = [
    hit.symbol && h('span', {class: 'symbol'}, hit.symbol),
    hit.type && h('span', {}, valueLabel('type', hit.type)),
    hit.session && h('span', {}, valueLabel('session', hit.session)),
    hit.date && h('span', {}, h('time', {datetime: hit.date}, formatDate(hit.date))),
    hit.pages > 0 && h('span', {}, plural(hit.pages, 'page')),
  ].filter(Boolean);
  return h('li', {class: 'hit', 'data-id': hit.id},
      h('h3', {class: 'hit-title', ...textAttributes(hit.lang)},
          h('a', {href: documentUrl(state, hit.id), 'data-nav': ''}, displayTitle(hit))),
      h('p', {class: 'meta'}, meta),
      alsoIn(hit, state),
      signatories(hit.signatories, state),
      concerns(hit.concerns),
      outcomes(hit.actions || []),
      snippets(hit));
}

/** "Also in: Arabic / العربية, French / Français": the same text in the other languages, each a link to it. */
function alsoIn(hit, state) {
  if (!hit.also_in?.length) return null;
  const p = h('p', {class: 'also-in'}, h('span', {class: 'field-name'}, 'Also in: '));
  join(p, hit.also_in.map((v) => h('a', {href: documentUrl(state, v.id), 'data-nav': '', 'data-lang': v.lang,
    hreflang: v.lang}, valueLabel('lang', v.lang))));
  return p;
}

/** "Signed by A, B, C and 4 more", where "and 4 more" expands the list in place. */
function signatories(names, state) {
  if (!names.length) return null;
  const link = (name) => h('a', {href: signatoryUrl(state, name), 'data-nav': '', class: 'signatory'}, name);
  const first = names.slice(0, SIGNATORIES_SHOWN);
  const rest = names.slice(SIGNATORIES_SHOWN);
  const p = h('p', {class: 'signatories'}, h('span', {class: 'field-name'}, 'Signed by '));
  join(p, first.map(link));
  if (rest.length) {
    const more = h('button', {type: 'button', class: 'link-button', 'aria-expanded': 'false'}, `and ${rest.length} more`);
    more.addEventListener('click', () => {
      const extra = h('span', {});
      join(extra, rest.map(link), ', ');
      more.replaceWith(', ', extra);
      extra.querySelector('a')?.focus();
    });
    p.append(' ', more);
  }
  return p;
}

function join(parent, nodes, sep = ', ') {
  nodes.forEach((n, i) => {
    if (i > 0) parent.append(sep);
    parent.append(n);
  });
}

/** "A/HRC/52/L.12: adopted without a vote as resolution 52/7", for each draft the hit is or cites. */
function outcomes(actions) {
  if (!actions.length) return null;
  const shown = actions.slice(0, ACTIONS_SHOWN).map((a) =>
      h('span', {class: 'outcome'}, h('span', {class: 'symbol'}, a.draft || a.cited), `: ${a.summary}`));
  const p = h('p', {class: 'outcomes'});
  join(p, shown, '; ');
  const rest = actions.length - shown.length;
  if (rest > 0) p.append(`; and ${plural(rest, 'other draft')}`);
  return p;
}

function concerns(ids) {
  if (!ids.length) return null;
  return h('p', {class: 'concerns'}, h('span', {class: 'field-name'}, 'Concerns: '),
      ids.map((id) => h('span', {class: 'tag'}, valueLabel('concern', id))));
}

function snippets(hit) {
  const list = hit.snippets.filter((s) => s.text);
  if (!list.length) return null;
  return h('ul', {class: 'snippets'}, list.map((s) => h('li', textAttributes(hit.lang),
      h('span', {class: 'snippet-text'}, markedText(s.text)), ' ',
      s.page > 0 && h('a', {href: pageLink(hit, s.page), class: 'page-link', target: '_blank', rel: 'noopener',
        'aria-label': `page ${s.page} (opens the PDF at this page in a new tab)`}, `p. ${s.page}`))));
}

/** "Previous", "Page 2 of 5", "Next" as links, so they also work with a middle click. */
export function renderPager(state, total) {
  // The API pages through the first 10,000 hits; past them a narrower query is the way on.
  const pages = Math.min(Math.max(1, Math.ceil(total / PAGE_SIZE)), Math.floor(10000 / PAGE_SIZE));
  if (pages <= 1) return null;
  const page = Math.min(state.page, pages);
  const link = (n, text, rel) => h('a', {href: stateUrl(withChanges(state, {page: n})), 'data-nav': '', rel,
    'data-focus': 'results'}, text);
  return h('nav', {class: 'pager', 'aria-label': 'Result pages'},
      page > 1 ? link(page - 1, '← Previous', 'prev') : h('span', {class: 'muted', 'aria-hidden': 'true'}, '← Previous'),
      h('span', {class: 'pager-status', 'aria-current': 'page'}, `Page ${page} of ${pages}`),
      page < pages ? link(page + 1, 'Next →', 'next') : h('span', {class: 'muted', 'aria-hidden': 'true'}, 'Next →'));
}
