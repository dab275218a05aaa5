package org.hrcsearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.hrcsearch.corpus.action.ActionSource;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.Tally;
import org.hrcsearch.corpus.index.RunState;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.report.FileOutcome;
import org.hrcsearch.indexer.report.IndexingReport;
import org.hrcsearch.indexer.report.Outcome;
import org.hrcsearch.indexer.report.ProgressDisplay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A votes file ({@code *.votes.csv}) in a corpus folder is one document of type {@code voting_record} that stores
 * its actions as a report does; a bad one is a failed file with every bad row's line in the run's report, skipped
 * while it stays unchanged, and a votes file edited into a bad one keeps its previous version in the index.
 */
class VotesFileIndexTest {

    @TempDir
    Path tmp;

    private static final String GOOD = """
            symbol,date,title,state,vote
            A/HRC/RES/37/9,2018-03-22,"Cooperation with Georgia, and its people",Angola,Y
            A/HRC/RES/37/9,2018-03-22,"Cooperation with Georgia, and its people",China,N
            A/HRC/RES/37/9,2018-03-22,"Cooperation with Georgia, and its people",Brazil,A
            A/HRC/37/L.40,2018-03-23,Question of a State,Angola,N
            A/HRC/37/L.40,2018-03-23,Question of a State,China,N
            A/HRC/37/L.40,2018-03-23,Question of a State,Czechia,Y
            """;

    private static final String BAD = """
            symbol,date,title,state,vote
            A/HRC/RES/37/9,2018-03-22,T,Angola,Y
            A/HRC/RES/37/9,2018-03-22,T,Atlantis,Y
            A/HRC/RES/37/9,2018-03-22,T,China,Y
            A/HRC/RES/37/9,2018-22-03,T,Brazil,N
            """;

    private Path corpus() throws IOException {
        return Files.createDirectories(tmp.resolve("corpus"));
    }

    private IndexingReport run() throws Exception {
        return run(false);
    }

    /** With {@code force}, a run that loses one of two documents commits. */
    private IndexingReport run(boolean force) throws Exception {
        IndexRun.Options options = new IndexRun.Options(List.of(corpus()), tmp.resolve("index"), 1)
                .withProgress(ProgressDisplay.Mode.NONE)
                .withForce(force);
        return new IndexRun(new HrcSchema(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(options);
    }

    private static FileOutcome outcome(IndexingReport report, String name) {
        return report.outcomes().stream()
                .filter(o -> o.path().endsWith(name))
                .findFirst()
                .orElseThrow();
    }

    /** Every live document's stored fields, by its file's name. */
    private Map<String, Document> stored() throws IOException {
        try (FSDirectory dir = FSDirectory.open(tmp.resolve("index"));
                DirectoryReader reader = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(reader);
            Map<String, Document> out = new TreeMap<>();
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live == null || live.get(i)) {
                    Document d = reader.storedFields().document(i);
                    out.put(
                            Path.of(d.get(HrcField.PATH.fieldName()))
                                    .getFileName()
                                    .toString(),
                            d);
                }
            }
            return out;
        }
    }

    private List<String> actionsOf(String name) throws IOException {
        List<String> out = new ArrayList<>();
        for (CouncilAction a : DocumentMapper.actions(stored().get(name)).actions()) {
            out.add(a.draft().map(Object::toString).orElse("") + ","
                    + a.resulting().map(Object::toString).orElse("") + ","
                    + a.outcome().key() + "," + a.tally().map(Tally::toString).orElse(""));
        }
        return out;
    }

    @Test
    void aVotesFileIsOneVotingRecordThatStoresItsActions() throws Exception {
        Files.writeString(corpus().resolve("session-37.votes.csv"), GOOD);
        Files.writeString(corpus().resolve("note.txt"), "A note that is no votes file.");
        Files.writeString(corpus().resolve("plain.csv"), "a,b\n1,2\n");

        IndexingReport report = run();

        assertThat(outcome(report, "session-37.votes.csv").outcome()).isEqualTo(Outcome.INDEXED);
        assertThat(report.outcomes()).extracting(FileOutcome::path).noneMatch(p -> p.endsWith("plain.csv"));
        Document d = stored().get("session-37.votes.csv");
        assertThat(d.get(HrcField.TYPE.fieldName())).isEqualTo(DocumentType.VOTING_RECORD.key());
        assertThat(d.get(HrcField.TITLE.fieldName())).isEqualTo("Recorded votes on 2 proposals of session 37");
        assertThat(d.get(HrcField.SESSION.fieldName())).isEqualTo("37");
        assertThat(actionsOf("session-37.votes.csv"))
                .containsExactly(",A/HRC/RES/37/9,adopted_by_vote,1-1-1", "A/HRC/37/L.40,,rejected,1-2-0");
        CouncilAction first = DocumentMapper.actions(d).actions().getFirst();
        assertThat(first.source()).isEqualTo(ActionSource.votesFile(List.of(2, 4)));
        assertThat(first.title()).isEqualTo("Cooperation with Georgia, and its people");
    }

    @Test
    void aBadVotesFileFailsWithTheLineOfEveryBadRowAndIsSkippedWhileUnchanged() throws Exception {
        Files.writeString(corpus().resolve("bad.votes.csv"), BAD);
        Files.writeString(corpus().resolve("note.txt"), "A note that is no votes file.");

        IndexingReport first = run();

        FileOutcome failed = outcome(first, "bad.votes.csv");
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED_PARSE);
        assertThat(failed.reason())
                .startsWith("2 bad rows, nothing of the votes file loaded")
                .contains("line 3: unknown State 'Atlantis'")
                .contains("line 5: date '2018-22-03'");
        assertThat(stored()).containsOnlyKeys("note.txt");
        JsonNode line = reportLine(first, "bad.votes.csv");
        assertThat(line.get("outcome").asText()).isEqualTo("failed_parse");
        assertThat(line.get("reason").asText()).contains("line 3").contains("line 5");

        IndexingReport second = run();

        assertThat(second.conclusion().orElseThrow().state()).isEqualTo(RunState.UNCHANGED);
        assertThat(outcome(second, "bad.votes.csv").outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(outcome(second, "bad.votes.csv").reason()).startsWith("unchanged since it failed (failed_parse");
    }

    @Test
    void aVotesFileEditedIntoABadOneKeepsItsPreviousVersionUntilItIsFixed() throws Exception {
        Path votes = Files.writeString(corpus().resolve("session-37.votes.csv"), GOOD);
        Files.writeString(corpus().resolve("note.txt"), "A note that is no votes file.");
        run();
        List<String> before = actionsOf("session-37.votes.csv");

        Files.writeString(votes, BAD);
        IndexingReport broken = run();

        assertThat(outcome(broken, "session-37.votes.csv").outcome()).isEqualTo(Outcome.FAILED_PARSE);
        assertThat(broken.conclusion().orElseThrow().documents()).isEqualTo(2);
        assertThat(actionsOf("session-37.votes.csv")).isEqualTo(before);

        IndexingReport unchanged = run();

        assertThat(unchanged.conclusion().orElseThrow().state()).isEqualTo(RunState.UNCHANGED);
        assertThat(unchanged.outcomes()).extracting(FileOutcome::outcome).doesNotContain(Outcome.DELETED);
        assertThat(actionsOf("session-37.votes.csv")).isEqualTo(before);

        Files.writeString(votes, GOOD.replace("Czechia,Y", "Czechia,A"));
        IndexingReport fixed = run();

        assertThat(outcome(fixed, "session-37.votes.csv").outcome()).isEqualTo(Outcome.INDEXED);
        assertThat(stored()).hasSize(2);
        assertThat(actionsOf("session-37.votes.csv"))
                .containsExactly(",A/HRC/RES/37/9,adopted_by_vote,1-1-1", "A/HRC/37/L.40,,rejected,0-2-1");

        Files.delete(votes);
        run(true);

        assertThat(stored()).containsOnlyKeys("note.txt");
    }

    private JsonNode reportLine(IndexingReport report, String name) throws IOException {
        Path reports = tmp.resolve("index");
        try (var files = Files.walk(reports)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .toList()) {
                for (String l : Files.readAllLines(f)) {
                    JsonNode n = new ObjectMapper().readTree(l);
                    if (n.path("path").asText().endsWith(name)) {
                        return n;
                    }
                }
            }
        }
        throw new AssertionError("no report line for " + name);
    }
}
