package org.hrcsearch.corpus.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The States vocabulary checked against an outside list, ISO 3166 as the JDK carries it (CLDR's English names):
 * a count of 195 alone would pass with a misspelt or invented State in place of a real one.
 */
class StatesAgainstIso3166Test {

    private final StateNames states = Vocabularies.bundled().states();

    /**
     * Codes whose CLDR English name is another name of the place rather than a spelling of the UN's: "Congo -
     * Brazzaville", "Congo - Kinshasa", "Vatican City", "Myanmar (Burma)", "Palestinian Territories". Their code
     * is still checked.
     */
    private static final List<String> CLDR_NAMES_ANOTHER_NAME = List.of("COG", "COD", "VAT", "MMR", "PSE");

    @Test
    void everyStateHasARealIso3166CodeOfItsOwn() {
        Map<String, String> alpha3ToAlpha2 = alpha3ToAlpha2();
        assertThat(states.all()).hasSize(195);
        assertThat(states.all()).extracting(StateNames.State::iso3).doesNotHaveDuplicates();
        assertThat(states.all())
                .allSatisfy(state -> assertThat(alpha3ToAlpha2)
                        .as("%s's code %s in ISO 3166", state.name(), state.iso3())
                        .containsKey(state.iso3()));
    }

    @Test
    void everyStatesIso3166NameIsOneOfItsNames() {
        Map<String, String> alpha3ToAlpha2 = alpha3ToAlpha2();
        List<StateNames.State> compared = states.all().stream()
                .filter(state -> !CLDR_NAMES_ANOTHER_NAME.contains(state.iso3()))
                .toList();
        assertThat(compared).hasSize(195 - CLDR_NAMES_ANOTHER_NAME.size());
        assertThat(compared).allSatisfy(state -> {
            String iso = Locale.of("", alpha3ToAlpha2.get(state.iso3())).getDisplayCountry(Locale.ENGLISH);
            String spelledOut = iso.replace(" & ", " and ").replaceFirst("^St\\. ", "Saint ");
            assertThat(states.canonical(spelledOut))
                    .as("ISO 3166 name '%s' of %s", iso, state.iso3())
                    .contains(state.name());
        });
    }

    @Test
    void theObserverStatesAreThere() {
        assertThat(states.canonical("Holy See")).contains("Holy See");
        assertThat(states.canonical("State of Palestine")).contains("State of Palestine");
    }

    private static Map<String, String> alpha3ToAlpha2() {
        Map<String, String> map = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            map.put(Locale.of("", alpha2).getISO3Country(), alpha2);
        }
        return map;
    }
}
