package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.hrcsearch.corpus.model.Language;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private final LanguageGuesser guesser = new LanguageGuesser();

    @Test
    void eachOfTheSixUnLanguagesIsRecognised() {
        assertThat(guesser.guess("Whereas recognition of the inherent dignity and of the equal and inalienable"
                        + " rights of all members of the human family is the foundation of freedom"))
                .isEqualTo(Language.ENGLISH);
        assertThat(guesser.guess("Considérant que la reconnaissance de la dignité inhérente à tous les membres de"
                        + " la famille humaine et de leurs droits égaux et inaliénables"))
                .isEqualTo(Language.FRENCH);
        assertThat(guesser.guess("Considerando que la libertad, la justicia y la paz en el mundo tienen por base el"
                        + " reconocimiento de la dignidad intrínseca"))
                .isEqualTo(Language.SPANISH);
        assertThat(guesser.guess("Принимая во внимание, что признание достоинства, присущего всем членам"
                        + " человеческой семьи, и равных и неотъемлемых прав их"))
                .isEqualTo(Language.RUSSIAN);
        assertThat(guesser.guess("لما كان الاعتراف بالكرامة المتأصلة في جميع أعضاء الأسرة البشرية وبحقوقهم"
                        + " المتساوية الثابتة هو أساس الحرية والعدل والسلام في العالم"))
                .isEqualTo(Language.ARABIC);
        assertThat(guesser.guess("鉴于对人类家庭所有成员的固有尊严及其平等的和不移的权利的承认,乃是世界自由、正义与和平的基础"))
                .isEqualTo(Language.CHINESE);
    }

    /** A speech set in capitals, as some of the General Debate's are, is still in its language. */
    @Test
    void aTextInCapitalsIsInItsLanguage() {
        String english = "YOUR EXCELLENCY, MR. PRESIDENT OF THE GENERAL ASSEMBLY, DISTINGUISHED DELEGATES, LADIES AND"
                + " GENTLEMEN. ALLOW ME AT THE OUTSET TO CONGRATULATE YOU ON YOUR ELECTION TO PRESIDE OVER THIS"
                + " SESSION, AND TO ASSURE YOU OF THE FULL SUPPORT OF MY DELEGATION. ";
        assertThat(guesser.guess(english.repeat(20))).isEqualTo(Language.ENGLISH);
        assertThat(guesser.guess("MONSIEUR LE PRÉSIDENT, PERMETTEZ-MOI DE VOUS FÉLICITER DE VOTRE ÉLECTION À LA"
                        + " PRÉSIDENCE DE CETTE SESSION ET DE VOUS ASSURER DU PLEIN APPUI DE MA DÉLÉGATION."))
                .isEqualTo(Language.FRENCH);
        assertThat(LanguageGuesser.unshouted("The Council, RECALLING its resolution 5/1"))
                .isEqualTo("The Council, RECALLING its resolution 5/1");
    }

    @Test
    void aLanguageOtherThanTheSixIsOtherNotEnglish() {
        assertThat(guesser.guess("Da die Anerkennung der angeborenen Würde und der gleichen und unveräußerlichen"
                        + " Rechte aller Mitglieder der Gemeinschaft der Menschen die Grundlage von Freiheit bildet"))
                .isEqualTo(Language.OTHER);
    }

    @Test
    void aTextWithoutWordsHasNoLanguageToTell() {
        assertThat(guesser.guess("")).isEqualTo(Language.OTHER);
        assertThat(guesser.guess("A/HRC/37/2 12.03.2018 - 3 -")).isEqualTo(Language.OTHER);
    }

    @Test
    void aLongTextIsJudgedOnItsStartMiddleAndEndOnlySoAnEnglishCoverDoesNotDecide() {
        String english = "The Council adopted the resolution without a vote and decided to remain seized. ";
        String french = "Le Conseil a adopté la résolution sans vote et a décidé de rester saisi de la question. ";
        String text = english.repeat(30) + french.repeat(2_000); // 180,000 characters
        String sample = LanguageGuesser.sample(text);
        assertThat(sample.length()).isLessThanOrEqualTo(3 * LanguageGuesser.WINDOW_CHARS + 2);
        assertThat(sample).startsWith(english).contains(french).doesNotContain(english + french);
        assertThat(guesser.guess(text)).isEqualTo(Language.FRENCH);
    }

    @Test
    void chineseOfEitherScriptIsChinese() {
        assertThat(LanguageGuesser.official("zh-CN")).isEqualTo(Language.CHINESE);
        assertThat(LanguageGuesser.official("zh-TW")).isEqualTo(Language.CHINESE);
        assertThat(LanguageGuesser.official("de")).isEqualTo(Language.OTHER);
    }
}
