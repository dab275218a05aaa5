package org.hrcsearch.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hrcsearch.indexer.report.ProgressDisplay;
import org.hrcsearch.launcher.IndexerLaunch;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The launcher names the indexer's main class as text (it cannot see the indexer): it must be this one. */
class IndexerLaunchTest {

    @Test
    void theLauncherStartsIndexCommand() {
        assertThat(IndexerLaunch.mainClass()).isEqualTo(IndexCommand.class.getName());
    }

    @Test
    void theArgumentsOfAServerStartedRunAreIndexCommandsOptions() {
        IndexCommand command = new IndexCommand();
        new CommandLine(command)
                .parseArgs(IndexerLaunch.arguments(List.of(Path.of("corpus")), Path.of("idx"), true)
                        .toArray(String[]::new));
        assertThat(command.folders).containsExactly(Path.of("corpus"));
        assertThat(command.index).isEqualTo(Path.of("idx"));
        assertThat(command.full).isTrue();
        assertThat(command.options().progress()).isEqualTo(ProgressDisplay.Mode.LINES);
    }
}
