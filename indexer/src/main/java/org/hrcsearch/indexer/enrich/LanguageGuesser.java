package org.hrcsearch.indexer.enrich;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.hrcsearch.corpus.model.Language;

/**
 * Guesses a document's {@link Language} from its text with the Optimaize language detector (the one Apache Tika
 * wraps: character n-gram profiles of 71 languages): one of the six UN languages, or {@link Language#OTHER} for
 * any other language and for a text too short or too mixed to tell, so that a German letter is never taken for
 * English.
 *
 * <p>Only a bounded sample is read: up to {@link #WINDOW_CHARS} characters from the start, the middle and the end
 * of the text, so a 300-page report costs what a letter costs, and an English cover page does not decide for a
 * report in French. Thread-safe (the detector is immutable) and deterministic (its random sampling has a fixed
 * seed); pure apart from reading the detector's bundled profiles once per process, at the first guess.
 */
public final class LanguageGuesser {

    /** The characters read at each of the three places of a long text. */
    static final int WINDOW_CHARS = 2_000;

    /** Fewer letters than this say too little: the text's language is {@link Language#OTHER}. */
    static final int MIN_LETTERS = 20;

    /** Below this probability the best guess is no guess: {@link Language#OTHER}. */
    static final double MIN_PROBABILITY = 0.5;

    /** The detector's filters for large texts ({@code CommonTextObjectFactories.forDetectingOnLargeText}), its URL filter by hand. */
    private final TextObjectFactory texts = new TextObjectFactoryBuilder()
            .maxTextLength(10_000)
            .withTextFilter(new WebAddressFilter())
            .withTextFilter(RemoveMinorityScriptsTextFilter.forThreshold(0.3))
            .build();

    /** The detector, once built; see {@link #detector()}. */
    private static volatile LanguageDetector detector;

    /**
     * The detector, built once per process at the first guess, not when a guesser is made: reading its 71 profiles
     * takes seconds and tens of megabytes, and an indexer builds its guesser before its run starts recording a
     * status, so a heap too small for the profiles must run out inside the run (which then fails as any run that
     * runs out of memory does). Not a class-holder idiom: a class whose initialiser ran out of memory is unusable
     * for good, and the next caller would see "could not initialize class" instead of the memory it lacks.
     */
    static LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d == null) {
            synchronized (LanguageGuesser.class) {
                d = detector;
                if (d == null) {
                    d = build();
                    detector = d;
                }
            }
        }
        return d;
    }

    private static LanguageDetector build() {
        try {
            return LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .seed(42L)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("the language profiles bundled with the detector cannot be read", e);
        }
    }

    /** The language of {@code text}. */
    public Language guess(String text) {
        String sample = unshouted(sample(text));
        if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return Language.OTHER;
        }
        List<DetectedLanguage> found = detector().getProbabilities(texts.forText(sample));
        if (found.isEmpty() || found.getFirst().getProbability() < MIN_PROBABILITY) {
            return Language.OTHER;
        }
        return official(found.getFirst().getLocale().getLanguage());
    }

    /**
     * A text set in capitals, as a speech or a cover may be ("YOUR EXCELLENCY, MR. PRESIDENT"), in lower case: the
     * detector's profiles are of ordinary text, and took a whole speech in capitals for no language at all. A text
     * with more capitals than small letters is read in small letters; any other is left as it is.
     */
    static String unshouted(String sample) {
        long upper = sample.codePoints().filter(Character::isUpperCase).count();
        long lower = sample.codePoints().filter(Character::isLowerCase).count();
        return upper > lower ? sample.toLowerCase(Locale.ROOT) : sample;
    }

    /** {@code zh-CN} and {@code zh-TW} are Chinese; a language other than the six is {@link Language#OTHER}. */
    static Language official(String detected) {
        String code = detected.toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        String base = dash < 0 ? code : code.substring(0, dash);
        return Language.fromCode(base).orElse(Language.OTHER);
    }

    /** The text itself when short, else a window at its start, its middle and its end, joined by line breaks. */
    static String sample(String text) {
        if (text.length() <= 3 * WINDOW_CHARS) {
            return text;
        }
        int middle = text.length() / 2 - WINDOW_CHARS / 2;
        return window(text, 0) + "\n" + window(text, middle) + "\n" + window(text, text.length() - WINDOW_CHARS);
    }

    private static String window(String text, int from) {
        int start = from;
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        int end = Math.min(text.length(), from + WINDOW_CHARS);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }
}
