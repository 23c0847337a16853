package io.newswire.enrich.tagging;

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
    public static final String VERSION = "rules-1";

    private static final class Lexicons {
        static final Gazetteer GAZETTEER = Gazetteer.load("/tagging/countries.tsv");
        static final RoleLexicon ROLES = RoleLexicon.load("/tagging/roles.tsv");
        static final TopicClassifier TOPICS = TopicClassifier.load("/tagging/topics.tsv");
    }

    private final Clock clock;

    private RuleTagger(Clock clock) {
        this.clock = clock;
    }

    /** The tagger with the bundled lexicons; cheap to call, the lexicons load on first use. */
    public static RuleTagger standard() {
        return new RuleTagger(Clock.systemUTC());
    }

    /** As {@link #standard()}, stamping {@code enrichedAt} from the given clock. */
    public static RuleTagger withClock(Clock clock) {
        return new RuleTagger(clock);
    }

    @Override
    public Enrichment tag(Article article) {
        Instant now = clock.instant();
        Instant when = article.publishedAt() != null ? article.publishedAt()
                : article.fetchedAt() != null ? article.fetchedAt() : now;
        LocalDate published = LocalDate.ofInstant(when, ZoneOffset.UTC);
        String body = article.body() != null && !article.body().isBlank() ? article.body() : article.summary();
        Doc doc = new Doc(article.title(), body, published, Lexicons.GAZETTEER, Lexicons.ROLES);
        People people = new People(doc);
        List<VisitDraft> drafts = new VisitFinder(doc, people).find();

        List<Visit> visits = new ArrayList<>(drafts.size());
        for (VisitDraft d : drafts) {
            visits.add(toVisit(d, doc, article.id()));
        }
        List<TopicTag> topics = Lexicons.TOPICS.classify(doc,
                !visits.isEmpty() && visits.stream().map(v -> v.visitorCountries().getFirst()).distinct().count() <= 2);
        return new Enrichment(visits, topics, countries(doc), officials(people), VERSION, now);
    }

    private static Visit toVisit(VisitDraft d, Doc doc, String articleId) {
        List<Evidence> evidence = new ArrayList<>();
        for (int s : d.evidence) {
            Sentence sentence = doc.sentences.get(s);
            evidence.add(new Evidence(doc.text.substring(sentence.start(), sentence.end()), sentence.start(),
                    sentence.end()));
        }
        List<String> visitorCountries = List.of(d.visitorCountry);
        return new Visit(VisitIds.id(visitorCountries, d.host, d.start, doc.published), visitorCountries, d.host,
                d.visitors.stream().map(Person::toOfficial).toList(),
                d.hosts.stream().map(Person::toOfficial).toList(), d.start, d.endDate(), d.status,
                Visit.CAMEO_MAKE_VISIT, evidence, List.of(articleId));
    }

    private static List<CountryMention> countries(Doc doc) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Gazetteer.Match m : doc.countryAt) {
            if (m != null && m.code() != null) {
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
