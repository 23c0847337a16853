package io.newswire.store.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.newswire.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a real response against the OpenAPI description the API serves: the documented status of the operation,
 * its content type, and a JSON body against the response's schema (OpenAPI 3.1 schemas are JSON Schema 2020-12).
 */
final class OpenApiResponses {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private final JsonNode doc;

    OpenApiResponses() throws IOException {
        try (InputStream in = StoreApi.class.getResourceAsStream(StoreApi.OPENAPI_RESOURCE)) {
            doc = Json.mapper().readTree(in);
        }
    }

    /** The documented path template that a concrete path matches, e.g. /api/visits/{id} for /api/visits/v-1. */
    Optional<String> template(String path) {
        List<String> names = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(names::add);
        if (names.contains(path)) {
            return Optional.of(path);
        }
        return names.stream().filter(t -> path.matches(t.replaceAll("\\{[^/]+}", "[^/]+"))).findFirst();
    }

    /**
     * The problems of one response to {@code GET path}; empty when it is as documented.
     *
     * @param contentType the response's Content-Type header
     * @param body        the response body (the first part only, for a stream)
     */
    List<String> problems(String path, int status, String contentType, String body) throws IOException {
        List<String> problems = new ArrayList<>();
        Optional<String> template = template(path);
        if (template.isEmpty()) {
            return List.of("no documented path matches " + path);
        }
        JsonNode responses = doc.get("paths").get(template.get()).get("get").get("responses");
        JsonNode response = responses.get(Integer.toString(status));
        if (response == null) {
            response = responses.get("default");
        }
        if (response == null) {
            return List.of(template.get() + ": status " + status + " is not documented");
        }
        response = deref(response);
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode content = response.path("content").get(mediaType);
        if (content == null) {
            return List.of(template.get() + " " + status + ": content type " + mediaType + " is not documented");
        }
        if (mediaType.equals("application/json")) {
            JsonNode schema = content.get("schema");
            ObjectNode root = Json.mapper().createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            // the document's components beside the response schema, so that #/components/... references resolve
            root.set("components", doc.get("components"));
            root.putArray("allOf").add(schema);
            JsonSchema validator = FACTORY.getSchema(root, CONFIG);
            Set<ValidationMessage> errors = validator.validate(Json.mapper().readTree(body));
            errors.forEach(e -> problems.add(template.get() + " " + status + ": " + e.getMessage()));
        }
        return problems;
    }

    private JsonNode deref(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : doc.at(ref.asText().substring(1));
    }
}
