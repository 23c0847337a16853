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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        List<TopicTag> topics = Lexicons.TOPICS.classify(doc,
                !visits.isEmpty() && visits.stream().map(v -> v.visitorCountries().getFirst()).distinct().count() <= 2);
        return new Enrichment(visits, topics, countries(doc), officials, VERSION, now);
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
                d.visitors().stream().map(Person::toOfficial).toList(),
                d.hosts().stream().map(Person::toOfficial).toList(), d.start(), d.endDate(), d.status(),
                Visit.CAMEO_MAKE_VISIT, evidence, List.of(articleId));
    }

    private static List<CountryMention> countries(Doc doc) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Gazetteer.Match m : doc.countryAt) {
            if (m != null && m.code() != null && m.kind() != Gazetteer.Kind.CITY) {
                counts.merge(m.code(), 1, Integer::sum);
            }
        }
        List<CountryMention> out = new ArrayList<>();
        counts.forEach((code, n) -> out.add(new CountryMention(code, n)));
        out.sort(Comparator.comparingInt(CountryMention::mentions).reversed().thenComparing(CountryMention::code));
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
