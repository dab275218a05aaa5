// "Follow this search": the Atom feed of a search (GET /api/feed), as a link a feed reader can open and a button
// that copies its address, for the reader, mail client or chat tool the user already has.
import {h} from './dom.js';

/**
 * A link to the feed at url (absolute) and a button that copies it; where the clipboard cannot be written (a page
 * served over plain HTTP from another machine), the address is shown selected, to copy by hand.
 */
export function followLink(url, label, id) {
  const link = h('a', {href: url, class: 'feed-link', id, type: 'application/atom+xml'}, label);
  const status = h('span', {class: 'copy-status', role: 'status'});
  const copy = h('button', {type: 'button', class: 'link-button copy-feed', 'aria-describedby': id}, 'Copy the feed address');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = 'Copied: paste it into your feed reader.';
    } catch {
      const field = h('input', {type: 'text', readonly: true, value: url, class: 'feed-address',
        'aria-label': 'Feed address'});
      copy.replaceWith(field);
      field.select();
      status.textContent = 'Copy the selected address (Ctrl+C or ⌘C).';
    }
  });
  return h('div', {class: 'follow'}, link, ' ', copy, ' ', status);
}
