// A State's voting record (GET /api/states/{name}/votes): per session, every recorded vote it took part in with
// its position, every proposal it sponsored, and the counts; and the same record's sponsorships in the signatory
// view of a State.
import {getJson, path} from './api.js';
import {h, plural} from './dom.js';
import {valueLabel} from './labels.js';
import {actionsState, stateUrl} from './state.js';
import {signatoryUrl} from './results.js';
import {backToActions, proposalLink, sentence} from './council.js';

export function loadVotes(name, signal) {
  return getJson(path('/api/states', name, 'votes'), {signal});
}

/** The record of a name when it is a State's, else null (an organisation's name is no State's: a 404). */
export async function loadVotesIfState(name, signal) {
  try {
    return await loadVotes(name, signal);
  } catch (e) {
    if (e.status === 404) return null;
    throw e;
  }
}

/** "3 recorded votes (2 in favour, 1 against, 0 abstaining) and 1 proposal sponsored". */
function countsText(c) {
  const votes = c.votes ? `${plural(c.votes, 'recorded vote')} (${c.in_favour} in favour, ${c.against} against, `
      + `${c.abstaining} abstaining)` : 'no recorded vote';
  return `${votes} and ${plural(c.sponsored, 'proposal')} sponsored`;
}

export function renderVotes(record) {
  const fresh = {view: 'search', q: '', filters: {}, sort: 'relevance', page: 1};
  return [
    backToActions(),
    h('h2', {id: 'view-heading', tabindex: '-1'}, record.state),
    record.aliases.length ? h('p', {class: 'muted'}, `Also written: ${record.aliases.join(', ')}`) : null,
    h('p', {class: 'lead', id: 'votes-summary'}, record.sessions.length
      ? `${sentence(countsText(record.counts))}, in ${plural(record.sessions.length, 'session')}.`
      : 'No indexed session report records a vote or a sponsorship of this State.'),
    h('p', {class: 'search-within'},
        h('a', {href: stateUrl(actionsState({state: record.state})), 'data-nav': ''}, 'The actions it voted on or sponsored'),
        ' · ',
        h('a', {href: signatoryUrl(fresh, record.state), 'data-nav': ''}, 'The documents it signed or sponsored')),
    record.sessions.map((s, i) => h('section', {class: 'session-group votes-session', 'data-session': s.session ?? '',
      'aria-labelledby': `vs-${i}`},
    h('h3', {id: `vs-${i}`}, s.label),
    h('p', {class: 'muted'}, `${sentence(countsText(s.counts))}.`),
    s.votes.length ? votesTable(s) : null,
    s.sponsored.length ? sponsoredTable(s, record.state) : null)),
  ];
}

function votesTable(s) {
  return h('table', {class: 'data-table votes-table'},
      h('caption', {}, `Recorded votes, ${s.label}`),
      h('thead', {}, h('tr', {}, ['Proposal', 'Voted on', 'Position', 'Tally', 'Outcome'].map((t) =>
        h('th', {scope: 'col'}, t)))),
      h('tbody', {}, s.votes.map((v) => h('tr', {'data-position': v.position},
          h('th', {scope: 'row'}, proposalLink(v, v.draft || v.resulting), h('br'), h('span', {class: 'muted'}, v.title)),
          h('td', {}, v.subject),
          h('td', {class: `position ${v.position}`}, valueLabel('position', v.position)),
          h('td', {}, v.tally ? `${v.tally.in_favour}–${v.tally.against}–${v.tally.abstaining}` : '—'),
          h('td', {}, sentence(v.summary))))));
}

function sponsoredTable(s, name) {
  return h('table', {class: 'data-table sponsored-table'},
      h('caption', {}, `Proposals sponsored, ${s.label}`),
      h('thead', {}, h('tr', {}, ['Proposal', 'As', 'Outcome'].map((t) => h('th', {scope: 'col'}, t)))),
      h('tbody', {}, s.sponsored.map((v) => h('tr', {'data-role': v.role},
          h('th', {scope: 'row'}, proposalLink(v, v.draft || v.resulting), h('br'), h('span', {class: 'muted'}, v.title)),
          h('td', {}, v.printed && v.printed !== name ? `${valueLabel('role', v.role)} (“${v.printed}”)`
            : valueLabel('role', v.role)),
          h('td', {}, sentence(v.summary))))));
}

/** In a State's signatory view: the proposals it sponsored, and the way to its whole voting record. */
export function renderSponsoredActions(record) {
  const sponsored = record.sessions.flatMap((s) => s.sponsored.map((v) => ({...v, label: s.label})));
  return h('section', {class: 'council-actions', id: 'signatory-actions', 'aria-labelledby': 'signatory-actions-h'},
      h('h3', {id: 'signatory-actions-h'}, 'Council actions'),
      h('p', {}, `${sentence(countsText(record.counts))}. `,
          h('a', {href: stateUrl({view: 'votes', name: record.state}), 'data-nav': '', id: 'voting-record-link'},
              `The voting record of ${record.state}`)),
      sponsored.length ? h('ul', {class: 'doc-list'}, sponsored.map((v) => h('li', {},
          proposalLink(v, v.title || v.draft),
          h('span', {class: 'meta'}, [v.draft, v.label, valueLabel('role', v.role), v.summary]
              .filter(Boolean).join(' · '))))) : null);
}
