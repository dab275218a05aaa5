package org.hrcsearch.corpus.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What kind of document this is, e.g. a {@code draft_resolution}; the {@link #key()} is used in queries and facets. */
public enum DocumentType {
    RESOLUTION("resolution", "Resolution"),
    DECISION("decision", "Decision"),
    DRAFT_RESOLUTION("draft_resolution", "Draft resolution"),
    PRESIDENT_STATEMENT("president_statement", "President's statement"),
    REPORT("report", "Report"),
    SESSION_REPORT("session_report", "Report of the Council on its session"),
    NATIONAL_REPORT("national_report", "UPR national report"),
    COMPILATION("compilation", "UPR compilation of UN information"),
    STAKEHOLDER_SUMMARY("stakeholder_summary", "UPR summary of stakeholders' submissions"),
    JOINT_LETTER("joint_letter", "Joint letter or statement"),
    /** A votes file ({@code *.votes.csv}): recorded votes, one row per proposal and State, no report of its own. */
    VOTING_RECORD("voting_record", "Recorded votes (CSV)"),
    OTHER("other", "Other");

    private final String key;
    private final String label;

    DocumentType(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Accepts the key ({@code draft_resolution}), the enum name, or the key with spaces or hyphens. */
    public static Optional<DocumentType> fromKey(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String k = text.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(t -> t.key.equals(k)).findFirst();
    }

    public static String allowedKeys() {
        return Arrays.stream(values()).map(DocumentType::key).collect(Collectors.joining(", ", "[", "]"));
    }
}
