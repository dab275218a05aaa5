package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.hrcsearch.corpus.model.UnSymbol;
import org.junit.jupiter.api.Test;

class SymbolFinderTest {

    private final SymbolFinder finder = new SymbolFinder();

    @Test
    void findsEveryCitedSymbolOnceInOrder() {
        String text = "We urge you to vote against A/HRC/43/L.31/Rev.1. It recalls resolution A/HRC/RES/37/23, "
                + "and A/HRC/43/L.31/Rev.1 again; see also E/CN.4/RES/2005/1 and A/HRC/WG.6/7/SVN/2/Corr.1.";
        assertThat(finder.findAll(text))
                .containsExactly(
                        "A/HRC/43/L.31/Rev.1", "A/HRC/RES/37/23", "E/CN.4/RES/2005/1", "A/HRC/WG.6/7/SVN/2/Corr.1");
    }

    @Test
    void theCoverSymbolStandsAloneNearTheTop() {
        String cover = "United Nations\nA/HRC/14/15\nGeneral Assembly\nDistr.: General\n22 March 2010\n";
        assertThat(finder.onCover(cover).map(UnSymbol::text)).contains("A/HRC/14/15");
        assertThat(finder.onCover("UNITED\nNATIONS\nA/HRC/8/47 Distr.\nGENERAL\n")
                        .map(UnSymbol::text))
                .contains("A/HRC/8/47");
    }

    @Test
    void aSymbolWrappedAtTheEndOfASentenceIsNotTheCover() {
        String letter = "Geneva, 12 June 2020\nReject amendments to draft resolution\nA/HRC/43/L.31/Rev.1\n";
        assertThat(finder.onCover(letter)).isEmpty();
    }

    @Test
    void fileNamesSpellSymbolsWithUnderscores() {
        assertThat(finder.inFileName("A_HRC_43_L.31_Rev.1.pdf").map(UnSymbol::text))
                .contains("A/HRC/43/L.31/Rev.1");
        assertThat(finder.inFileName("A_HRC_RES_S-35_1.pdf").map(UnSymbol::text))
                .contains("A/HRC/RES/S-35/1");
        assertThat(finder.inFileName("A-HRC-WG.6-7-SVN-1.docx").map(UnSymbol::text))
                .contains("A/HRC/WG.6/7/SVN/1");
        assertThat(finder.inFileName("g0917123.pdf")).isEmpty();
    }
}
