package io.newswire.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** The JSON names and formats the services and their users rely on. */
class JsonContractTest {

    @Test
    void articleUsesTheContractNamesAndIsoInstants() throws Exception {
        JsonNode json = Json.mapper().readTree(Topics.ARTICLE.serializer().serialize("t", Samples.article()));
        assertThat(json.fieldNames()).toIterable().containsExactly("schemaVersion", "id", "url", "guid", "feedUrl",
                "feedTitle", "title", "summary", "body", "language", "authors", "categories", "publishedAt",
                "fetchedAt", "contentHash", "sourceCountry");
        assertThat(json.get("publishedAt").asText()).isEqualTo("2025-07-08T06:30:00Z");
        assertThat(json.get("fetchedAt").asText()).isEqualTo("2025-07-08T06:45:12.345Z");
    }

    @Test
    void visitDatesAndStatusAreWrittenAsTheContractSays() throws Exception {
        JsonNode json = Json.mapper().readTree(Topics.VISIT.serializer().serialize("t", Samples.visit()));
        assertThat(json.get("startDate").asText()).isEqualTo("2025-07-09");
        assertThat(json.get("status").asText()).isEqualTo("planned");
        assertThat(json.get("cameoCode").asText()).isEqualTo("042");
        assertThat(json.get("visitors").get(1).get("name").asText()).isEqualTo("Yaşar Güler");
    }

    @Test
    void enrichedArticleCarriesTheArticleFieldsAtTopLevel() throws Exception {
        JsonNode json = Json.mapper().readTree(
                Topics.ENRICHED_ARTICLE.serializer().serialize("t", Samples.enriched()));
        assertThat(json.get("title").asText()).isEqualTo("Ministers due in Islamabad");
        assertThat(json.get("enrichment").get("visits").get(0).get("hostCountry").asText()).isEqualTo("PK");
        assertThat(Samples.enriched().article()).isEqualTo(Samples.article());
    }

    @Test
    void readersTolerateUnknownFields() {
        String json = new String(Topics.ARTICLE.serializer().serialize("t", Samples.article()),
                StandardCharsets.UTF_8).replaceFirst("\\{", "{\"addedInV2\":{\"x\":1},");
        Article back = Topics.ARTICLE.deserializer().deserialize("t", json.getBytes(StandardCharsets.UTF_8));
        assertThat(back).isEqualTo(Samples.article());
    }

    @Test
    void recordsWrittenBeforeSourceCountryExistedStillRead() {
        String json = new String(Topics.ARTICLE.serializer().serialize("t", Samples.article().withSourceCountry("NG")),
                StandardCharsets.UTF_8);
        assertThat(json).contains("\"sourceCountry\":\"NG\"");
        String old = json.replace(",\"sourceCountry\":\"NG\"", "");
        Article back = Topics.ARTICLE.deserializer().deserialize("t", old.getBytes(StandardCharsets.UTF_8));
        assertThat(back.sourceCountry()).isNull();
        assertThat(back).isEqualTo(Samples.article());
    }

    @Test
    void aSourceCountryThatIsNoIsoCodeIsRejected() {
        assertThatThrownBy(() -> Samples.article().withSourceCountry("Nigeria"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sourceCountry");
    }

    @Test
    void aRecordWithoutItsIdIsRejectedWithAClearError() {
        byte[] bad = "{\"schemaVersion\":1,\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Topics.ARTICLE.deserializer().deserialize("news.articles.raw", bad))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Article").hasMessageContaining("id must not be blank");
    }

    @Test
    void garbageIsASerializationException() {
        byte[] bad = "not json".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Topics.VISIT.deserializer().deserialize("news.visits", bad))
                .isInstanceOf(SerializationException.class).hasMessageContaining("news.visits");
    }

    @Test
    void unknownStatusIsRejected() {
        assertThatThrownBy(() -> VisitStatus.fromJson("rumoured")).isInstanceOf(IllegalArgumentException.class);
        assertThat(VisitStatus.fromJson(" Cancelled ")).isEqualTo(VisitStatus.CANCELLED);
    }

    @Test
    void topicNamesCanBeOverriddenOneByOne() {
        Topics t = Topics.fromEnv(java.util.Map.of(Topics.ENV_VISITS, "custom.visits", Topics.ENV_ARTICLES_RAW, " "));
        assertThat(t.visits().name()).isEqualTo("custom.visits");
        assertThat(t.articlesRaw().name()).isEqualTo(Topics.DEFAULT_ARTICLES_RAW);
        assertThat(t.all()).hasSize(4);
    }
}
