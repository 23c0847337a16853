package io.newswire.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The published JSON Schemas accept what the serdes write and reject what breaks the contract. */
class SchemaTest {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix("https://newswire.io/schemas/", "classpath:schemas/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();

    private static JsonSchema schema(String file) {
        return FACTORY.getSchema(SchemaLocation.of("https://newswire.io/schemas/" + file), CONFIG);
    }

    private static JsonNode json(Object event) {
        return Json.mapper().valueToTree(event);
    }

    @Test
    void validEventsPass() {
        assertThat(schema("article.schema.json").validate(json(Samples.article()))).isEmpty();
        assertThat(schema("visit.schema.json").validate(json(Samples.visit()))).isEmpty();
        assertThat(schema("enriched-article.schema.json").validate(json(Samples.enriched()))).isEmpty();
    }

    @Test
    void anArticleMissingARequiredFieldFails() {
        ObjectNode bad = (ObjectNode) json(Samples.article());
        bad.remove("contentHash");
        Set<ValidationMessage> errors = schema("article.schema.json").validate(bad);
        assertThat(errors).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("contentHash"));
    }

    @Test
    void aVisitWithALowercaseCountryOrUnknownStatusFails() {
        ObjectNode bad = (ObjectNode) json(Samples.visit());
        bad.put("hostCountry", "pk");
        bad.put("status", "rumoured");
        assertThat(schema("visit.schema.json").validate(bad)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void anEnrichedArticleWithABadNestedVisitFails() {
        ObjectNode bad = (ObjectNode) json(Samples.enriched());
        ((ObjectNode) bad.get("enrichment").get("visits").get(0)).remove("hostCountry");
        assertThat(schema("enriched-article.schema.json").validate(bad)).isNotEmpty();
        ObjectNode noEnrichment = (ObjectNode) json(Samples.enriched());
        noEnrichment.remove("enrichment");
        assertThat(schema("enriched-article.schema.json").validate(noEnrichment)).isNotEmpty();
    }

    @Test
    void aNonUtcInstantFails() {
        ObjectNode bad = (ObjectNode) json(Samples.article());
        bad.put("publishedAt", "2025-07-08 06:30");
        assertThat(schema("article.schema.json").validate(bad)).isNotEmpty();
    }
}
