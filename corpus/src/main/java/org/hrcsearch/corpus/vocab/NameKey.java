package org.hrcsearch.corpus.vocab;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which names are compared: lower case, without accents, punctuation as spaces, {@code &} as
 * {@code and}, a leading {@code the} dropped; e.g. {@code "The Egyptian Initiative for Personal Rights"} and
 * {@code "Egyptian Initiative for Personal Rights"} have the same key, and so do {@code Lawyers’ Rights Watch} and
 * {@code Lawyers' Rights Watch}.
 */
public final class NameKey {
    private NameKey() {}

    public static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("['\u2018\u2019\u02BC`]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }
}
