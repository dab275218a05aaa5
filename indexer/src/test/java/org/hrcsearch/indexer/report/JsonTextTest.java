package org.hrcsearch.indexer.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's JSON reads back as written, whatever a path or a parser's message holds. */
class JsonTextTest {

    @Test
    void awkwardStringsSurviveARoundTrip() throws Exception {
        List<String> awkward = List.of(
                "Starging all over again.pdf",
                "quote \" and backslash \\",
                "tab\tnew line\ncarriage\r",
                "control \u0001\u001f",
                "Stellungnahme – «Genève» 日本 \uD83D\uDCC4",
                "lone \uD800 half",
                "line sep \u2028");
        for (String s : awkward) {
            JsonNode back = new ObjectMapper().readTree(JsonText.of(Map.of("path", s)));
            assertThat(back.get("path").asText()).isEqualTo(s);
        }
    }

    @Test
    void numbersBooleansNullsListsAndNestedMapsAreJson() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pages", 181);
        m.put("seconds", 31.5);
        m.put("running", true);
        m.put("report", null);
        m.put("counts", Map.of("indexed", 343));
        m.put("failures", List.of(Map.of("path", "g0917123.pdf")));
        assertThat(JsonText.of(m))
                .isEqualTo("{\"pages\":181,\"seconds\":31.5,\"running\":true,\"report\":null,"
                        + "\"counts\":{\"indexed\":343},\"failures\":[{\"path\":\"g0917123.pdf\"}]}");
        assertThat(new ObjectMapper()
                        .readTree(JsonText.of(Arrays.asList(1, "a", null)))
                        .size())
                .isEqualTo(3);
    }
}
