package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.vocab.StateNames;

/**
 * Reads the sponsors a draft resolution or resolution prints for itself: the list before ": draft resolution" on
 * a draft ("Austria*, Brazil, Fiji*: draft resolution", possibly over several lines), or a "Sponsors:" line.
 * The asterisk that marks a State not a member of the Council is dropped, and each name is mapped to the
 * State's canonical name; anything that is not a State is left out. Pure.
 *
 * <p>Only a document's own sponsor lines count: a session report that says a draft was "sponsored by" States is
 * not sponsored by them, so callers apply this to drafts and resolutions only.
 */
public final class SponsorListParser {

    private static final Pattern DRAFT_LINE = Pattern.compile(
            "(?im)^((?:[^:\\n]{2,}[,*]\\s*\\n)*[^:\\n]*?)\\s*:\\s*(?:revised\\s+)?draft\\s+(?:resolution|decision)\\b");
    private static final Pattern SPONSORS_LINE =
            Pattern.compile("(?im)^\\s*(?:co-?)?sponsors?\\s*:\\s*((?:[^\\n]+)(?:\\n(?!\\s*\\n)[^\\n:]+)*)");

    private final StateListReader reader;

    public SponsorListParser(StateNames states) {
        this.reader = new StateListReader(states);
    }

    /** The sponsoring States' canonical names, in the order printed, without repeats. */
    public List<String> sponsors(String text) {
        String head = text.substring(0, Math.min(text.length(), 20_000));
        Set<String> out = new LinkedHashSet<>();
        Matcher d = DRAFT_LINE.matcher(head);
        if (d.find()) {
            out.addAll(states(d.group(1)));
        }
        if (out.isEmpty()) {
            Matcher s = SPONSORS_LINE.matcher(text);
            while (s.find() && out.isEmpty()) {
                out.addAll(states(s.group(1)));
            }
        }
        return new ArrayList<>(out);
    }

    private List<String> states(String list) {
        return reader.read(list);
    }
}
