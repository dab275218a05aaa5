// The page's whole state lives in the URL, with the API's own parameter names, so that a link can be shared,
// the back button works, and /?q=x&session=37 asks /api/search?q=x&session=37.

import {filterNames, oneVersionLanguages} from './fields.js';

export const VIEWS = ['search', 'signatory', 'document', 'actions', 'action', 'votes'];
/** The filters of GET /api/actions, each given once (the API takes one value of each). */
export const ACTION_FILTERS = ['session', 'outcome', 'sponsor', 'state', 'position'];
export const SORTS = ['relevance', '-date', 'date', '-indexed'];
export const PAGE_SIZE = 10;
/** The parameter of GET /api/search that keeps one version of each text, in a language: one_version=fr. */
export const ONE_VERSION = 'one_version';

/** Reads a state from a query string such as location.search (once the fields are loaded). Unknown parameters are ignored. */
export function parseState(search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const name of filterNames()) {
    const values = [...new Set(params.getAll(name).map((v) => v.trim()).filter(Boolean))];
    if (values.length) filters[name] = values;
  }
  const view = VIEWS.includes(params.get('view')) ? params.get('view') : 'search';
  const sort = params.get('sort');
  const oneVersion = (params.get(ONE_VERSION) || '').trim().toLowerCase();
  // The actions list has filters of its own (GET /api/actions'): there, session and sponsor are theirs.
  const actionFilters = {};
  if (view === 'actions') {
    for (const name of ACTION_FILTERS) {
      const value = (params.get(name) || '').trim();
      if (value) actionFilters[name] = value;
    }
  }
  return {
    view,
    q: params.get('q') || '',
    filters: view === 'actions' ? {} : filters,
    actionFilters,
    symbol: params.get('symbol') || '',
    sort: SORTS.includes(sort) ? sort : 'relevance',
    oneVersion: view !== 'actions' && oneVersionLanguages().includes(oneVersion) ? oneVersion : '',
    page: positive(params.get('page')),
    name: params.get('name') || '',
    id: params.get('id') || '',
    p: positive(params.get('p')),
  };
}

function positive(text) {
  const n = Number.parseInt(text || '', 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

/** The query string of a state, leaving out defaults: {q:'x', page:1} gives "?q=x". */
export function stateUrl(state) {
  const params = new URLSearchParams();
  if (state.view && state.view !== 'search') params.set('view', state.view);
  if ((state.view === 'signatory' || state.view === 'votes') && state.name) params.set('name', state.name);
  if (state.view === 'action' && state.symbol) params.set('symbol', state.symbol);
  if (state.view === 'votes' || state.view === 'action') return `?${params}`; // a proposal or a State: nothing else
  if (state.view === 'actions') {
    appendActions(params, state);
    if (state.page > 1) params.set('page', String(state.page));
    return `?${params}`;
  }
  if (state.view === 'document' && state.id) params.set('id', state.id);
  if (state.view === 'document' && state.p > 1) params.set('p', String(state.p));
  appendSearch(params, state);
  if ((!state.view || state.view === 'search') && state.page > 1) params.set('page', String(state.page));
  const text = params.toString();
  return text ? `?${text}` : './';
}

function appendSearch(params, state) {
  if (state.q) params.set('q', state.q);
  for (const name of filterNames()) {
    for (const value of state.filters?.[name] || []) params.append(name, value);
  }
  if (state.oneVersion) params.set(ONE_VERSION, state.oneVersion);
  if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort);
}

function appendActions(params, state) {
  if (state.q) params.set('q', state.q);
  for (const name of ACTION_FILTERS) {
    if (state.actionFilters?.[name]) params.set(name, state.actionFilters[name]);
  }
}

/** The parameters of GET /api/actions (and its export) for a state of the actions list. */
export function actionParams(state, extra = {}) {
  const params = new URLSearchParams();
  appendActions(params, state);
  for (const [k, v] of Object.entries(extra)) params.set(k, String(v));
  return params;
}

/** The actions list with these filters (a fresh list: page 1, no query unless given). */
export function actionsState(actionFilters = {}, q = '') {
  return {view: 'actions', q, filters: {}, actionFilters, sort: 'relevance', oneVersion: '', page: 1, name: '', id: '',
    symbol: '', p: 1};
}

/** The proposal view of a draft (or of the text it became). */
export function actionUrl(symbol) {
  return stateUrl({view: 'action', symbol});
}

/** A State's voting record. */
export function votesUrl(name) {
  return stateUrl({view: 'votes', name});
}

/** The parameters of GET /api/search (and /api/export) for a state. */
export function searchParams(state, extra = {}) {
  const params = new URLSearchParams();
  appendSearch(params, state);
  for (const [k, v] of Object.entries(extra)) params.set(k, String(v));
  return params;
}

/**
 * The Atom feed of a state's search, absolute so that it can be pasted into a feed reader: the same query,
 * filters and dates, without the sort (a feed is always newest in the index first).
 */
export function feedUrl(state) {
  const text = searchParams({...state, sort: 'relevance'}).toString();
  return new URL(`/api/feed${text ? `?${text}` : ''}`, location.href).href;
}

/** A copy of the state with changes; a new query or filter starts again at page 1. */
export function withChanges(state, changes) {
  const next = {...state, filters: {...state.filters}, ...changes};
  if (!('page' in changes)) next.page = 1;
  return next;
}

export function hasFilter(state, name, value) {
  return (state.filters[name] || []).includes(value);
}

/** The state with one filter value added or removed (or one version of each text asked for, or no longer). */
export function toggleFilter(state, name, value, on) {
  if (name === ONE_VERSION) return withChanges(state, {view: 'search', oneVersion: on ? value : ''});
  const values = (state.filters[name] || []).filter((v) => v !== value);
  if (on) values.push(value);
  const filters = {...state.filters};
  if (values.length) filters[name] = values; else delete filters[name];
  return withChanges(state, {view: 'search', filters});
}

/** The search part of a state, as the "back to results" link of another view wants it. */
export function searchOf(state) {
  return {...state, view: 'search', name: '', id: '', symbol: '', p: 1, actionFilters: {}};
}
