package org.hrcsearch.api.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hrcsearch.api.facet.FieldLabels;
import org.hrcsearch.api.search.Criteria;
import org.hrcsearch.api.search.SearchResponse;
import org.hrcsearch.corpus.schema.HrcField;

/**
 * Writes a search's newest documents as an Atom 1.0 feed (RFC 4287) with Rome: one entry per document, whose id
 * is {@code urn:hrc-search:document:} and the document id (stable for the same bytes), published when the document
 * first entered the index and updated when its file last changed, titled by its title, with its symbol, type,
 * session, date, signatories (also its authors) and a passage with the matched words, and links to its view on
 * the search page and to its original file.
 */
final class AtomFeed {

    /** The prefix of every entry id; the document id follows. */
    static final String ENTRY_ID_PREFIX = "urn:hrc-search:document:";

    private static final String ATOM = "atom_1.0";
    private static final String HTML = "text/html";

    private final FieldLabels labels;

    AtomFeed(FieldLabels labels) {
        this.labels = labels;
    }

    /**
     * The feed of {@code hits} (newest first), found by {@code criteria}, as XML; {@code updated} is when the index
     * last changed.
     */
    String write(Criteria criteria, List<SearchResponse.Hit> hits, FeedLinks links, Instant updated) {
        Feed feed = new Feed(ATOM);
        feed.setId(links.self());
        feed.setTitle("hrc-search: " + describe(criteria));
        feed.setSubtitle(text("The newest documents of this search, by when they entered the index (at most "
                + FeedService.MAX_ENTRIES + ")."));
        feed.setUpdated(Date.from(updated));
        feed.setAuthors(List.of(person("hrc-search")));
        Generator generator = new Generator();
        generator.setValue("hrc-search");
        feed.setGenerator(generator);
        feed.setOtherLinks(List.of(link("self", links.self(), "application/atom+xml", null)));
        feed.setAlternateLinks(List.of(link("alternate", links.page(), HTML, "This search on the search page")));
        List<Entry> entries = new ArrayList<>();
        for (SearchResponse.Hit hit : hits) {
            entries.add(entry(hit, links, updated));
        }
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome refused the feed it was given: " + e.getMessage(), e);
        }
    }

    private Entry entry(SearchResponse.Hit hit, FeedLinks links, Instant fallback) {
        Entry e = new Entry();
        e.setId(ENTRY_ID_PREFIX + hit.id());
        e.setTitle(title(hit));
        Instant indexed = instant(hit.indexedAt()).orElse(fallback);
        e.setPublished(Date.from(indexed));
        e.setUpdated(Date.from(instant(hit.updatedAt()).orElse(indexed)));
        e.setAlternateLinks(
                List.of(link("alternate", links.document(hit.id()), HTML, "The document on the search page")));
        e.setOtherLinks(List.of(link("related", links.file(hit.file()), null, "The original file")));
        e.setAuthors(hit.signatories().stream().map(AtomFeed::person).toList());
        List<Category> categories = new ArrayList<>();
        categories.add(category(HrcField.TYPE, hit.type()));
        if (hit.session() != null) {
            categories.add(category(HrcField.SESSION, hit.session()));
        }
        e.setCategories(categories);
        Content summary = new Content();
        summary.setType(Content.HTML);
        summary.setValue(summary(hit));
        e.setSummary(summary);
        return e;
    }

    /** The title a document is shown by, as the search page shows it: its title, else its symbol. */
    private String title(SearchResponse.Hit hit) {
        if (hit.title() != null && !hit.title().isBlank()) {
            return hit.title().strip();
        }
        if (hit.symbol() != null) {
            return hit.symbol();
        }
        return labels.valueLabel(HrcField.TYPE, hit.type()) + " without a title";
    }

    /** What the entry says: the document's particulars, who signed it, and where the search matched it. */
    private String summary(SearchResponse.Hit hit) {
        List<String> particulars = new ArrayList<>();
        if (hit.symbol() != null) {
            particulars.add(hit.symbol());
        }
        particulars.add(labels.valueLabel(HrcField.TYPE, hit.type()));
        if (hit.session() != null) {
            particulars.add(labels.valueLabel(HrcField.SESSION, hit.session()));
        }
        if (hit.date() != null) {
            particulars.add(hit.date());
        }
        StringBuilder html = new StringBuilder("<p>")
                .append(particulars.stream().map(AtomFeed::escape).collect(Collectors.joining(" · ")))
                .append("</p>");
        if (!hit.signatories().isEmpty()) {
            html.append("<p>Signed by ")
                    .append(escape(String.join(", ", hit.signatories())))
                    .append("</p>");
        }
        for (SearchResponse.Snippet s : hit.snippets()) {
            // the highlighter's passages are escaped already, the matches in <mark>
            html.append("<blockquote><p>")
                    .append(s.text())
                    .append(" (p. ")
                    .append(s.page())
                    .append(")</p></blockquote>");
        }
        return html.toString();
    }

    /**
     * What a feed reader shows as the feed's name: the query and the filters, e.g. {@code "reprisals" · Session 43
     * · Signatory: CIVICUS · from 2018-01-01}.
     */
    String describe(Criteria criteria) {
        List<String> parts = new ArrayList<>();
        if (!criteria.query().isBlank()) {
            parts.add(criteria.query().strip());
        }
        criteria.filters().forEach((field, values) -> {
            List<String> shown =
                    values.stream().map(v -> labels.valueLabel(field, v)).toList();
            boolean selfNamed = shown.stream()
                    .allMatch(v ->
                            v.toLowerCase(Locale.ROOT).startsWith(field.label().toLowerCase(Locale.ROOT)));
            String joined = String.join(" or ", shown);
            parts.add(selfNamed ? joined : field.label() + ": " + joined);
        });
        criteria.from().ifPresent(d -> parts.add("from " + d));
        criteria.to().ifPresent(d -> parts.add("to " + d));
        criteria.oneVersion().ifPresent(l -> parts.add("one version, in " + l.label() + " where there is one"));
        return parts.isEmpty() ? "every new document" : String.join(" · ", parts);
    }

    private Category category(HrcField field, String value) {
        Category c = new Category();
        c.setTerm(value);
        c.setLabel(labels.valueLabel(field, value));
        return c;
    }

    private static Optional<Instant> instant(String text) {
        return Optional.ofNullable(text).map(Instant::parse);
    }

    private static SyndPerson person(String name) {
        Person p = new Person();
        p.setName(name);
        return p;
    }

    private static Link link(String rel, String href, String type, String title) {
        Link l = new Link();
        l.setRel(rel);
        l.setHref(href);
        l.setType(type);
        l.setTitle(title);
        return l;
    }

    private static Content text(String value) {
        Content c = new Content();
        c.setType(Content.TEXT);
        c.setValue(value);
        return c;
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
