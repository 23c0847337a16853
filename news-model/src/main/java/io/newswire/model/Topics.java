package io.newswire.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic Newswire reads or writes, with its key and value serdes. Names default to {@code news.*} and can be
 * overridden one by one by environment variables (or the services' flags), e.g. {@code TOPIC_ARTICLES_RAW}.
 */
public record Topics(
        Topic<String, Article> articlesRaw,
        Topic<String, EnrichedArticle> articlesEnriched,
        Topic<String, Visit> visits,
        Topic<byte[], byte[]> deadLetter) {

    public static final String DEFAULT_ARTICLES_RAW = "news.articles.raw";
    public static final String DEFAULT_ARTICLES_ENRICHED = "news.articles.enriched";
    public static final String DEFAULT_VISITS = "news.visits";
    public static final String DEFAULT_DEAD_LETTER = "news.deadletter";

    public static final String ENV_ARTICLES_RAW = "TOPIC_ARTICLES_RAW";
    public static final String ENV_ARTICLES_ENRICHED = "TOPIC_ARTICLES_ENRICHED";
    public static final String ENV_VISITS = "TOPIC_VISITS";
    public static final String ENV_DEAD_LETTER = "TOPIC_DEADLETTER";

    public static final Serde<String> KEYS = Serdes.String();
    public static final JsonSerde<Article> ARTICLE = new JsonSerde<>(Article.class);
    public static final JsonSerde<EnrichedArticle> ENRICHED_ARTICLE = new JsonSerde<>(EnrichedArticle.class);
    public static final JsonSerde<Visit> VISIT = new JsonSerde<>(Visit.class);

    public static Topics defaults() {
        return named(DEFAULT_ARTICLES_RAW, DEFAULT_ARTICLES_ENRICHED, DEFAULT_VISITS, DEFAULT_DEAD_LETTER);
    }

    public static Topics named(String articlesRaw, String articlesEnriched, String visits, String deadLetter) {
        return new Topics(
                new Topic<>(articlesRaw, KEYS, ARTICLE),
                new Topic<>(articlesEnriched, KEYS, ENRICHED_ARTICLE),
                new Topic<>(visits, KEYS, VISIT),
                new Topic<>(deadLetter, Serdes.ByteArray(), Serdes.ByteArray()));
    }

    /** Defaults, overridden by whichever {@code TOPIC_*} variables are set (blank counts as unset). */
    public static Topics fromEnv(Map<String, String> env) {
        Function<String, String> get = key -> {
            String v = env.get(key);
            return v == null || v.isBlank() ? null : v.trim();
        };
        return named(
                or(get.apply(ENV_ARTICLES_RAW), DEFAULT_ARTICLES_RAW),
                or(get.apply(ENV_ARTICLES_ENRICHED), DEFAULT_ARTICLES_ENRICHED),
                or(get.apply(ENV_VISITS), DEFAULT_VISITS),
                or(get.apply(ENV_DEAD_LETTER), DEFAULT_DEAD_LETTER));
    }

    public List<Topic<?, ?>> all() {
        return List.of(articlesRaw, articlesEnriched, visits, deadLetter);
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
