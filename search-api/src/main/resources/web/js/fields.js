// The index's fields as the server describes them (GET /api/fields): which are filters and in what order, how each
// reads ("UPR Working Group session", "Filter signatories…"), which lists a search answer gives in full, and the
// labels of document types and concerns. The page spells none of them itself.
import {getJson} from './api.js';

let byName = new Map();
let oneVersion = [];
let loading = null;

/** Asks the server once; a failure is not kept, so that the next try asks again. */
export function loadFields() {
  loading ||= getJson('/api/fields').then((body) => {
    byName = new Map(body.fields.map((f) => [f.name, f]));
    oneVersion = body.one_version || [];
  }, (e) => {
    loading = null;
    throw e;
  });
  return loading;
}

/** Whether the server has described its fields yet. */
export function fieldsKnown() {
  return byName.size > 0;
}

/** The filters of GET /api/search (its facets), in the order the page shows their panels. */
export function filterNames() {
  return [...byName.values()].filter((f) => f.facet).map((f) => f.name);
}

/** "Session", "UPR Working Group session"; the name itself for a field the server did not describe. */
export function fieldTitle(name) {
  return byName.get(name)?.label || name;
}

/** What a list of the field's values is called: "signatories", "States". */
export function fieldPlural(name) {
  return byName.get(name)?.plural || name;
}

/** Whether a search answer lists every value of the facet (else only the most frequent). */
export function listsAll(name) {
  return Boolean(byName.get(name)?.complete);
}

/** The label the server gave a value up front (a type's, a concern's), or undefined. */
export function knownLabel(name, value) {
  return byName.get(name)?.values?.[value];
}

/** The languages in which a search can keep one version of each text (one_version), by code. */
export function oneVersionLanguages() {
  return oneVersion;
}

/**
 * The direction to set on a document's own words (its title, snippets, text) in language lang: "rtl" for a
 * language the server says is written right to left (Arabic), else "auto" (the browser reads it off the text).
 */
export function textDirection(lang) {
  return byName.get('lang')?.right_to_left?.includes(lang) ? 'rtl' : 'auto';
}

/** The attributes for a document's own words: its direction, and its language when the index knows it. */
export function textAttributes(lang) {
  // the languages one_version takes are the six the index tells apart; "other" says nothing of the words
  return oneVersion.includes(lang) ? {dir: textDirection(lang), lang} : {dir: 'auto'};
}
