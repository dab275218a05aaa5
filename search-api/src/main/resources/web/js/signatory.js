// The signatory view: every document an organisation or State signed or sponsored, grouped by session
// (GET /api/signatories/{name}/documents), and the directory of the names with the most documents
// (GET /api/signatories).
import {getJson, path} from './api.js';
import {formatDate, h, plural} from './dom.js';
import {valueLabel} from './labels.js';
import {feedUrl, searchOf, stateUrl, toggleFilter} from './state.js';
import {followLink} from './follow.js';
import {displayTitle, documentUrl, signatoryUrl} from './results.js';

/** How a document's roles read beside it: ["signatory", "sponsor"] -> "signed and sponsored". */
const ROLES = {signatory: 'signed', sponsor: 'sponsored'};

/**
 * Links to a search within the documents the name signed, and within those it sponsored: filters are ANDed, so
 * a State that sponsored drafts and signed nothing needs the sponsor filter, and one that did both gets both.
 */
function searchWithin(state, result) {
  const roles = new Set(result.sessions.flatMap((g) => g.documents.flatMap((d) => d.roles)));
  const links = ['signatory', 'sponsor'].filter((role) => roles.has(role)).map((role) =>
    h('a', {href: stateUrl(toggleFilter({...searchOf(state), q: '', filters: {}}, role, result.name, true)),
      'data-nav': ''}, `Search within the documents it ${ROLES[role]}`));
  return links.length ? h('p', {class: 'search-within'}, links.flatMap((a, i) => (i ? [' · ', a] : [a]))) : null;
}

/**
 * The feed of the name's new documents: those it signed, those it sponsored, or, for a name that did both, either
 * (one query, as filters on two fields would be ANDed).
 */
function signatoryFeed(result) {
  const roles = new Set(result.sessions.flatMap((g) => g.documents.flatMap((d) => d.roles)));
  if (!roles.size) return null;
  const base = {q: '', filters: {}, sort: 'relevance'};
  let state;
  if (roles.size === 2 && !result.name.includes('"')) {
    state = {...base, q: `signatory:"${result.name}" OR sponsor:"${result.name}"`};
  } else {
    state = {...base, filters: {[roles.has('signatory') ? 'signatory' : 'sponsor']: [result.name]}};
  }
  return followLink(feedUrl(state), `Follow the new documents of ${result.name}`, 'follow-signatory');
}

/**
 * Loads the documents of one signatory, by session in the Council's order and by date within a session:
 * {name, aliases, total, sessions: [{session, label, documents: [{id, symbol, title, type, date, roles, country}]}],
 * suggestions}. The name in the answer is the canonical one, whichever alias was asked for.
 */
export function loadSignatory(name, signal) {
  return getJson(path('/api/signatories', name, 'documents'), {signal});
}

export function renderSignatory(state, result) {
  const heading = h('h2', {id: 'view-heading', tabindex: '-1'}, result.name);
  const summary = result.total
    ? `${plural(result.total, 'document')} signed or sponsored, in ${plural(result.sessions.length, 'session')}.`
    : 'No document in the index was signed or sponsored by this name.';
  return [
    backLink(state),
    heading,
    result.aliases.length ? h('p', {class: 'muted'}, `Also written: ${result.aliases.join(', ')}`) : null,
    h('p', {class: 'lead', id: 'signatory-summary'}, summary),
    result.suggestions.length ? h('p', {id: 'signatory-suggestions'}, 'Names that start alike: ',
        result.suggestions.map((name, i) => [i > 0 ? ', ' : null,
          h('a', {href: signatoryUrl(state, name), 'data-nav': ''}, name)])) : null,
    searchWithin(state, result),
    signatoryFeed(result),
    result.sessions.map((g) => h('section', {class: 'session-group', 'aria-labelledby': `g-${cssId(g.session)}`},
        h('h3', {id: `g-${cssId(g.session)}`}, g.label, ' ', h('span', {class: 'count'}, `(${g.documents.length})`)),
        h('ul', {class: 'doc-list'}, g.documents.map((d) => h('li', {},
            h('a', {href: documentUrl(state, d.id), 'data-nav': ''}, displayTitle(d)),
            h('span', {class: 'meta'}, [d.symbol, valueLabel('type', d.type), formatDate(d.date),
              d.roles.map((r) => ROLES[r]).join(' and '), d.country && `from ${d.country}`]
                .filter(Boolean).join(' · '))))))),
  ];
}

/** The directory: a box to find a name, and the names with the most documents signed or sponsored. */
export async function renderDirectory(state, navigate, signal) {
  const input = h('input', {id: 'signatory-name', type: 'search', autocomplete: 'off', list: 'signatory-names',
    required: true});
  const datalist = h('datalist', {id: 'signatory-names'});
  const form = h('form', {class: 'inline-form'},
      h('label', {for: 'signatory-name'}, 'Organisation or State'), ' ',
      input, datalist, ' ', h('button', {type: 'submit'}, 'Show documents'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (input.value.trim()) navigate({...state, view: 'signatory', name: input.value.trim()}, {focus: 'heading'});
  });
  const {signatories} = await getJson('/api/signatories?size=100', {signal});
  for (const s of signatories) datalist.append(h('option', {value: s.name}));
  return [
    h('h2', {id: 'view-heading', tabindex: '-1'}, 'Signatories and sponsors'),
    h('p', {class: 'lead'}, 'Every document an organisation or State signed or sponsored, grouped by session.'),
    form,
    signatories.length ? h('section', {class: 'directory'},
        h('h3', {}, 'The organisations and States with the most documents signed or sponsored'),
        h('ul', {class: 'doc-list columns'}, signatories.map((s) => h('li', {},
            h('a', {href: signatoryUrl(state, s.name), 'data-nav': ''}, s.name), ' ',
            h('span', {class: 'count'}, `(${s.documents})`)))))
      : h('p', {class: 'message'},
          'No signatories or sponsors are in the index yet: they come from the letters’ signature blocks and the ',
          'drafts’ sponsor lines, as the indexer reads them.'),
  ];
}

function backLink(state) {
  return h('p', {class: 'back'}, h('a', {href: stateUrl(searchOf(state)), 'data-nav': ''}, '← Back to the search'));
}

/** An id for a session group; documents without a session (session null) have a group of their own. */
function cssId(session) {
  return session === null ? 'none' : String(session).replace(/[^A-Za-z0-9_-]/g, '_');
}

export {backLink};
