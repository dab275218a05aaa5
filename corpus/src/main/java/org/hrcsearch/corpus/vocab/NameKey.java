package org.hrcsearch.corpus.vocab;

import org.hrcsearch.corpus.schema.TextFolding;

/**
 * The form in which names are compared: {@link TextFolding folded}, apostrophes dropped, other punctuation as spaces, {@code &} as
 * {@code and}, a leading {@code the} dropped; e.g. {@code "The Egyptian Initiative for Personal Rights"} and
 * {@code "Egyptian Initiative for Personal Rights"} have the same key, and so do {@code Lawyers’ Rights Watch} and
 * {@code Lawyers' Rights Watch}.
 */
public final class NameKey {
    private NameKey() {}

    public static String of(String name) {
        String s = TextFolding.fold(name)
                .replace("&", " and ")
                .replaceAll("['`]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }
}
