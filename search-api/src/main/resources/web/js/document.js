// The document view: metadata, the documents it cites and that cite it, why each concern was given, and its text
// page by page (GET /api/documents/{id} and .../text?page=N).
import {getJson, path} from './api.js';
import {formatDate, h, replace} from './dom.js';
import {textAttributes} from './fields.js';
import {valueLabel} from './labels.js';
import {actionUrl, stateUrl} from './state.js';
import {displayTitle, documentUrl, pageLink, signatoryUrl} from './results.js';
import {backLink} from './signatory.js';

/** Loads a document's record; an id the index does not have is explained, since it comes from an old link. */
export async function loadDocument(id, signal) {
  try {
    return await getJson(path('/api/documents', id), {signal});
  } catch (e) {
    if (e.code === 'document_not_found') {
      e.message = `there is no document with id ${id}; the index may have been rebuilt since the link was made`;
    }
    throw e;
  }
}

export function renderDocument(state, doc) {
  const rows = [
    ['Symbol', doc.symbol],
    ['Type', doc.type_label],
    ['Session', doc.session && valueLabel('session', doc.session)],
    ['UPR session', doc.upr_session && valueLabel('upr_session', doc.upr_session)],
    ['State under review', doc.state_under_review],
    ['Date', doc.date && h('time', {datetime: doc.date}, formatDate(doc.date))],
    ['Language', valueLabel('lang', doc.lang)],
    ['Versions', versions(doc.versions, state)],
    ['Pages', doc.pages > 0 && String(doc.pages)],
    ['Signatories', names(doc.signatories, state, countries(doc.signatory_countries))],
    ['Sponsors', names(doc.sponsors, state)],
    ['Recommending States', names(doc.recommending_states, state)],
    ['Concerns', concerns(doc.concerns)],
    ['Cites', symbols(doc.references, state)],
    ['Cited by', citedBy(doc.cited_by, state)],
    ['Council action', councilActions(doc.actions)],
  ].filter(([, v]) => v);
  return [
    backLink(state),
    h('h2', {id: 'view-heading', tabindex: '-1', ...textAttributes(doc.lang)}, displayTitle(doc)),
    h('p', {}, h('a', {href: doc.file, target: '_blank', rel: 'noopener', class: 'button-link pdf-link'}, 'Open the original PDF')),
    h('dl', {class: 'metadata'}, rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    textSection(doc, state),
  ];
}

/**
 * The other documents of its symbol, the same text in other languages or files, each a link by its language:
 * "Arabic / العربية", and "French / Français (2)" for a language's second file.
 */
function versions(list, state) {
  if (!list?.length) return null;
  const seen = {};
  return h('ul', {class: 'plain', id: 'document-versions'}, list.map((v) => {
    seen[v.lang] = (seen[v.lang] || 0) + 1;
    const label = valueLabel('lang', v.lang) + (seen[v.lang] > 1 ? ` (${seen[v.lang]})` : '');
    return h('li', {}, h('a', {href: documentUrl(state, v.id), 'data-nav': '', 'data-lang': v.lang, hreflang: v.lang},
        label));
  }));
}

/** The names as links to their signatory views, each followed by the country the document prints for it. */
function names(list, state, countryOf = new Map()) {
  if (!list.length) return null;
  const out = h('span', {});
  list.forEach((name, i) => {
    if (i > 0) out.append(', ');
    out.append(h('a', {href: signatoryUrl(state, name), 'data-nav': ''}, name));
    if (countryOf.has(name)) out.append(` (${countryOf.get(name)})`);
  });
  return out;
}

/** [{name, country}] as a map from name to country. */
function countries(list) {
  return new Map((list || []).map((c) => [c.name, c.country]));
}

function concerns(list) {
  if (!list.length) return null;
  return h('ul', {class: 'plain'}, list.map((c) => {
    const evidence = c.evidence.map((e) => `“${e.phrase}”${e.count > 1 ? ` ×${e.count}` : ''}`);
    return h('li', {}, h('strong', {}, c.label),
        evidence.length ? h('span', {class: 'muted'}, ` because of ${evidence.join(', ')}`) : null);
  }));
}

/**
 * A cited symbol links to its document when the index holds it, else to a search for the symbol, which finds
 * everything else citing it.
 */
function symbols(list, state) {
  if (!list.length) return null;
  return h('ul', {class: 'plain'}, list.map((r) => h('li', {}, h('a', {
    href: r.id ? documentUrl(state, r.id) : stateUrl({view: 'search', q: r.symbol, filters: {}, sort: 'relevance', page: 1}),
    'data-nav': ''}, r.symbol))));
}

/** What became of the drafts the document is or cites, each a link to that proposal's story. */
function councilActions(list) {
  if (!list?.length) return null;
  return h('ul', {class: 'plain', id: 'document-actions'}, list.map((a) => h('li', {},
      h('a', {href: actionUrl(a.draft || a.cited), 'data-nav': '', class: 'proposal-link'}, a.cited), ': ',
      a.summary)));
}

function citedBy(list, state) {
  if (!list.length) return null;
  return h('ul', {class: 'plain'}, list.map((d) => h('li', {},
      h('a', {href: documentUrl(state, d.id), 'data-nav': ''}, displayTitle(d)),
      d.symbol && d.title ? h('span', {class: 'muted'}, ` ${d.symbol}`) : null)));
}

/** The text of one page, with links to the other pages; the page is in the URL (p=). */
function textSection(doc, state) {
  const pages = doc.pages;
  const heading = h('h3', {id: 'text-h'}, 'Text');
  if (pages === 0) {
    // The text route has no page to give (a scan that needs OCR): say so instead of asking for one.
    return h('section', {class: 'doc-text', 'aria-labelledby': 'text-h'}, heading,
        h('p', {class: 'message'}, 'The index holds no text for this document (a scan that needs OCR); open the PDF to read it.'));
  }
  const page = Math.min(Math.max(1, state.p || 1), pages);
  const body = h('div', {class: 'page-text', id: 'page-text', tabindex: '-1', 'aria-live': 'polite'},
      h('p', {class: 'muted'}, 'Loading the text…'));
  const go = (n) => h('a', {href: stateUrl({...state, p: n}), 'data-nav': '', 'data-focus': 'page-text'});
  const nav = pages > 1 ? h('nav', {class: 'pager', 'aria-label': 'Pages of the document'},
      page > 1 ? Object.assign(go(page - 1), {textContent: '← Previous page'}) : h('span', {class: 'muted'}, '← Previous page'),
      h('span', {class: 'pager-status'}, `Page ${page} of ${pages}`),
      page < pages ? Object.assign(go(page + 1), {textContent: 'Next page →'}) : h('span', {class: 'muted'}, 'Next page →'))
    : null;
  getJson(`${path('/api/documents', doc.id, 'text')}?page=${page}`).then(
      (answer) => replace(body, answer.text.trim() ? h('div', {class: 'text', ...textAttributes(doc.lang)}, answer.text)
        : h('p', {class: 'muted'}, 'This page has no text.')),
      (e) => replace(body, h('p', {class: 'message'}, `The text could not be loaded: ${e.message}`)));
  return h('section', {class: 'doc-text', 'aria-labelledby': 'text-h'},
      heading,
      h('p', {}, h('a', {href: pageLink(doc, page), target: '_blank', rel: 'noopener', class: 'pdf-link'},
          `Open page ${page} in the PDF`)),
      nav, body);
}
