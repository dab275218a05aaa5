package org.hrcsearch.indexer.enrich;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hrcsearch.corpus.action.ActionRecords;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Page;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.hrcsearch.indexer.extract.ExtractionResult;
import org.hrcsearch.indexer.extract.Extractor;
import org.hrcsearch.indexer.report.ThreadCpu;
import org.hrcsearch.indexer.sidecar.Sidecar;
import org.hrcsearch.indexer.sidecar.SidecarReader;
import org.hrcsearch.indexer.source.CorpusFile;

/**
 * From the copies of one content on disk to the {@link HrcDocument} they make: extract the first copy, derive its
 * metadata, then apply what a sidecar file beside any copy says. Used by indexing and by {@code check-metadata},
 * so that both see the same document. Not thread-safe (the extractor is not): one per worker.
 */
public final class DocumentDeriver {

    /** The document, or why there is none. */
    public sealed interface Derivation {
        /**
         * The document the file makes, the extractor's warnings about how its text came out, and the CPU time of this
         * thread that reading the Council's actions out of it took (0 for a document that is no session report).
         */
        record Derived(HrcDocument document, List<String> warnings, long actionsCpuNanos) implements Derivation {
            public Derived {
                Objects.requireNonNull(document, "document");
                warnings = List.copyOf(warnings);
                if (actionsCpuNanos < 0) {
                    throw new IllegalArgumentException("a CPU time is not negative: " + actionsCpuNanos);
                }
            }

            public Derived(HrcDocument document, List<String> warnings) {
                this(document, warnings, 0);
            }

            public Derived(HrcDocument document) {
                this(document, List.of());
            }
        }

        /** No document: the extractor failed (with its kind of failure), or the sidecar is invalid (a parse failure). */
        record Failed(ExtractionResult.Failed failure) implements Derivation {
            public Failed {
                Objects.requireNonNull(failure, "failure");
            }

            public Failed(String reason) {
                this(new ExtractionResult.Failed(reason));
            }

            public String reason() {
                return failure.reason();
            }
        }
    }

    private final Extractor extractor;
    private final DocumentEnricher enricher;
    private final Vocabularies vocabularies;
    private final SidecarReader sidecars = new SidecarReader();
    private final ActionExtractor actions;
    private final VotesCsvReader votes;

    /** With the bundled vocabularies for the names a sidecar gives. */
    public DocumentDeriver(Extractor extractor, DocumentEnricher enricher) {
        this(extractor, enricher, Vocabularies.bundled());
    }

    public DocumentDeriver(Extractor extractor, DocumentEnricher enricher, Vocabularies vocabularies) {
        this.extractor = extractor;
        this.enricher = enricher;
        this.vocabularies = vocabularies;
        this.actions = new ActionExtractor(vocabularies.states());
        this.votes = new VotesCsvReader(vocabularies.states());
    }

    /** @param copies every path at which these bytes were found, first the one to read */
    public Derivation derive(String sha256, List<CorpusFile> copies) throws IOException, InterruptedException {
        CorpusFile first = copies.getFirst();
        if (VotesCsvReader.isVotesFile(first.path().getFileName().toString())) {
            return votingRecord(sha256, copies);
        }
        return switch (extractor.extract(first.path())) {
            case ExtractionResult.Failed failed -> new Derivation.Failed(failed);
            case ExtractionResult.Extracted extracted -> {
                SourceFile source = new SourceFile(
                        copies.stream().map(CorpusFile::displayPath).toList(),
                        sha256,
                        extracted.extraction().contentType(),
                        first.size());
                HrcDocument doc =
                        enricher.enrich(source, first.path().getFileName().toString(), extracted.extraction());
                yield withSidecar(doc, copies, extracted.extraction().warnings());
            }
        };
    }

    /**
     * A report of the Council on its session with the actions it tells of, and the extractor's warnings beside the
     * extraction's (each starting {@code actions: }); any other document as it is.
     */
    private Derivation.Derived withActions(HrcDocument doc, List<String> warnings) {
        if (doc.type() != DocumentType.SESSION_REPORT || doc.symbol().isEmpty()) {
            return new Derivation.Derived(doc, warnings);
        }
        long cpu0 = ThreadCpu.nanos();
        ReportActions read = actions.extract(
                doc.symbol().get(), doc.pages().stream().map(Page::text).toList());
        List<String> all = new ArrayList<>(warnings);
        read.warnings().forEach(w -> all.add(ACTIONS_WARNING + w));
        HrcDocument withActions = doc.toBuilder()
                .actions(new ActionRecords(read.actions(), read.adoptedTexts()))
                .build();
        return new Derivation.Derived(withActions, all, Math.max(0, ThreadCpu.nanos() - cpu0));
    }

    /**
     * The voting record a votes file makes, or why it makes none: every bad row with its line number. Read here,
     * not by a worker: a CSV goes through no parser that could hang or run out of memory, only the size cap.
     */
    private Derivation votingRecord(String sha256, List<CorpusFile> copies) throws IOException {
        CorpusFile first = copies.getFirst();
        if (first.size() > MAX_VOTES_FILE_BYTES) {
            return new Derivation.Failed("a votes file of " + first.size() + " bytes is more than the "
                    + MAX_VOTES_FILE_BYTES / (1024 * 1024) + " MiB read at once; split it (by session, for one)");
        }
        if (first.size() == 0) {
            return new Derivation.Failed(new ExtractionResult.Failed(ExtractionResult.Failure.EMPTY, "empty file"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(first.path())))
                    .toString();
        } catch (CharacterCodingException e) {
            return new Derivation.Failed("a votes file is UTF-8 text; this one is not (saved as Latin-1 or Windows"
                    + " text? save it again as CSV UTF-8)");
        }
        return switch (votes.read(text)) {
            case VotesCsvReader.Result.Rejected rejected -> new Derivation.Failed(rejected.message());
            case VotesCsvReader.Result.Read read -> {
                SourceFile source = new SourceFile(
                        copies.stream().map(CorpusFile::displayPath).toList(), sha256, VOTES_MEDIA_TYPE, first.size());
                yield new Derivation.Derived(VotingRecordDocument.of(source, read.actions()));
            }
        };
    }

    /** The largest votes file read: 64 MiB, some 400,000 rows. */
    static final long MAX_VOTES_FILE_BYTES = 64L * 1024 * 1024;

    /** The media type of a votes file, as its document records it. */
    public static final String VOTES_MEDIA_TYPE = "text/csv";

    /** How a warning of the action extractor starts in the run's report. */
    public static final String ACTIONS_WARNING = "actions: ";

    private Derivation withSidecar(HrcDocument doc, List<CorpusFile> copies, List<String> warnings) {
        try {
            Optional<Sidecar> sidecar =
                    sidecars.read(copies.stream().map(CorpusFile::path).toList());
            return withActions(sidecar.map(s -> s.applyTo(doc, vocabularies)).orElse(doc), warnings);
        } catch (SidecarReader.InvalidSidecarException e) {
            return new Derivation.Failed(e.getMessage());
        } catch (IllegalArgumentException e) {
            return new Derivation.Failed("sidecar: " + e.getMessage());
        }
    }
}
