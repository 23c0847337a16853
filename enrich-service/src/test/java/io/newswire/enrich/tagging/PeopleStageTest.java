package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.knowledge.World;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The people stage on its own, from the fixture {@code tagging/people-stage.tsv}: for each invented text, the
 * office holders it finds (name|role|country) and the units per sentence the visit stage reads (KIND:text). No
 * visit stage runs here: this is the stage's contract.
 */
class PeopleStageTest {
    static final String FIXTURE = "/tagging/people-stage.tsv";
    private static final Gazetteer GAZETTEER = Gazetteer.load("/tagging/countries.tsv");
    private static final RoleLexicon ROLES = RoleLexicon.load("/tagging/roles.tsv");
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 6);

    static Stream<Arguments> rows() {
        return Fixtures.rows(FIXTURE, 3).stream().map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    static People people(String text) {
        Doc doc = new Doc("", text, PUBLISHED, GAZETTEER, ROLES, World.bundled().places(), null);
        return new People(doc, new People.Knowledge(World.bundled().officials(),
                io.newswire.enrich.knowledge.ActorMemory.NONE, ROLES));
    }

    static String officials(People people) {
        return people.persons.stream().filter(p -> p.role != null)
                .map(p -> p.name + "|" + p.role + "|" + (p.country == null ? "-" : p.country))
                .collect(Collectors.joining("; "));
    }

    static String units(People people) {
        List<String> out = new ArrayList<>();
        for (Sentence s : people.doc.sentences) {
            for (People.Unit u : people.units(s.index())) {
                out.add(u.kind() + ":" + people.doc.text.substring(people.doc.tok(u.from()).start(),
                        people.doc.tok(u.to() - 1).end()));
            }
        }
        return String.join("; ", out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void findsTheOfficialsAndTheUnitsOfEachText(String text, String expectedPeople, String expectedUnits) {
        People people = people(text);
        assertThat(officials(people)).as("people").isEqualTo(expectedPeople);
        assertThat(units(people)).as("units").isEqualTo(expectedUnits);
    }
}
