package org.hrcsearch.indexer.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.metadata.Metadata;

/**
 * What a reader of the report should know about a file whose text came out, from what Tika recorded while parsing,
 * e.g. {@code "encrypted (owner password only): text extracted"} or {@code "part of the file could not be read:
 * ..."}. Each warning starts with a short code ({@code truncated:}, {@code encrypted:}, ...) to filter on.
 */
final class ExtractionWarnings {
    private ExtractionWarnings() {}

    /** Characters without a Unicode mapping above this share of a PDF's text make its text suspect. */
    static final double UNMAPPED_SHARE = 0.10;

    private static final int MAX_PARSE_WARNINGS = 5;

    static List<String> of(Metadata metadata, boolean truncated, long maxChars, BoundedEmbeddedExtractor embedded) {
        List<String> warnings = new ArrayList<>();
        if (truncated) {
            warnings.add(String.format(
                    Locale.ROOT,
                    "truncated: text cut at %,d characters (the per-file limit); the "
                            + "rest of the file is not searchable",
                    maxChars));
        }
        if ("true".equals(metadata.get("pdf:encrypted"))) {
            warnings.add("encrypted: protected by an owner password only (it opens without one); text extracted");
        }
        if (embedded.skipped() > 0) {
            warnings.add(String.format(
                    Locale.ROOT,
                    "embedded_limit: read %d embedded files, passed over %d (at most %d, "
                            + "at most %d levels deep%s)",
                    embedded.read(),
                    embedded.skipped(),
                    embedded.maxFiles(),
                    embedded.maxDepth(),
                    embedded.depthReached() ? "; some lay deeper" : ""));
        }
        unmappedShare(metadata)
                .ifPresent(share -> warnings.add(String.format(
                        Locale.ROOT,
                        "unmapped_text: %.0f%% of the characters have no Unicode mapping in their fonts: the text may be garbled "
                                + "and phrases missed; OCR (--ocr) may read it better",
                        share * 100)));
        Set<String> parse = new LinkedHashSet<>();
        for (String w : metadata.getValues("X-TIKA:EXCEPTION:warn")) {
            String first = w.strip().lines().findFirst().orElse("");
            parse.add(first.length() > 200 ? first.substring(0, 200) + "..." : first);
        }
        parse.stream()
                .limit(MAX_PARSE_WARNINGS)
                .forEach(w -> warnings.add("partly_unreadable: part of the file could not be read: " + w));
        return warnings;
    }

    /**
     * A warning when some pages between pages with text have none: a page drawn as a picture, or one the parser
     * could not read (PDFBox passes over a page whose content it cannot decode, and only logs it).
     */
    static java.util.Optional<String> pagesWithoutText(List<String> pages) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < pages.size(); i++) {
            if (hasText(pages.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        List<Integer> empty = new ArrayList<>();
        for (int i = first + 1; i > 0 && i < last; i++) {
            if (!hasText(pages.get(i))) {
                empty.add(i + 1);
            }
        }
        if (empty.isEmpty()) {
            return java.util.Optional.empty();
        }
        String listed = empty.stream().limit(10).map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                + (empty.size() > 10 ? " and " + (empty.size() - 10) + " more" : "");
        return java.util.Optional.of("pages_without_text: page" + (empty.size() > 1 ? "s " : " ") + listed + " of "
                + pages.size() + " gave no text while the pages around them did (a picture, or a page the parser could "
                + "not read); the other pages are indexed");
    }

    private static boolean hasText(String page) {
        return page.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The share of a PDF's characters that have no Unicode mapping, when it is above {@link #UNMAPPED_SHARE}. */
    private static java.util.Optional<Double> unmappedShare(Metadata metadata) {
        long chars = sum(metadata.getValues("pdf:charsPerPage"));
        long unmapped = sum(metadata.getValues("pdf:unmappedUnicodeCharsPerPage"));
        if (chars == 0 || unmapped == 0) {
            return java.util.Optional.empty();
        }
        double share = (double) unmapped / chars;
        return share > UNMAPPED_SHARE ? java.util.Optional.of(share) : java.util.Optional.empty();
    }

    private static long sum(String[] values) {
        long total = 0;
        for (String v : values) {
            try {
                total += Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
                // not a count: ignore
            }
        }
        return total;
    }
}
