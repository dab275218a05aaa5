package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleFinderTest {

    private final TitleFinder titles = new TitleFinder();

    @Test
    void aChineseHeadingIsATitleThoughItIsShorterInCharactersThanAnyEnglishOne() {
        String page = "世界人权宣言\n序言\n鉴于对人类家庭所有成员的固有尊严及其平等的和不移的权利的承认,乃是世界自由、正义与和平的基础,\n";
        assertThat(titles.find(page, Optional.of("Chinese, Mandarin (Simplified)")))
                .isEqualTo("世界人权宣言");
    }

    @Test
    void theSameHeadingIsTheTitleInAnAlphabet() {
        String page = "Universal Declaration of Human Rights\nPreamble\nWhereas recognition of the inherent dignity\n";
        assertThat(titles.find(page, Optional.of("English"))).isEqualTo("Universal Declaration of Human Rights");
    }

    @Test
    void aHeadingOfOneShortWordIsNoTitleInAnyScript() {
        assertThat(titles.find("序言\n鉴于对人类家庭所有成员的固有尊严\n", Optional.empty())).isEqualTo("鉴于对人类家庭所有成员的固有尊严");
        assertThat(titles.find("Preface\nWhereas recognition of the inherent dignity\n", Optional.empty()))
                .isEqualTo("Whereas recognition of the inherent dignity");
    }

    @Test
    void widthCountsACharacterOfAScriptWithoutSpacesAsTwoLetters() {
        assertThat(TitleFinder.longEnoughForATitle("人权宣言")).isTrue(); // 4 characters, 8 letters' worth
        assertThat(TitleFinder.longEnoughForATitle("人权宣")).isFalse();
        assertThat(TitleFinder.longEnoughForATitle("世界人権宣言")).isTrue();
        assertThat(TitleFinder.longEnoughForATitle("세계인권선언")).isTrue();
        assertThat(TitleFinder.longEnoughForATitle("Preamble")).isTrue(); // as before: 8 letters
        assertThat(TitleFinder.longEnoughForATitle("Annexes")).isFalse();
    }
}
