package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Date mentions on their own, from the fixture {@code tagging/date-mentions.tsv}: for each invented text and the
 * tense it is read in, every date expression {@link DateFinder} finds with the day it names (and the range's end,
 * read in the same tense).
 */
class DateStageTest {
    static final String FIXTURE = "/tagging/date-mentions.tsv";
    /** a Monday */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 6);

    static Stream<Arguments> rows() {
        return Fixtures.rows(FIXTURE, 3).stream().map(c -> Arguments.of(c[0], DateMention.Tense.valueOf(c[1]), c[2]));
    }

    static String mentions(String text, DateMention.Tense tense) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<String> out = new ArrayList<>();
        for (DateMention m : DateFinder.find(tokens, 0, tokens.size())) {
            LocalDate end = m.end(PUBLISHED, tense);
            out.add(text.substring(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end()) + "="
                    + m.start(PUBLISHED, tense) + (end == null ? "" : ".." + end));
        }
        return String.join("; ", out);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("rows")
    void findsTheDatesOfEachText(String text, DateMention.Tense tense, String expected) {
        assertThat(mentions(text, tense)).isEqualTo(expected);
    }
}
