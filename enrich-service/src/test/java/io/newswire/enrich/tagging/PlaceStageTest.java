package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.knowledge.World;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where a trigger points, on its own, from the fixture {@code tagging/place-mentions.tsv}: for each invented
 * sentence, the trigger word and its kind, what {@link PlaceFinder} reads after it (destinations, origin, "here",
 * "the country", an unnamed place) and the place fronting the sentence.
 */
class PlaceStageTest {
    static final String FIXTURE = "/tagging/place-mentions.tsv";
    private static final Gazetteer GAZETTEER = Gazetteer.load("/tagging/countries.tsv");
    private static final RoleLexicon ROLES = RoleLexicon.load("/tagging/roles.tsv");

    static Stream<Arguments> rows() {
        return Fixtures.rows(FIXTURE, 4).stream().map(c -> Arguments.of(c[0], c[1], Trigger.Kind.valueOf(c[2]), c[3]));
    }

    /** "to=JP,KR from=PK here anaphoric unnamed fronted=JP", the parts that hold, "-" when none does. */
    static String places(String text, String triggerWord, Trigger.Kind kind) {
        Doc doc = new Doc("", text, LocalDate.of(2024, 5, 6), GAZETTEER, ROLES, World.bundled().places(), null);
        int at = 0;
        while (!doc.is(at, triggerWord)) {
            at++;
        }
        Sentence s = doc.sentences.get(doc.sentenceOf[at]);
        PlaceFinder finder = new PlaceFinder(doc);
        Places p = finder.places(s, new Trigger(kind, at, at + 1), s.to());
        List<String> out = new ArrayList<>();
        if (!p.codes.isEmpty()) {
            out.add("to=" + String.join(",", p.codes));
        }
        if (p.origin != null) {
            out.add("from=" + p.origin);
        }
        if (p.here) {
            out.add("here");
        }
        if (p.anaphoric) {
            out.add("anaphoric");
        }
        if (p.unnamedPlace) {
            out.add("unnamed");
        }
        String fronted = finder.frontedPlace(s);
        if (fronted != null) {
            out.add("fronted=" + fronted);
        }
        return out.isEmpty() ? "-" : String.join(" ", out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsWhereEachTriggerPoints(String text, String trigger, Trigger.Kind kind, String expected) {
        assertThat(places(text, trigger, kind)).isEqualTo(expected);
    }
}
