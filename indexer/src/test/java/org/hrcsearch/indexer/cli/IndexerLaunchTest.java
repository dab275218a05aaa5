package org.hrcsearch.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.hrcsearch.launcher.IndexerLaunch;
import org.junit.jupiter.api.Test;

/** The launcher names the indexer's main class as text (it cannot see the indexer): it must be this one. */
class IndexerLaunchTest {

    @Test
    void theLauncherStartsIndexCommand() {
        assertThat(IndexerLaunch.mainClass()).isEqualTo(IndexCommand.class.getName());
    }
}
