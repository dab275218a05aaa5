package org.hrcsearch.bench;

import java.nio.file.Path;

/**
 * The UN General Debate corpus of the shared corpus (10,952 speeches, one JSON line each, e.g.
 * {@code {"id": "ARG_01_1946", "iso3": "ARG", "session": 1, "year": 1946, "text": "..."}}) and the mapping by
 * which {@code hrc index --jsonl} reads it, the one the README gives: the benchmarks index it as a user would.
 */
final class GeneralDebate {
    private GeneralDebate() {}

    /** Its {@code session} member is a General Assembly session, not a Council one: {@code session=} keeps it out. */
    static final String MAPPING =
            "id=id,text=text,year=year,state=iso3,session=,title={iso3} statement, UNGA session {session} ({year})";

    /** The speeches' file in the shared corpus. */
    static Path file(Path sharedCorpus) {
        return sharedCorpus.resolve("bulk/ungdc/ungdc_1946-2024.jsonl.gz");
    }
}
