// The document view: metadata, the documents it cites and that cite it, why each concern was given, and its text
// page by page. Needs GET /api/documents/{id}; on a server without it, shows what the search answer said.
import {getJson, getJsonOrText, path} from './api.js';
import {formatDate, h, markedText, replace} from './dom.js';
import {valueLabel} from './labels.js';
import {stateUrl} from './state.js';
import {displayTitle, documentUrl, pageLink, signatoryUrl} from './results.js';
import {backLink} from './signatory.js';

/** Loads a document: {doc, complete}; complete is false when only the search hit was known. */
export async function loadDocument(id, knownHit, signal) {
  try {
    const body = await getJson(path('/api/documents', id), {signal});
    return {doc: body?.document || body, complete: true};
  } catch (e) {
    if (e.routeMissing && knownHit) return {doc: knownHit, complete: false};
    if (e.routeMissing) {
      e.message = 'this server cannot show single documents yet (it has no /api/documents route); '
          + 'go back to the search to see this document among the results';
    } else if (e.status === 404) {
      e.message = `there is no document with id ${id}; the index may have been rebuilt since the link was made`;
    }
    throw e;
  }
}

export function renderDocument(state, {doc, complete}) {
  const pages = Number(doc.pages) || (Array.isArray(doc.page_texts) ? doc.page_texts.length : 0);
  const rows = [
    ['Symbol', doc.symbol],
    ['Type', doc.type && valueLabel('type', doc.type)],
    ['Session', doc.session && valueLabel('session', doc.session)],
    ['UPR session', doc.upr_session && valueLabel('upr_session', doc.upr_session)],
    ['State under review', doc.state || doc.state_under_review],
    ['Date', doc.date && h('time', {datetime: doc.date}, formatDate(doc.date))],
    ['Language', valueLabel('lang', doc.language || doc.lang)],
    ['Pages', pages > 0 && String(pages)],
    ['Signatories', names(doc.signatories, state)],
    ['Sponsors', names(doc.sponsors, state)],
    ['Recommending States', names(doc.recommending_states, state)],
    ['Concerns', concerns(doc.concerns)],
    ['Cites', symbols(doc.references, state)],
    ['Cited by', citedBy(doc.cited_by, state)],
  ].filter(([, v]) => v && (!(v instanceof Node) || v.childNodes.length));
  const file = doc.file || `/api/documents/${encodeURIComponent(doc.id)}/file`;
  return [
    backLink(state),
    h('h2', {id: 'view-heading', tabindex: '-1'}, displayTitle(doc)),
    h('p', {}, h('a', {href: file, target: '_blank', rel: 'noopener', class: 'button-link pdf-link'}, 'Open the original PDF')),
    complete ? null : h('p', {class: 'message', role: 'note'},
        'This server cannot show the full record of a document yet: below is what the search found. ',
        'Citations, concerns and the text page by page will appear here once it can.'),
    h('dl', {class: 'metadata'}, rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    complete ? textSection(doc, state, pages) : snippetsOf(doc),
  ];
}

function names(list, state) {
  if (!Array.isArray(list) || !list.length) return null;
  const out = h('span', {});
  list.forEach((name, i) => {
    if (i > 0) out.append(', ');
    out.append(h('a', {href: signatoryUrl(state, name), 'data-nav': ''}, name));
  });
  return out;
}

function concerns(list) {
  if (!Array.isArray(list) || !list.length) return null;
  return h('ul', {class: 'plain'}, list.map((c) => {
    if (typeof c === 'string') return h('li', {}, valueLabel('concern', c));
    const evidence = (c.evidence || []).map((e) => (typeof e === 'string' ? e
      : `“${e.phrase}”${e.count > 1 ? ` ×${e.count}` : ''}`));
    return h('li', {}, h('strong', {}, c.label || valueLabel('concern', c.id)),
        evidence.length ? h('span', {class: 'muted'}, ` because of ${evidence.join(', ')}`) : null);
  }));
}

/** Cited symbols link to a search for the symbol, which finds the document and everything else citing it. */
function symbols(list, state) {
  if (!Array.isArray(list) || !list.length) return null;
  return h('ul', {class: 'plain'}, list.map((r) => {
    const symbol = typeof r === 'string' ? r : r.symbol;
    if (typeof r === 'object' && r.id) {
      return h('li', {}, h('a', {href: documentUrl(state, r.id), 'data-nav': ''}, symbol || displayTitle(r)));
    }
    return h('li', {}, h('a', {href: stateUrl({view: 'search', q: symbol, filters: {}, sort: 'relevance', page: 1}),
      'data-nav': ''}, symbol));
  }));
}

function citedBy(list, state) {
  if (!Array.isArray(list) || !list.length) return null;
  return h('ul', {class: 'plain'}, list.map((d) => (typeof d === 'string'
    ? h('li', {}, h('a', {href: stateUrl({view: 'search', q: d, filters: {}, sort: 'relevance', page: 1}),
      'data-nav': ''}, d))
    : h('li', {}, h('a', {href: documentUrl(state, d.id), 'data-nav': ''}, displayTitle(d)),
        d.symbol && d.title ? h('span', {class: 'muted'}, ` ${d.symbol}`) : null))));
}

function snippetsOf(hit) {
  const list = (hit.snippets || []).filter((s) => s && s.text);
  if (!list.length) return null;
  return h('section', {class: 'doc-text', 'aria-labelledby': 'passages-h'},
      h('h3', {id: 'passages-h'}, 'Passages that matched'),
      h('ul', {class: 'snippets'}, list.map((s) => h('li', {}, markedText(s.text), ' ',
          s.page > 0 && h('a', {href: pageLink(hit, s.page), class: 'page-link', target: '_blank', rel: 'noopener',
            'aria-label': `page ${s.page} (opens the PDF at this page in a new tab)`}, `p. ${s.page}`)))));
}

/** The text of one page, with links to the other pages; the page is in the URL (p=). */
function textSection(doc, state, pages) {
  const page = Math.min(Math.max(1, state.p || 1), Math.max(1, pages));
  const body = h('div', {class: 'page-text', id: 'page-text', tabindex: '-1', 'aria-live': 'polite'},
      h('p', {class: 'muted'}, 'Loading the text…'));
  const go = (n) => h('a', {href: stateUrl({...state, p: n}), 'data-nav': '', 'data-focus': 'page-text'});
  const nav = pages > 1 ? h('nav', {class: 'pager', 'aria-label': 'Pages of the document'},
      page > 1 ? Object.assign(go(page - 1), {textContent: '← Previous page'}) : h('span', {class: 'muted'}, '← Previous page'),
      h('span', {class: 'pager-status'}, `Page ${page} of ${pages}`),
      page < pages ? Object.assign(go(page + 1), {textContent: 'Next page →'}) : h('span', {class: 'muted'}, 'Next page →'))
    : null;
  getJsonOrText(`${path('/api/documents', doc.id, 'text')}?page=${page}`).then(
      (answer) => {
        const text = answer.json ? (answer.json.text ?? '') : answer.text;
        replace(body, text.trim() ? h('div', {class: 'text'}, text) : h('p', {class: 'muted'}, 'This page has no text.'));
      },
      (e) => replace(body, h('p', {class: 'message'}, e.routeMissing
        ? 'This server cannot show the text page by page yet; open the PDF instead.'
        : `The text could not be loaded: ${e.message}`)));
  return h('section', {class: 'doc-text', 'aria-labelledby': 'text-h'},
      h('h3', {id: 'text-h'}, 'Text'),
      h('p', {}, h('a', {href: pageLink(doc, page), target: '_blank', rel: 'noopener', class: 'pdf-link'},
          `Open page ${page} in the PDF`)),
      nav, body);
}
