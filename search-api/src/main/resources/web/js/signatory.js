// The signatory view: every document an organisation or State signed or sponsored, grouped by session.
// Uses GET /api/signatories/{name}/documents when the server has it, else two searches (signatory=, sponsor=).
import {getJson, path} from './api.js';
import {formatDate, h, plural} from './dom.js';
import {sessionKey, valueLabel} from './labels.js';
import {searchOf, searchParams, stateUrl, toggleFilter} from './state.js';
import {displayTitle, documentUrl, signatoryUrl} from './results.js';

/** How many documents the fallback reads at most (10 pages of 100). */
const FALLBACK_PAGES = 10;

/** Loads the documents of one signatory: {name, documents: [{id, symbol, title, type, session, date, role}], capped}. */
export async function loadSignatory(name, signal) {
  try {
    const body = await getJson(path('/api/signatories', name, 'documents'), {signal});
    return {name: body?.name || body?.canonical || name, aliases: body?.aliases || [], documents: documentsOf(body),
      capped: false};
  } catch (e) {
    if (!e.routeMissing) throw e;
  }
  const [signed, sponsored] = await Promise.all([
    searchAll('signatory', name, signal), searchAll('sponsor', name, signal)]);
  const byId = new Map();
  for (const d of signed.hits) byId.set(d.id, {...d, role: 'signed'});
  for (const d of sponsored.hits) byId.set(d.id, {...d, role: byId.has(d.id) ? 'signed and sponsored' : 'sponsored'});
  const canonical = signed.hits.flatMap((d) => d.signatories || [])
      .find((s) => s.toLowerCase() === name.toLowerCase()) || name;
  return {name: canonical, aliases: [], documents: [...byId.values()], capped: signed.capped || sponsored.capped};
}

/** Accepts the shapes a documents answer may take: a list, {documents}, {hits} or {sessions: [{session, documents}]}. */
function documentsOf(body) {
  if (Array.isArray(body)) return body;
  if (Array.isArray(body?.documents)) return body.documents;
  if (Array.isArray(body?.hits)) return body.hits;
  if (Array.isArray(body?.sessions)) {
    return body.sessions.flatMap((s) => (s.documents || []).map((d) => ({session: s.session ?? s.value, ...d})));
  }
  return [];
}

async function searchAll(filter, name, signal) {
  const hits = [];
  for (let page = 1; page <= FALLBACK_PAGES; page++) {
    const params = searchParams({q: '', filters: {[filter]: [name]}, sort: 'date'}, {size: 100, page});
    const body = await getJson(`/api/search?${params}`, {signal});
    hits.push(...body.hits);
    if (hits.length >= body.total || !body.hits.length) return {hits, capped: false};
  }
  return {hits, capped: true};
}

/** Groups documents by session, sessions in Council order, documents by date; UPR and unknown sessions last. */
export function groupBySession(documents) {
  const groups = new Map();
  for (const d of documents) {
    const key = d.session ? `s:${d.session}` : d.upr_session ? `u:${d.upr_session}` : 'none';
    if (!groups.has(key)) {
      groups.set(key, {
        key,
        label: d.session ? valueLabel('session', d.session)
          : d.upr_session ? valueLabel('upr_session', d.upr_session) : 'Without a session',
        order: d.session ? sessionKey(d.session) : d.upr_session ? 20000 + Number(d.upr_session) : 99999,
        documents: [],
      });
    }
    groups.get(key).documents.push(d);
  }
  const out = [...groups.values()].sort((a, b) => a.order - b.order);
  for (const g of out) g.documents.sort((a, b) => String(a.date || '').localeCompare(String(b.date || '')));
  return out;
}

export function renderSignatory(state, result) {
  const groups = groupBySession(result.documents);
  const heading = h('h2', {id: 'view-heading', tabindex: '-1'}, result.name);
  const summary = result.documents.length
    ? `${plural(result.documents.length, 'document')} signed or sponsored, in ${plural(groups.length, 'session')}.`
    : 'No document in the index was signed or sponsored by this name.';
  return [
    backLink(state),
    heading,
    result.aliases?.length ? h('p', {class: 'muted'}, `Also written: ${result.aliases.join(', ')}`) : null,
    h('p', {class: 'lead', id: 'signatory-summary'}, summary),
    result.capped ? h('p', {class: 'message'}, 'Only the first 1,000 documents are listed.') : null,
    result.documents.length ? h('p', {},
        h('a', {href: stateUrl(toggleFilter({...searchOf(state), q: '', filters: {}}, 'signatory', result.name, true)),
          'data-nav': ''}, 'Search within the documents it signed')) : null,
    groups.map((g) => h('section', {class: 'session-group', 'aria-labelledby': `g-${cssId(g.key)}`},
        h('h3', {id: `g-${cssId(g.key)}`}, g.label, ' ', h('span', {class: 'count'}, `(${g.documents.length})`)),
        h('ul', {class: 'doc-list'}, g.documents.map((d) => h('li', {},
            h('a', {href: documentUrl(state, d.id), 'data-nav': ''}, displayTitle(d)),
            h('span', {class: 'meta'}, [d.symbol, valueLabel('type', d.type), formatDate(d.date), d.role]
                .filter(Boolean).join(' · '))))))),
  ];
}

/** The directory: a box to find a name, and the most frequent signatories and sponsors with their counts. */
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
  let names;
  try {
    const body = await getJson('/api/signatories?size=100', {signal});
    const list = Array.isArray(body) ? body : body?.signatories || body?.values || [];
    names = {signatory: list.map((s) => ({value: s.name || s.value, count: s.documents ?? s.count ?? 0}))};
  } catch (e) {
    if (!e.routeMissing) throw e;
    const body = await getJson('/api/search?size=1', {signal});
    names = {signatory: body.facets?.signatory || [], sponsor: body.facets?.sponsor || []};
  }
  for (const v of [...(names.signatory || []), ...(names.sponsor || [])]) datalist.append(h('option', {value: v.value}));
  const list = (title, values) => !values?.length ? null : h('section', {class: 'directory'},
      h('h3', {}, title),
      h('ul', {class: 'doc-list columns'}, values.map((v) => h('li', {},
          h('a', {href: signatoryUrl(state, v.value), 'data-nav': ''}, v.value), ' ',
          h('span', {class: 'count'}, `(${v.count})`)))));
  return [
    h('h2', {id: 'view-heading', tabindex: '-1'}, 'Signatories and sponsors'),
    h('p', {class: 'lead'}, 'Every document an organisation or State signed or sponsored, grouped by session.'),
    form,
    list('Organisations and States that signed the most letters', names.signatory),
    list('States that sponsored the most drafts', names.sponsor),
    names.signatory?.length || names.sponsor?.length ? null : h('p', {class: 'message'},
        'No signatories or sponsors are in the index yet: they come from the letters’ signature blocks and the ',
        'drafts’ sponsor lines, as the indexer reads them.'),
  ];
}

function backLink(state) {
  return h('p', {class: 'back'}, h('a', {href: stateUrl(searchOf(state)), 'data-nav': ''}, '← Back to the search'));
}

function cssId(text) {
  return String(text).replace(/[^A-Za-z0-9_-]/g, '_');
}

export {backLink};
