package io.newswire.enrich.tag;

import io.newswire.model.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Article-sized texts (about 3,000 characters, a typical wire story) for the throughput benchmark, assembled from
 * sentences written for it with varied countries, names and dates. Seeded, so every run measures the same corpus.
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

    private SyntheticArticles() {
    }

    public static List<Article> generate(int count, long seed) {
        Random r = new Random(seed);
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
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
}
