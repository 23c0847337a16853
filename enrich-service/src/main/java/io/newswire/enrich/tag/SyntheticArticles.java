package io.newswire.enrich.tag;

import io.newswire.model.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Article-sized texts (about 3,000 characters, a typical wire story) for the throughput benchmarks, assembled from
 * sentences written for them with varied countries, names and dates. Seeded, so every run measures the same corpus.
 * {@link #generate(int, long)} gives visit reports only (the tagger's hardest work); {@link #generate(int, long,
 * double)} mixes them with other foreign and economic news of the same size, as a real feed does.
 */
public final class SyntheticArticles {
    private static final String[][] COUNTRIES = {
        {"Kenya", "Kenyan", "Nairobi"}, {"Ghana", "Ghanaian", "Accra"}, {"Peru", "Peruvian", "Lima"},
        {"Japan", "Japanese", "Tokyo"}, {"Norway", "Norwegian", "Oslo"}, {"Chile", "Chilean", "Santiago"},
        {"Türkiye", "Turkish", "Ankara"}, {"Pakistan", "Pakistani", "Islamabad"}, {"Vietnam", "Vietnamese", "Hanoi"},
        {"Brazil", "Brazilian", "Brasilia"}, {"India", "Indian", "New Delhi"}, {"Egypt", "Egyptian", "Cairo"},
        {"Poland", "Polish", "Warsaw"}, {"Mexico", "Mexican", "Mexico City"}, {"Indonesia", "Indonesian", "Jakarta"}};
    private static final String[] FIRST = {"Daniel", "Grace", "Marta", "Kenji", "Lucia", "Omar", "Ana", "Piotr",
        "Ravi", "Sofia", "Tomas", "Amara", "Hassan", "Elena", "Jonas"};
    private static final String[] LAST = {"Otieno", "Mensah", "Solis", "Sato", "Herrera", "Haddad", "Ferreira",
        "Nowak", "Menon", "Rojas", "Vega", "Diallo", "Karimi", "Petrova", "Weber"};
    private static final String[] ROLES = {"Foreign Minister", "President", "Prime Minister", "Defence Minister",
        "Trade Minister"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] FILLER = {
        "Officials said the talks would cover trade, investment and energy cooperation, as well as the security "
            + "situation in the region and the fight against terrorism.",
        "The two countries signed several agreements last year, including a memorandum on defence industry "
            + "collaboration and a framework for cultural exchanges between universities.",
        "Analysts expect the meeting to produce a joint statement on climate finance and on the humanitarian "
            + "situation along the border, where aid agencies have warned of shortages.",
        "Bilateral trade reached a record level last year, according to customs figures, driven by exports of "
            + "machinery, agricultural goods and pharmaceuticals.",
        "The ministry said in a statement that both sides were committed to peace and stability and would "
            + "continue regular consultations at all levels.",
        "Business leaders travelling with the delegation are expected to attend an investment forum and to "
            + "visit an industrial zone on the outskirts of the capital.",
        "The opposition criticised the government for what it called a lack of transparency about the costs "
            + "of the trip and the contracts under discussion."};
    /** Sentences of the stories that report no visit: economy, politics, weather, as on any wire. */
    private static final String[] NEWS_FILLER = {
        "The central bank kept its main interest rate unchanged, citing inflation that remains above its target "
            + "and a currency that weakened against the dollar over the past quarter.",
        "Parliament is due to vote next month on the budget, which raises spending on health and schools while "
            + "cutting fuel subsidies that economists have long called wasteful.",
        "Heavy rain flooded several districts over the weekend, closing roads and schools, and the weather service "
            + "warned of more storms before the end of the month.",
        "Exports of coffee, copper and textiles rose in the first half of the year, customs data showed, although "
            + "shipping costs continued to weigh on smaller producers.",
        "The opposition accused the governing coalition of delaying electoral reforms and called supporters to a "
            + "rally in the capital on Saturday.",
        "Unemployment fell to its lowest level in a decade, the statistics office said, helped by construction, "
            + "tourism and a recovery in manufacturing.",
        "The health ministry said vaccination campaigns would be extended to rural areas, where clinics have "
            + "reported shortages of staff and medicines."};
    private static final String[] NEWS_LEADS = {"central bank holds rates as inflation stays high",
        "parliament debates budget", "floods close roads and schools", "exports rise in first half",
        "opposition calls rally over electoral reform", "unemployment falls to decade low"};

    private SyntheticArticles() {
    }

    /** {@code count} visit reports. */
    public static List<Article> generate(int count, long seed) {
        return generate(count, seed, 1.0);
    }

    /**
     * {@code count} stories of which about {@code visitShare} (0..1, spread evenly) report a visit; the others are
     * news of the same length that name countries and people but report no visit.
     */
    public static List<Article> generate(int count, long seed, double visitShare) {
        if (visitShare < 0 || visitShare > 1) {
            throw new IllegalArgumentException("visitShare must be within 0..1, not " + visitShare);
        }
        Random r = new Random(seed);
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // evenly spread: the (i+1)-th story is a visit report when it raises the count of reports due so far
            if (Math.floor((i + 1) * visitShare) == Math.floor(i * visitShare)) {
                out.add(otherNews(r, i));
                continue;
            }
            String[] visitor = COUNTRIES[r.nextInt(COUNTRIES.length)];
            String[] host = COUNTRIES[r.nextInt(COUNTRIES.length)];
            String name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
            String hostName = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
            String role = ROLES[r.nextInt(ROLES.length)];
            String surname = name.substring(name.indexOf(' ') + 1);
            StringBuilder body = new StringBuilder();
            body.append(visitor[1]).append(' ').append(role).append(' ').append(name).append(" arrived in ")
                    .append(host[2]).append(" on ").append(DAYS[r.nextInt(DAYS.length)])
                    .append(" for a ").append(2 + r.nextInt(3)).append("-day official visit aimed at deepening ties "
                    + "between the two countries.\n\n");
            body.append(surname).append(" will hold talks with ").append(host[0]).append("'s President ")
                    .append(hostName).append(" and meet business leaders, officials said.\n\n");
            for (int k = 0; k < 12; k++) {
                body.append(FILLER[r.nextInt(FILLER.length)]).append(k % 3 == 2 ? "\n\n" : " ");
            }
            body.append("The ").append(visitor[1]).append(' ').append(role.toLowerCase(java.util.Locale.ROOT))
                    .append(" is expected to leave for ").append(COUNTRIES[r.nextInt(COUNTRIES.length)][0])
                    .append(" at the end of the week, in a tour that has drawn attention at home.");
            String title = visitor[1] + " " + role.toLowerCase(java.util.Locale.ROOT) + " in " + host[0]
                    + " for talks";
            out.add(new Article(Article.SCHEMA_VERSION, "bench-" + i, null, null, null, null, title, null,
                    body.toString(), "en", List.of(), List.of(), Instant.parse("2025-03-12T09:00:00Z"), null, null));
        }
        return out;
    }

    private static Article otherNews(Random r, int i) {
        String[] country = COUNTRIES[r.nextInt(COUNTRIES.length)];
        String name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
        StringBuilder body = new StringBuilder();
        body.append(country[1]).append(" officials said on ").append(DAYS[r.nextInt(DAYS.length)])
                .append(" that figures published in ").append(country[2]).append(" showed a mixed picture, and ")
                .append(name).append(", an economist, said the coming months would be decisive.\n\n");
        for (int k = 0; k < 14; k++) {
            body.append(NEWS_FILLER[r.nextInt(NEWS_FILLER.length)]).append(k % 3 == 2 ? "\n\n" : " ");
        }
        body.append("Markets in ").append(country[2]).append(" closed little changed.");
        String title = country[0] + ": " + NEWS_LEADS[r.nextInt(NEWS_LEADS.length)];
        return new Article(Article.SCHEMA_VERSION, "bench-" + i, null, null, null, null, title, null,
                body.toString(), "en", List.of(), List.of(), Instant.parse("2025-03-12T09:00:00Z"), null, null);
    }
}
