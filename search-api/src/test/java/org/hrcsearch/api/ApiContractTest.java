package org.hrcsearch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hrcsearch.corpus.model.DocumentType;
import org.junit.jupiter.api.Test;

/** The check every HTTP test's answers go through catches an answer that drifted from openapi.json. */
class ApiContractTest {

    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));

    private static void check(String method, String target, int status, String body) {
        ApiContract.get().check(method, target, status, JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAnswerAsDescribedPasses() {
        assertThatCode(() -> check(
                        "GET",
                        "/api/search?q=x",
                        400,
                        "{\"error\": {\"code\": \"bad_query\", \"message\": \"unbalanced quote\"}}"))
                .doesNotThrowAnyException();
    }

    @Test
    void aPropertyTheDescriptionDoesNotHaveFails() {
        assertThatThrownBy(() -> check(
                        "GET", "/api/signatories?prefix=am", 200, "{\"total\": 0, \"signatories\": [], \"extra\": 1}"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("extra");
    }

    @Test
    void anErrorThatIsNotTheErrorBodyFails() {
        assertThatThrownBy(() -> check("GET", "/api/search?q=%22", 400, "{\"message\": \"bad\"}"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /api/search?q=%22 answered 400");
    }

    @Test
    void aRouteTheDescriptionDoesNotHaveMustStillAnswerErrorsInTheErrorBody() {
        assertThatCode(() -> check(
                        "DELETE",
                        "/api/search",
                        405,
                        "{\"error\": {\"code\": \"method_not_allowed\", \"message\": \"DELETE is not allowed\"}}"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check("GET", "/api/nowhere", 404, "no such route"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> check("GET", "/api/nowhere", 200, "{}"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not have");
    }

    @Test
    void theDocumentTypesAreDescribedAsTheDomainNamesThem() throws Exception {
        JsonNode api;
        try (var in = ApiContractTest.class.getResourceAsStream("/openapi.json")) {
            api = new ObjectMapper().readTree(in);
        }
        List<String> described = new ArrayList<>();
        api.at("/components/schemas/DocumentRef/properties/type/enum").forEach(t -> described.add(t.asText()));

        assertThat(described)
                .containsExactlyElementsOf(Arrays.stream(DocumentType.values())
                        .map(DocumentType::key)
                        .toList());
    }
}
