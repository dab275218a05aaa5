package org.hrcsearch.corpus.model;

/** The UN body whose document series a symbol belongs to, e.g. the Council ({@code A/HRC/...}). */
public enum UnBody {
    /** The Human Rights Council itself: {@code A/HRC/37/23}. */
    HUMAN_RIGHTS_COUNCIL("Human Rights Council"),
    /** The Working Group on the Universal Periodic Review: {@code A/HRC/WG.6/7/SVN/2}; sessions of its own. */
    UPR_WORKING_GROUP("Working Group on the Universal Periodic Review"),
    /** Another subsidiary body of the Council with its own series, e.g. {@code A/HRC/WG.2/...}. */
    COUNCIL_SUBSIDIARY("Subsidiary body of the Human Rights Council"),
    /** The Commission on Human Rights (until 2006): {@code E/CN.4/RES/2005/1}; sessions named by year. */
    COMMISSION_ON_HUMAN_RIGHTS("Commission on Human Rights"),
    /**
     * The General Assembly's resolutions: {@code A/RES/75/1}, and before its 31st session {@code A/RES/217(III)}
     * (resolution 217 of the third session, numbered in Roman).
     */
    GENERAL_ASSEMBLY("General Assembly");

    private final String label;

    UnBody(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
