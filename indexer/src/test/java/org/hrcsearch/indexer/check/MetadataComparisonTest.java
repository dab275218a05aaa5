package org.hrcsearch.indexer.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataComparisonTest {

    private static HrcDocument doc(String session, List<String> signatories) {
        return HrcDocument.builder(new SourceFile(List.of("x"), "b".repeat(64), "application/pdf", 1))
                .session(Session.parse(session).orElse(null))
                .signatories(signatories)
                .title("A “Title”")
                .build();
    }

    @Test
    void precisionAndRecallPerFieldAndEveryDisagreement(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(
                dir.resolve("expected.csv"),
                String.join(
                        "\n",
                        "path,session,signatories,title",
                        "a.pdf,37,FIDH | ISHR,\"a \"\"title\"\"\"",
                        "b.pdf,43,,",
                        "c.pdf,52,,",
                        ""));
        List<ExpectedMetadata> expected = ExpectedMetadataFile.read(csv);
        Map<String, HrcDocument> derived = Map.of(
                "a.pdf", doc("37", List.of("FIDH", "Amnesty International")),
                "b.pdf", doc("44", List.of()));
        MetadataComparison.Result r =
                new MetadataComparison().compare(expected, p -> Optional.ofNullable(derived.get(p)));

        assertThat(r.missing()).containsExactly("c.pdf");
        FieldScore session = r.score(CheckedField.SESSION);
        assertThat(session.truePositives()).isEqualTo(1);
        assertThat(session.precision()).isEqualTo(0.5);
        assertThat(session.recall()).isEqualTo(1.0 / 3);
        FieldScore sig = r.score(CheckedField.SIGNATORIES);
        assertThat(sig.precision()).isEqualTo(0.5);
        assertThat(sig.recall()).isEqualTo(0.5);
        assertThat(r.disagreements(CheckedField.SIGNATORIES).getFirst().describe())
                .isEqualTo("a.pdf  signatories  missing [ISHR]  extra [Amnesty International]");
        // titles ignore case and the form of quotes; b's derived title is an extra value where none was expected
        assertThat(r.disagreements(CheckedField.TITLE))
                .extracting(Disagreement::path)
                .containsExactly("b.pdf");
    }
}
