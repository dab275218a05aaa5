// The proposal view: the whole story of one draft as the Council's session report tells it
// (GET /api/actions/{symbol}): sponsors, revisions and amendments, the vote as three lists and a count bar, the
// outcome, the text it became, the report's page, and the documents that cite the draft.
import {ApiError, getJson} from './api.js';
import {formatDate, h} from './dom.js';
import {valueLabel} from './labels.js';
import {stateUrl} from './state.js';
import {displayTitle, documentUrl} from './results.js';
import {backToActions, ordinal, sentence, sponsor, sponsorList, stateLink} from './council.js';

/** A search state with nothing in it: where the links out of a proposal go. */
const FRESH = {view: 'search', q: '', filters: {}, sort: 'relevance', page: 1};

/** The three positions of a recorded vote, in the order the reports print them. */
export const POSITIONS = ['in_favour', 'against', 'abstaining'];

/** The story of a proposal by any of its symbols; slashes stay path separators, each part encoded. */
export function loadStory(symbol, signal) {
  const parts = symbol.trim().split('/').filter(Boolean);
  // The API routes Council symbols of 4 to 6 parts; anything else would be its "no such route".
  if (parts.length < 4 || parts.length > 6 || parts[0].toUpperCase() !== 'A' || parts[1].toUpperCase() !== 'HRC') {
    return Promise.reject(new ApiError(400, 'bad_symbol', `'${symbol}' is not a Council symbol; name a draft `
        + '(A/HRC/43/L.31/Rev.1) or the text it became (A/HRC/RES/43/21)'));
  }
  return getJson(`/api/actions/${parts.map(encodeURIComponent).join('/')}`, {signal});
}

export function renderProposal(story) {
  const rows = [
    ['Draft', draftSymbol(story)],
    ['Session', story.session && valueLabel('session', story.session)],
    ['Meeting', meeting(story)],
    ['Main sponsors', sponsorList(story.sponsors)],
    ['Co-sponsors', sponsorList(story.co_sponsors)],
    ['Joined the sponsors later', sponsorList(story.joined_sponsors)],
    ['Oral revisions', story.orally_revised
      ? (story.orally_revised_by.length ? ['Orally revised by ', sponsorList(story.orally_revised_by)] : 'Orally revised')
      : null],
    ['Amendments', amendments(story.amendments)],
    ['Outcome', h('span', {id: 'proposal-outcome', 'data-outcome': story.outcome}, sentence(story.summary))],
    ['Resulting text', resulting(story)],
    ['Source', source(story)],
    ['Sources differ', story.warnings && story.warnings.length
      ? h('ul', {class: 'plain', id: 'proposal-warnings'}, story.warnings.map((w) => h('li', {}, sentence(w))))
      : null],
  ].filter(([, v]) => v);
  return [
    backToActions(),
    h('h2', {id: 'view-heading', tabindex: '-1'}, story.title || story.draft || 'Proposal'),
    h('p', {class: 'lead'}, [valueLabel('kind', story.kind), story.draft].filter(Boolean).join(' ')),
    h('dl', {class: 'metadata', id: 'proposal-facts'}, rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    story.vote ? renderVote(story.vote, 'vote', `Recorded vote on ${story.vote.subject}`) : null,
    story.other_votes.map((v, i) => renderVote(v, `vote-${i + 1}`, `Recorded vote on ${v.subject}`)),
    citedBy(story.cited_by),
  ];
}

/** The draft's symbol, a link to its document when the index holds it. */
function draftSymbol(story) {
  if (!story.draft) return null;
  return story.draft_text
    ? h('a', {href: documentUrl(FRESH, story.draft_text.id), 'data-nav': ''}, story.draft)
    : story.draft;
}

function meeting(story) {
  const parts = [story.meeting && `${ordinal(story.meeting)} meeting`,
    story.date && h('time', {datetime: story.date}, formatDate(story.date))].filter(Boolean);
  return parts.length ? parts.flatMap((p, i) => (i ? [', ', p] : [p])) : null;
}

function amendments(list) {
  if (!list.length) return null;
  return h('ul', {class: 'plain amendments'}, list.map((a) => h('li', {},
      h('span', {class: 'symbol'}, a.symbol || 'An amendment'),
      a.sponsors.length ? [' by ', sponsorList(a.sponsors)] : null,
      ': ', a.outcome ? valueLabel('outcome', a.outcome) : 'its fate is not told',
      a.vote?.tally ? ` (${tallyText(a.vote.tally)})` : null)));
}

function resulting(story) {
  if (!story.resulting) return null;
  if (story.adopted_text) {
    return h('a', {href: documentUrl(FRESH, story.adopted_text.id), 'data-nav': '', id: 'resulting-link'}, story.resulting);
  }
  // Not indexed: a search for the symbol finds what cites it.
  return [story.resulting, ' ', h('span', {class: 'muted'}, '(its text is not in the index: '),
    h('a', {href: stateUrl({...FRESH, q: story.resulting}), 'data-nav': ''}, 'documents citing it'),
    h('span', {class: 'muted'}, ')')];
}

/** "A/HRC/52/2, p. 3, paragraphs 8-9", with links to the report's view and to its PDF at that page. */
function source(story) {
  const {pages, paragraphs} = story.source;
  const where = [
    pages.length && (pages.length === 1 ? `p. ${pages[0]}` : `pp. ${pages[0]}–${pages[pages.length - 1]}`),
    paragraphs.length && (paragraphs.length === 1 ? `paragraph ${paragraphs[0]}`
      : `paragraphs ${paragraphs[0]}–${paragraphs[paragraphs.length - 1]}`),
  ].filter(Boolean).join(', ');
  const report = story.report;
  const votes = story.votes_file;
  const lines = story.source.lines || [];
  return [
    report ? [
      h('a', {href: documentUrl(FRESH, report.id), 'data-nav': ''}, report.symbol || displayTitle(report)),
      where ? `, ${where}` : null,
      pages.length ? [' · ', h('a', {href: `/api/documents/${encodeURIComponent(report.id)}/file#page=${pages[0]}`,
        target: '_blank', rel: 'noopener', class: 'pdf-link', id: 'source-page'},
      `Open the report at page ${pages[0]} (PDF)`)] : null,
    ] : null,
    // a votes file (*.votes.csv) gives the vote of a session whose report is not indexed, or the States' positions
    // a report printed only the counts of
    votes ? h('span', {id: 'source-votes-file'}, report ? ' · the States\' positions from the votes file ' : 'Votes file ',
        h('a', {href: documentUrl(FRESH, votes.id), 'data-nav': ''}, displayTitle(votes)),
        !report && lines.length ? `, lines ${lines[0]}–${lines[lines.length - 1]}` : null) : null,
  ];
}

function tallyText(t) {
  return `${t.in_favour} in favour, ${t.against} against, ${t.abstaining} abstaining`;
}

/**
 * A recorded vote: who asked for it, the count bar (its widths proportional to the counts, one sentence of them for
 * screen readers) and the three lists of States, each name a link to that State's record.
 */
export function renderVote(vote, id, title) {
  const lists = vote.positions;
  const read = POSITIONS.some((p) => lists[p].length);
  const tally = vote.tally || Object.fromEntries(POSITIONS.map((p) => [p, lists[p].length]));
  return h('section', {class: 'vote', id, 'aria-labelledby': `${id}-h`},
      h('h3', {id: `${id}-h`}, sentence(title)),
      vote.requested_by ? h('p', {}, 'Requested by ', sponsor(vote.requested_by), '.') : null,
      countBar(tally),
      read ? h('div', {class: 'vote-lists'}, POSITIONS.map((p) => h('section', {
        class: `vote-list ${p}`, 'data-position': p, 'aria-labelledby': `${id}-${p}`},
      h('h4', {id: `${id}-${p}`}, `${valueLabel('position', p)} (${lists[p].length})`),
      lists[p].length ? h('ul', {class: 'plain'}, lists[p].map((name) => h('li', {}, stateLink(name))))
        : h('p', {class: 'muted'}, 'None')))) : h('p', {class: 'message'},
          'The report prints the counts of this vote but not how each State voted.'));
}

/** Three segments as wide as their counts; the numbers show in them, and as one sentence for screen readers. */
export function countBar(tally) {
  const total = POSITIONS.reduce((n, p) => n + tally[p], 0);
  const bar = h('div', {class: 'count-bar', role: 'img', 'aria-label': `${sentence(tallyText(tally))}.`});
  for (const p of POSITIONS) {
    const segment = h('span', {class: `segment ${p}`, 'data-position': p, 'data-count': tally[p],
      title: `${valueLabel('position', p)}: ${tally[p]}`}, tally[p] ? String(tally[p]) : null);
    segment.style.width = total ? `${(100 * tally[p]) / total}%` : '0%';
    bar.append(segment);
  }
  const legend = h('p', {class: 'count-legend', 'aria-hidden': 'true'}, POSITIONS.map((p) =>
    h('span', {class: `key ${p}`}, `${valueLabel('position', p)}: ${tally[p]}`)));
  return h('div', {class: 'tally'}, bar, legend);
}

function citedBy(list) {
  return h('section', {class: 'cited-by', 'aria-labelledby': 'cited-h'},
      h('h3', {id: 'cited-h'}, 'Documents that cite the draft'),
      list.length ? h('ul', {class: 'doc-list', id: 'citing-documents'}, list.map((d) => h('li', {},
          h('a', {href: documentUrl(FRESH, d.id), 'data-nav': ''}, displayTitle(d)),
          h('span', {class: 'meta'}, [d.symbol, valueLabel('type', d.type), formatDate(d.date)]
              .filter(Boolean).join(' · ')))))
        : h('p', {class: 'muted'}, 'No indexed document cites this draft.'));
}

/** What the view says when no report tells of the symbol (an old link, a typo): never a blank page. */
export function renderNotFound(symbol, e) {
  return [
    backToActions(),
    h('h2', {id: 'view-heading', tabindex: '-1'}, `No Council action found for ${symbol || 'this link'}`),
    h('div', {class: 'message error', role: 'alert', id: 'error-message'},
        h('p', {}, e.status === 404 || e.status === 400 ? `${sentence(e.message)}.` : `Sorry: ${e.message}.`),
        symbol ? h('p', {}, 'Try ', h('a', {href: stateUrl({...FRESH, q: symbol}), 'data-nav': ''},
            `a search for ${symbol}`), ', or browse the Council actions.') : null),
  ];
}
