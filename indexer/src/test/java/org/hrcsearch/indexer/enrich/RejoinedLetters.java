package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.hrcsearch.corpus.vocab.NameKey;

/**
 * Letters written around a real signatory list in the shapes of issue 15, to measure how signatories are read from
 * letters nobody tuned the rules on: the names run together with no separator in a paragraph with no heading
 * (alphabetical, after the last appeal, before an annex), run together under a heading, one per line after a
 * closing with a page break inside the list, one per line under a heading in another UN language, each wrapped at
 * a PDF-like line width; and a letter cut off after its closing. The body is the project's own prose and mentions
 * organisations that did not sign.
 */
final class RejoinedLetters {

    /** One organisation of a real list: the name as the expected metadata gives it, and its country if printed. */
    record Entry(String name, Optional<String> country) {
        Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(country, "country");
        }
    }

    /** A letter written for the measurement, the shape it was written in, and who signed it. */
    record Letter(String shape, String source, String text, List<Entry> signed) {
        Letter {
            signed = List.copyOf(signed);
        }
    }

    private static final String SALUTATION = "Excellencies,";
    private static final List<String> BODY = List.of(
            "We, the undersigned civil society organisations, write to urge your delegation to support the draft"
                    + " resolution on the protection of civic space at the forthcoming session of the Human Rights"
                    + " Council. The text builds on resolutions adopted without a vote and on the recommendations of"
                    + " the Office of the High Commissioner for Human Rights and of the Special Rapporteur on the"
                    + " rights to freedom of peaceful assembly and of association.",
            "Human rights defenders continue to face intimidation and reprisals for their cooperation with the"
                    + " United Nations, as the Secretary-General and the International Labour Organization have"
                    + " documented in their reports. We therefore call on your delegation to vote against any"
                    + " amendment that would weaken the text, and to join its core group of sponsors.",
            "We thank you for your attention to these concerns and remain at your disposal for any further"
                    + " information.");
    private static final List<String> ANNEX = List.of(
            "Annex",
            "Background to the draft resolution and the votes on earlier texts of the Council since its"
                    + " twenty-second session, with the amendments that were put to the vote and rejected.");
    private static final List<String> HEADINGS = List.of(
            "Signatories:",
            "Organisations signataires :",
            "Organizaciones firmantes:",
            "Подписавшие организации:",
            "المنظمات الموقعة:",
            "签署组织：");

    private RejoinedLetters() {}

    /** Every shape for each list; {@code source} names where a list came from. */
    static List<Letter> all(List<String> sources, Function<String, List<Entry>> lists) {
        List<Letter> out = new ArrayList<>();
        int n = 0;
        for (String source : sources) {
            List<Entry> list = lists.apply(source);
            if (list.size() >= 4) {
                out.add(headlessRunTogether(source, list, 92));
            }
            out.add(headedRunTogether(source, list, 80, HEADINGS.get(n % HEADINGS.size())));
            out.add(onePerLineAfterClosing(source, list, 58));
            out.add(onePerLineUnderHeading(source, list, 70, HEADINGS.get((n + 1) % HEADINGS.size())));
            n++;
        }
        out.add(cutOff(sources.getFirst(), 92));
        return out;
    }

    /** Shape 1: no heading, one paragraph of names in alphabetical order with no separator, then an annex. */
    static Letter headlessRunTogether(String source, List<Entry> list, int width) {
        List<Entry> sorted = list.stream()
                .sorted(Comparator.comparing(e -> NameKey.of(e.name())))
                .toList();
        List<String> lines = new ArrayList<>(letterHead(width));
        lines.addAll(wrap(
                String.join(" ", sorted.stream().map(RejoinedLetters::dashed).toList()), width));
        lines.add("");
        ANNEX.forEach(p -> {
            lines.addAll(wrap(p, width));
            lines.add("");
        });
        return new Letter("headless, run together, alphabetical, annex", source, String.join("\n", lines), list);
    }

    /** Names run together under a heading, in the order of the letter. */
    static Letter headedRunTogether(String source, List<Entry> list, int width, String heading) {
        List<String> lines = new ArrayList<>(letterHead(width));
        lines.add(heading);
        lines.add("");
        lines.addAll(
                wrap(String.join(" ", list.stream().map(RejoinedLetters::dashed).toList()), width));
        lines.add("");
        lines.add("¹ See A/HRC/55/30, para. 12.");
        return new Letter("heading, run together", source + " under '" + heading + "'", String.join("\n", lines), list);
    }

    /** Shapes 2 and 3: one "Name, Country" per line after "Sincerely,", wrapped, with a page break in the list. */
    static Letter onePerLineAfterClosing(String source, List<Entry> list, int width) {
        List<String> lines = new ArrayList<>(letterHead(width));
        lines.add("Sincerely,");
        lines.add("");
        for (int i = 0; i < list.size(); i++) {
            Entry e = list.get(i);
            lines.addAll(wrap(e.name() + e.country().map(c -> ", " + c).orElse(""), width));
            if (i == list.size() / 2) {
                lines.add("");
                lines.add("Page 2 of 3");
                lines.add("");
            }
        }
        return new Letter("closing, one per line, wrapped, page break", source, String.join("\n", lines), list);
    }

    /** Shape 6: one "Name – Country" per line under a heading in another UN language. */
    static Letter onePerLineUnderHeading(String source, List<Entry> list, int width, String heading) {
        List<String> lines = new ArrayList<>(letterHead(width));
        lines.add(heading);
        lines.add("");
        list.forEach(e -> lines.addAll(wrap(dashed(e), width)));
        return new Letter(
                "heading in another UN language, one per line",
                source + " under '" + heading + "'",
                String.join("\n", lines),
                list);
    }

    /** Shape 3: a letter cut off after its closing: page furniture and a footnote, no names. */
    static Letter cutOff(String source, int width) {
        List<String> lines = new ArrayList<>(letterHead(width));
        lines.add("Sincerely,");
        lines.add("");
        lines.add("[1] A/HRC/RES/53/13.");
        lines.add("2");
        return new Letter("cut off after the closing", source, String.join("\n", lines), List.of());
    }

    private static String dashed(Entry e) {
        return e.name() + e.country().map(c -> " – " + c).orElse("");
    }

    private static List<String> letterHead(int width) {
        List<String> lines = new ArrayList<>();
        lines.add(SALUTATION);
        lines.add("");
        for (String p : BODY) {
            lines.addAll(wrap(p, width));
            lines.add("");
        }
        return lines;
    }

    /** Greedy wrapping at {@code width} characters, as a PDF's text layer gives a paragraph back line by line. */
    static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
