package io.newswire.enrich.tagging;

import io.newswire.enrich.knowledge.ActorMemory;
import io.newswire.enrich.knowledge.World;
import io.newswire.model.Article;
import io.newswire.model.CountryMention;
import io.newswire.model.Enrichment;
import io.newswire.model.Evidence;
import io.newswire.model.Official;
import io.newswire.model.TopicTag;
import io.newswire.model.Visit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The rule-based {@link Tagger}: gazetteer, role lexicon, people, visits, topics. Its lexicons are loaded once per
 * JVM and never change, and each call works on its own objects, so one instance serves every thread.
 *
 * <p>Evidence offsets point into the article's text as the tagger reads it: the title, a blank line ("\n\n"),
 * then the body (the summary when there is no body), each stripped of surrounding whitespace.
 */
public final class RuleTagger implements Tagger {
    public static final String VERSION = RulesVersion.current();

    private static final class Lexicons {
        static final Gazetteer GAZETTEER = Gazetteer.load("/tagging/countries.tsv");
        static final RoleLexicon ROLES = RoleLexicon.load("/tagging/roles.tsv");
        static final TopicClassifier TOPICS = TopicClassifier.load("/tagging/topics.tsv");
    }

    private final Clock clock;
    private final World world;

    private RuleTagger(Clock clock, World world) {
        this.clock = clock;
        this.world = world;
    }

    /** The tagger with the bundled lexicons and knowledge; cheap to call, the tables load on first use. */
    public static RuleTagger standard() {
        return new RuleTagger(Clock.systemUTC(), null);
    }

    /** As {@link #standard()}, stamping {@code enrichedAt} from the given clock. */
    public static RuleTagger withClock(Clock clock) {
        return new RuleTagger(clock, null);
    }

    /** As {@link #standard()}, knowing the given world (office holders, places) instead of the bundled one. */
    public static RuleTagger withWorld(World world) {
        return new RuleTagger(Clock.systemUTC(), world);
    }

    /** As this tagger, knowing the given world instead. */
    public RuleTagger knowing(World other) {
        return new RuleTagger(clock, other);
    }

    private World world() {
        return world != null ? world : World.bundled();
    }

    @Override
    public Enrichment tag(Article article) {
        return tag(article, ActorMemory.NONE);
    }

    @Override
    public Enrichment tag(Article article, ActorMemory actors) {
        World w = world();
        Instant now = clock.instant();
        Instant when = article.publishedAt() != null ? article.publishedAt()
                : article.fetchedAt() != null ? article.fetchedAt() : now;
        LocalDate published = LocalDate.ofInstant(when, ZoneOffset.UTC);
        String body = article.body() != null && !article.body().isBlank() ? article.body() : article.summary();
        Doc doc = new Doc(article.title(), body, published, Lexicons.GAZETTEER, Lexicons.ROLES, w.places(),
                article.sourceCountry());
        People people = new People(doc, new People.Knowledge(w.officials(),
                actors == null ? ActorMemory.NONE : actors, Lexicons.ROLES));
        // the people output is what the text and the knowledge say, before (and whatever) the visit stage finds
        List<Official> officials = officials(people);
        List<VisitDraft> drafts = new VisitFinder(doc, people, w.officials()).find();

        List<Visit> visits = new ArrayList<>(drafts.size());
        for (VisitDraft d : drafts) {
            visits.add(toVisit(d, doc, article.id()));
        }
        List<TopicTag> topics = Lexicons.TOPICS.classify(doc, !visits.isEmpty() && visitorCountries(visits) <= 2);
        return new Enrichment(visits, topics, countries(doc), officials, VERSION, now);
    }

    /** The number of distinct first visitor countries of the visits. */
    private static int visitorCountries(List<Visit> visits) {
        List<String> distinct = new ArrayList<>(2);
        for (Visit v : visits) {
            String c = v.visitorCountries().getFirst();
            if (!distinct.contains(c)) {
                distinct.add(c);
            }
        }
        return distinct.size();
    }

    private static Visit toVisit(VisitDraft d, Doc doc, String articleId) {
        List<Evidence> evidence = new ArrayList<>();
        for (int s : d.evidence()) {
            Sentence sentence = doc.sentences.get(s);
            evidence.add(new Evidence(doc.text.substring(sentence.start(), sentence.end()), sentence.start(),
                    sentence.end()));
        }
        List<String> visitorCountries = List.of(d.visitorCountry());
        return new Visit(VisitIds.id(visitorCountries, d.host(), d.start(), doc.published), visitorCountries, d.host(),
                officials(d.visitors()), officials(d.hosts()), d.start(), d.endDate(), d.status(),
                Visit.CAMEO_MAKE_VISIT, evidence, List.of(articleId));
    }

    private static List<Official> officials(List<Person> persons) {
        List<Official> out = new ArrayList<>(persons.size());
        for (Person p : persons) {
            out.add(p.toOfficial());
        }
        return out;
    }

    /** Most mentioned first, then by code (a total order: each code once). */
    private static final Comparator<CountryMention> BY_MENTIONS =
            Comparator.comparingInt(CountryMention::mentions).reversed().thenComparing(CountryMention::code);

    private static List<CountryMention> countries(Doc doc) {
        // an article names a handful of countries: counting in two short arrays beats a map of boxed counts
        String[] codes = new String[8];
        int[] counts = new int[8];
        int n = 0;
        for (Gazetteer.Match m : doc.countryAt) {
            if (m != null && m.code() != null && m.kind() != Gazetteer.Kind.CITY) {
                int k = 0;
                while (k < n && !codes[k].equals(m.code())) {
                    k++;
                }
                if (k == n) {
                    if (n == codes.length) {
                        codes = Arrays.copyOf(codes, 2 * n);
                        counts = Arrays.copyOf(counts, 2 * n);
                    }
                    codes[n++] = m.code();
                }
                counts[k]++;
            }
        }
        List<CountryMention> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(new CountryMention(codes[k], counts[k]));
        }
        out.sort(BY_MENTIONS);
        return out;
    }

    private static List<Official> officials(People people) {
        List<Official> out = new ArrayList<>();
        for (Person p : people.persons) {
            if (p.role != null) {
                out.add(p.toOfficial());
            }
        }
        return out;
    }
}
