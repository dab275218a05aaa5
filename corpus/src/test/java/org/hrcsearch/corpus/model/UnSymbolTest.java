package org.hrcsearch.corpus.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnSymbolTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
          # input                     | canonical                  | body                       | session | body session | type                | number | rev | add | corr
          A/HRC/RES/37/23             | A/HRC/RES/37/23            | HUMAN_RIGHTS_COUNCIL       | 37      | -            | RESOLUTION          | 23     | -   | -   | -
          A/HRC/37/L.36               | A/HRC/37/L.36              | HUMAN_RIGHTS_COUNCIL       | 37      | -            | DRAFT_RESOLUTION    | 36     | -   | -   | -
          A/HRC/43/L.31/Rev.1         | A/HRC/43/L.31/Rev.1        | HUMAN_RIGHTS_COUNCIL       | 43      | -            | DRAFT_RESOLUTION    | 31     | 1   | -   | -
          A/HRC/DEC/43/112            | A/HRC/DEC/43/112           | HUMAN_RIGHTS_COUNCIL       | 43      | -            | DECISION            | 112    | -   | -   | -
          A/HRC/14/37                 | A/HRC/14/37                | HUMAN_RIGHTS_COUNCIL       | 14      | -            | REPORT              | 37     | -   | -   | -
          A/HRC/14/15/Add.1           | A/HRC/14/15/Add.1          | HUMAN_RIGHTS_COUNCIL       | 14      | -            | REPORT              | 15     | -   | 1   | -
          A/HRC/WG.6/7/SVN/2/Corr.1   | A/HRC/WG.6/7/SVN/2/Corr.1  | UPR_WORKING_GROUP          | -       | 7            | COMPILATION         | 2      | -   | -   | 1
          A/HRC/WG.6/7/SVN/1          | A/HRC/WG.6/7/SVN/1         | UPR_WORKING_GROUP          | -       | 7            | NATIONAL_REPORT     | 1      | -   | -   | -
          A/HRC/WG.6/20/SVN/3         | A/HRC/WG.6/20/SVN/3        | UPR_WORKING_GROUP          | -       | 20           | STAKEHOLDER_SUMMARY | 3      | -   | -   | -
          A/HRC/S-35/1                | A/HRC/S-35/1               | HUMAN_RIGHTS_COUNCIL       | S-35    | -            | REPORT              | 1      | -   | -   | -
          A/HRC/RES/S-35/1            | A/HRC/RES/S-35/1           | HUMAN_RIGHTS_COUNCIL       | S-35    | -            | RESOLUTION          | 1      | -   | -   | -
          E/CN.4/RES/2005/1           | E/CN.4/RES/2005/1          | COMMISSION_ON_HUMAN_RIGHTS | -       | 2005         | RESOLUTION          | 1      | -   | -   | -
          E/CN.4/2005/L.10/Add.2      | E/CN.4/2005/L.10/Add.2     | COMMISSION_ON_HUMAN_RIGHTS | -       | 2005         | DRAFT_RESOLUTION    | 10     | -   | 2   | -
          a/hrc/43/l.31/rev.1         | A/HRC/43/L.31/Rev.1        | HUMAN_RIGHTS_COUNCIL       | 43      | -            | DRAFT_RESOLUTION    | 31     | 1   | -   | -
          A/HRC/ 43 /L.31/ Rev1       | A/HRC/43/L.31/Rev.1        | HUMAN_RIGHTS_COUNCIL       | 43      | -            | DRAFT_RESOLUTION    | 31     | 1   | -   | -
          A/HRC/28/15/Add.1/Corr.1    | A/HRC/28/15/Add.1/Corr.1   | HUMAN_RIGHTS_COUNCIL       | 28      | -            | REPORT              | 15     | -   | 1   | 1
          A/HRC/PRST/30/1             | A/HRC/PRST/30/1            | HUMAN_RIGHTS_COUNCIL       | 30      | -            | PRESIDENT_STATEMENT | 1      | -   | -   | -
          A/HRC/37/NGO/12             | A/HRC/37/NGO/12            | HUMAN_RIGHTS_COUNCIL       | 37      | -            | OTHER               | 12     | -   | -   | -
          A/RES/217(III)              | A/RES/217(III)             | GENERAL_ASSEMBLY           | -       | 3            | RESOLUTION          | 217    | -   | -   | -
          A/RES/217 A (III)           | A/RES/217A(III)            | GENERAL_ASSEMBLY           | -       | 3            | RESOLUTION          | 217    | -   | -   | -
          a/res/2200(xxi)             | A/RES/2200(XXI)            | GENERAL_ASSEMBLY           | -       | 21           | RESOLUTION          | 2200   | -   | -   | -
          A/RES/75/1                  | A/RES/75/1                 | GENERAL_ASSEMBLY           | -       | 75           | RESOLUTION          | 1      | -   | -   | -
          A/RES/60/251/Corr.1         | A/RES/60/251/Corr.1        | GENERAL_ASSEMBLY           | -       | 60           | RESOLUTION          | 251    | -   | -   | 1
          """)
    void parsesTheSymbolGrammar(
            String input,
            String canonical,
            UnBody body,
            String session,
            Integer bodySession,
            DocumentType type,
            int number,
            Integer rev,
            Integer add,
            Integer corr) {
        UnSymbol s = UnSymbol.parse(input).orElseThrow();
        assertThat(s.text()).isEqualTo(canonical);
        assertThat(s.body()).isEqualTo(body);
        assertThat(s.session().map(Session::label).orElse(null)).isEqualTo(session);
        assertThat(s.bodySession()).isEqualTo(optional(bodySession));
        assertThat(s.type()).isEqualTo(type);
        assertThat(s.number()).isEqualTo(number);
        assertThat(s.revision()).isEqualTo(optional(rev));
        assertThat(s.addendum()).isEqualTo(optional(add));
        assertThat(s.corrigendum()).isEqualTo(optional(corr));
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(
            strings = {
                "",
                "A/RES/217(IIII)",
                "A/RES/217(XXXI)",
                "A/RES/217(III)/5",
                "A/RES/S-10/2",
                "A/HRC",
                "A/HRC/",
                "A/HRC/37",
                "A/HRC/RES/37",
                "A/HRC/RES/37/L.1",
                "A/HRC/37/23/Rev",
                "A/HRC/37/23/Rev.1/Rev.2",
                "A/HRC/37/23/Foo.1",
                "A/HRC/WG.6/S-7/SVN/1",
                "A/HRC/0/1",
                "A/RES/60",
                "E/CN.4/37/1",
                "HRC/37/23",
                "win-win cooperation",
                "A//HRC/37/1"
            })
    void rejectsWhatIsNotASymbol(String input) {
        assertThat(UnSymbol.parse(input)).isEmpty();
    }

    @Test
    void uprWorkingGroupSessionIsNeverACouncilSession() {
        UnSymbol s = UnSymbol.parse("A/HRC/WG.6/7/SVN/2/Corr.1").orElseThrow();
        assertThat(s.session()).isEmpty();
        assertThat(s.bodySession()).hasValue(7);
        assertThat(s.country()).hasValue("SVN");
        assertThat(s.series()).hasValue("WG.6");
    }

    @Test
    void revisionsAndAddendaShareTheirBase() {
        UnSymbol draft = UnSymbol.parse("A/HRC/43/L.31").orElseThrow();
        UnSymbol rev = UnSymbol.parse("A/HRC/43/L.31/Rev.1").orElseThrow();
        assertThat(rev.base()).isEqualTo("A/HRC/43/L.31");
        assertThat(rev.isVersionOf(draft)).isTrue();
        assertThat(UnSymbol.parse("A/HRC/43/L.3").orElseThrow().isVersionOf(draft))
                .isFalse();
    }

    @Test
    void specialSessionsAreDistinctFromRegularOnes() {
        assertThat(Session.parse("S-35")).contains(Session.special(35));
        assertThat(Session.parse("35")).contains(Session.regular(35));
        assertThat(Session.special(35)).isNotEqualTo(Session.regular(35));
        assertThat(Session.regular(55)).isLessThan(Session.special(1));
    }
}
