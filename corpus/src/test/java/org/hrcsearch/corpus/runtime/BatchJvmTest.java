package org.hrcsearch.corpus.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;

class BatchJvmTest {

    /** {@code ./hrc index} starts the indexer with the options its workers and a server-started reindex get. */
    @Test
    void theLauncherSpellsTheSameOptions() throws Exception {
        String launcher = Files.readString(ProjectPaths.repoRoot().resolve("hrc"));
        Matcher m = Pattern.compile("(?m)^BATCH_JAVA_OPTS=\"((?:[^\"\\\\]|\\\\\\n)*)\"")
                .matcher(launcher);
        assertThat(m.find()).as("BATCH_JAVA_OPTS in ./hrc").isTrue();
        String launcherOptions = m.group(1).replace("\\\n", "");
        assertThat(launcherOptions).isEqualTo(String.join(" ", BatchJvm.options()));
    }
}
