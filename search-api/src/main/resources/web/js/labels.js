// How values read on the page: the labels the server gives (GET /api/fields, and with each facet value), and the
// forms it computes (sessions).
import {fieldTitle, knownLabel} from './fields.js';

/** Labels the server gave with its facet values ({session: {"37": "Session 37"}}), learnt as answers arrive. */
const learnt = {};

export function learnLabels(facets) {
  for (const [name, values] of Object.entries(facets || {})) {
    for (const v of values || []) {
      if (v && v.label && v.label !== v.value) (learnt[name] ||= {})[v.value] = v.label;
    }
  }
}

/** The label of a facet value: "S-35" -> "Special session 35", "joint_letter" -> "Joint letter or statement". */
export function valueLabel(facet, value) {
  if (value === null || value === undefined || value === '') return '';
  const known = learnt[facet]?.[value] || knownLabel(facet, value);
  if (known) return known;
  switch (facet) {
    case 'session': return sessionLabel(value);
    case 'upr_session': return `UPR session ${value}`;
    case 'outcome': return String(value).replaceAll('_', ' '); // as GET /api/actions labels them
    case 'position': return POSITIONS[value] || String(value);
    case 'role': return ROLES[value] || String(value);
    case 'kind': return KINDS[value] || String(value);
    default: return String(value);
  }
}

/** A State's position in a recorded vote (GET /api/actions' position, a State's record). */
const POSITIONS = {in_favour: 'In favour', against: 'Against', abstaining: 'Abstaining', sponsor: 'Sponsor'};

/** How a State came to sponsor a proposal. */
const ROLES = {sponsor: 'main sponsor', co_sponsor: 'co-sponsor', joined: 'joined the sponsors'};

/** What a proposal would become. */
const KINDS = {resolution: 'Draft resolution', decision: 'Draft decision', president_statement: 'Draft President’s statement'};

/** How an active filter reads on its chip: "Session 43", "Year 2020", "Signatory: CIVICUS". */
export function chipLabel(facet, value) {
  switch (facet) {
    case 'session': return valueLabel(facet, value);
    case 'upr_session': return valueLabel(facet, value);
    case 'year': return `Year ${value}`;
    case 'type': return valueLabel(facet, value);
    default: return `${fieldTitle(facet)}: ${valueLabel(facet, value)}`;
  }
}

export function sessionLabel(value) {
  const m = /^S-?(\d+)$/i.exec(String(value));
  return m ? `Special session ${m[1]}` : `Session ${value}`;
}

/** Orders sessions as the Council numbers them: regular sessions, then special sessions. */
export function sessionKey(value) {
  const m = /^(S-?)?(\d+)$/i.exec(String(value));
  if (!m) return 99999;
  return (m[1] ? 10000 : 0) + Number(m[2]);
}
