package org.hrcsearch.corpus.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The language of a document: one of the six official languages of the United Nations, in which every Council
 * document is issued, or {@link #OTHER} for any other (and for a document without text, whose language is unknown).
 * The {@link #code()} is ISO 639-1 ({@code ar}), used in queries ({@code lang:ar}), facets and sidecars; the
 * {@link #label()} names it in English and in itself: "Arabic / العربية".
 */
public enum Language {
    ARABIC("ar", "Arabic", "العربية"),
    CHINESE("zh", "Chinese", "中文"),
    ENGLISH("en", "English", "English"),
    FRENCH("fr", "French", "Français"),
    RUSSIAN("ru", "Russian", "Русский"),
    SPANISH("es", "Spanish", "Español"),
    OTHER("other", "Other language", null);

    private final String code;
    private final String englishName;
    private final String ownName;

    Language(String code, String englishName, String ownName) {
        this.code = code;
        this.englishName = englishName;
        this.ownName = ownName;
    }

    public String code() {
        return code;
    }

    /** How the search page names it: "Arabic / العربية", "English", "Other language". */
    public String label() {
        return ownName == null || ownName.equals(englishName) ? englishName : englishName + " / " + ownName;
    }

    /** Whether it is written right to left (Arabic). */
    public boolean rightToLeft() {
        return this == ARABIC;
    }

    /** The language of {@code code}, case-insensitively: {@code fr}, {@code FR}, {@code other}. */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(c)).findFirst();
    }

    /** The six official languages, in the UN's order: every language but {@link #OTHER}. */
    public static List<Language> official() {
        return Arrays.stream(values()).filter(l -> l != OTHER).toList();
    }

    /** {@code [ar, zh, en, fr, ru, es, other]}, for error messages. */
    public static String allowedCodes() {
        return Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", ", "[", "]"));
    }
}
