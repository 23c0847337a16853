package io.newswire.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The topic codes the tagger gives articles ({@link TopicTag#code()}), each with the IPTC Media Topic concept it is
 * mapped to (IPTC Media Topics NewsCodes, https://cv.iptc.org/newscodes/mediatopic/, (c) IPTC, CC BY 4.0). The
 * enrich-service lexicon ({@code tagging/topics.tsv}) defines a topic for each of these and no other; the store's
 * API and {@code subscribe} accept only these codes.
 */
public enum TopicCode {
    DEFENSE("defense", "medtop:20000598", "national security",
            "Armed forces, defence policy and industry, weapons, military exercises"),
    SECURITY("security", "medtop:20000598", "national security",
            "Security cooperation, intelligence, policing, border and cyber security, alliances"),
    COUNTER_TERRORISM("counter_terrorism", "medtop:20000053", "act of terror",
            "Terrorist attacks and the fight against terrorism and extremism"),
    TRADE_INVESTMENT("trade_investment", "medtop:20000377", "trade policy",
            "Trade agreements, tariffs, exports, investment and economic cooperation"),
    ENERGY("energy", "medtop:20000430", "natural resources",
            "Oil, gas, power, nuclear and renewable energy, pipelines, energy deals"),
    ARMED_CONFLICT("armed_conflict", "medtop:20000056", "armed conflict",
            "Wars, fighting, strikes and ceasefires"),
    PEACE_PROCESS("peace_process", "medtop:20000073", "peace process",
            "Peace talks, mediation, peace agreements and their implementation"),
    TERRITORIAL_DISPUTE("territorial_dispute", "medtop:16000000", "conflict, war and peace",
            "Disputed borders, territories and maritime claims"),
    HUMANITARIAN("humanitarian", "medtop:20000168", "emergency response",
            "Humanitarian aid, disaster relief, refugees' needs and relief operations"),
    MIGRATION("migration", "medtop:20000771", "immigration",
            "Migration, asylum, refugees' movement, visas and deportation"),
    CLIMATE_ENVIRONMENT("climate_environment", "medtop:06000000", "environment",
            "Climate change, emissions, environmental protection"),
    HEALTH("health", "medtop:07000000", "health",
            "Public health, diseases, vaccines, health cooperation"),
    TECHNOLOGY("technology", "medtop:20000756", "technology and engineering",
            "Technology, digital and space cooperation, semiconductors, artificial intelligence"),
    MULTILATERAL("multilateral", "medtop:20000638", "international relations",
            "Summits, international organisations and blocs (UN, G20, ASEAN, BRICS, ...)"),
    BILATERAL_RELATIONS("bilateral_relations", "medtop:20000639", "diplomacy",
            "Relations between two countries: talks, agreements, ties and their anniversaries");

    private static final List<TopicCode> ALL = List.of(values());

    private final String code;
    private final String iptc;
    private final String iptcLabel;
    private final String meaning;

    TopicCode(String code, String iptc, String iptcLabel, String meaning) {
        this.code = code;
        this.iptc = iptc;
        this.iptcLabel = iptcLabel;
        this.meaning = meaning;
    }

    /** The code in events and query parameters, e.g. {@code trade_investment}. */
    public String code() {
        return code;
    }

    /** The IPTC Media Topic concept, e.g. {@code medtop:20000377}. */
    public String iptc() {
        return iptc;
    }

    /** The IPTC Media Topic concept's name. */
    public String iptcLabel() {
        return iptcLabel;
    }

    /** What articles with this topic are about. */
    public String meaning() {
        return meaning;
    }

    public static List<TopicCode> all() {
        return ALL;
    }

    /** The topic with this code, whatever its case. */
    public static Optional<TopicCode> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(t -> t.code.equals(c)).findFirst();
    }

    /** The valid codes, comma-separated, for error messages. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(TopicCode::code).toList());
    }
}
