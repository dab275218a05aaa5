// Building DOM nodes without HTML strings: text always goes in as text, so nothing a user or a document holds
// can become markup. The one exception, snippets, goes through markedText(), which keeps only <mark>.

/**
 * Creates an element: h('a', {href: url, class: 'x'}, 'text', otherNode). Attributes named on* are refused;
 * use el.addEventListener. Children that are null, undefined or false are skipped; arrays are flattened.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Like h(), in the SVG namespace. */
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

function setAttributes(el, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`h(): set event handlers with addEventListener, not '${name}'`);
    el.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces every child of el with the given children. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/**
 * Turns the API's snippet HTML (escaped text with <mark> around matched words) into nodes, keeping only text and
 * <mark>. It is parsed in an inert <template> (no script runs, nothing loads), then rebuilt node by node, so even
 * a snippet that held other markup could only ever show up as text.
 */
export function markedText(html) {
  const template = document.createElement('template');
  template.innerHTML = String(html);
  const out = document.createDocumentFragment();
  const copy = (from, to) => {
    for (const node of from.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        to.append(document.createTextNode(node.nodeValue));
      } else if (node.nodeType === Node.ELEMENT_NODE && node.localName === 'mark') {
        const mark = document.createElement('mark');
        copy(node, mark);
        to.append(mark);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        copy(node, to);
      }
    }
  };
  copy(template.content, out);
  return out;
}

/** "1 document", "3 documents". */
export function plural(n, one, many = one + 's') {
  return `${Number(n).toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});

/** "2018-03-02" -> "2 March 2018"; anything else is returned as it is. */
export function formatDate(iso) {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso || '';
  return DATE_FORMAT.format(new Date(iso + 'T00:00:00Z'));
}
