// What the Council views share: links to a proposal and to a State's record, sponsors as the report prints them,
// and the way back to the actions list as the user last left it.
import {h} from './dom.js';
import {actionsState, actionUrl, stateUrl, votesUrl} from './state.js';

/** The actions list as it was last shown, so that "back to the actions" keeps its filters and page. */
let lastList = actionsState();

export function rememberList(state) {
  lastList = state;
}

export function backToActions() {
  return h('p', {class: 'back'}, h('a', {href: stateUrl(lastList), 'data-nav': ''}, '← Council actions'));
}

/** A State's name as a link to its voting record. */
export function stateLink(name, text = name) {
  return h('a', {href: votesUrl(name), 'data-nav': '', class: 'state-link'}, text);
}

/** A proposal's symbol (its draft's, else the text's it became) as a link to its story; text alone without one. */
export function proposalLink(action, text) {
  const symbol = action.draft || action.resulting;
  const label = text || symbol || action.title;
  return symbol ? h('a', {href: actionUrl(symbol), 'data-nav': '', class: 'proposal-link'}, label) : label;
}

/**
 * A sponsor as the report prints it ("Czechia, on behalf of the States members of the European Union"), the State
 * that spoke for it linked to its record; a name that is no State's stays plain text.
 */
export function sponsor(s) {
  if (!s.state) return h('span', {class: 'sponsor'}, s.printed);
  const at = s.printed.toLowerCase().indexOf(s.state.toLowerCase());
  if (at < 0) return h('span', {class: 'sponsor'}, s.printed, ' (', stateLink(s.state), ')');
  return h('span', {class: 'sponsor'}, s.printed.slice(0, at), stateLink(s.state, s.printed.slice(at, at + s.state.length)),
      s.printed.slice(at + s.state.length));
}

/** Sponsors joined with commas; null for none. */
export function sponsorList(list, className = 'sponsor-list') {
  if (!list?.length) return null;
  const out = h('span', {class: className});
  list.forEach((s, i) => {
    if (i > 0) out.append(s.group ? '; ' : ', ');
    out.append(sponsor(s));
  });
  return out;
}

/** "56th meeting, 3 April 2023", or whichever of them the report gives. */
export function ordinal(n) {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({1: 'st', 2: 'nd', 3: 'rd'}[n % 10] || 'th');
  return `${n}${suffix}`;
}

/** The summary line with its first letter up: "Adopted as resolution 52/3 by 36-4-7". */
export function sentence(text) {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : '';
}
