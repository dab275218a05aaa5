// How values read on the page: facet and field names, sessions, document types.

/** The plural of each facet's title, for "Filter signatories…". */
export const FACET_PLURALS = {
  signatory: 'signatories',
  sponsor: 'sponsors',
  concern: 'concerns',
  state: 'States',
  recommending_state: 'States',
  lang: 'languages',
  session: 'sessions',
  type: 'types',
  year: 'years',
  upr_session: 'sessions',
};

export const FACET_TITLES = {
  session: 'Session',
  type: 'Document type',
  year: 'Year',
  signatory: 'Signatory',
  sponsor: 'Sponsor',
  concern: 'Concern',
  upr_session: 'UPR Working Group session',
  state: 'State under review',
  recommending_state: 'Recommending State',
  lang: 'Language',
};

const TYPE_LABELS = {
  resolution: 'Resolution',
  decision: 'Decision',
  draft_resolution: 'Draft resolution',
  president_statement: "President's statement",
  report: 'Report',
  session_report: 'Report of the Council on its session',
  national_report: 'UPR national report',
  compilation: 'UPR compilation of UN information',
  stakeholder_summary: "UPR summary of stakeholders' submissions",
  joint_letter: 'Joint letter or statement',
  other: 'Other',
};

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
  const known = learnt[facet]?.[value];
  if (known) return known;
  switch (facet) {
    case 'session': return sessionLabel(value);
    case 'upr_session': return `UPR session ${value}`;
    case 'type': return TYPE_LABELS[value] || humanize(value);
    case 'concern': return humanize(value);
    case 'lang': return LANGUAGE_NAMES[value] || String(value);
    default: return String(value);
  }
}

/** The languages the indexer tells apart, by the codes the API gives. */
const LANGUAGE_NAMES = {en: 'English', fr: 'French', es: 'Spanish', ar: 'Arabic', ru: 'Russian', zh: 'Chinese'};

/** "civic_space" -> "Civic space". */
function humanize(value) {
  const text = String(value).replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How an active filter reads on its chip: "Session 43", "Year 2020", "Signatory: CIVICUS". */
export function chipLabel(facet, value) {
  switch (facet) {
    case 'session': return valueLabel(facet, value);
    case 'upr_session': return valueLabel(facet, value);
    case 'year': return `Year ${value}`;
    case 'type': return valueLabel(facet, value);
    default: return `${FACET_TITLES[facet] || facet}: ${valueLabel(facet, value)}`;
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
