package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The evidence of a visit draft: sentence indexes, each once, in the order they were added. */
class SentenceIndexesTest {

    @Test
    void keepsTheOrderOfFirstAdditionAndEachIndexOnce() {
        SentenceIndexes s = SentenceIndexes.NONE.plus(3).plus(0).plus(70).plus(3).plus(64);
        assertThat(s).containsExactly(3, 0, 70, 64);
        assertThat(s.has(70)).isTrue();
        assertThat(s.has(6)).isFalse();
        assertThat(s.has(134)).isFalse();
        assertThat(s.has(-1)).isFalse();
        assertThat(s.contains(64)).isTrue();
        assertThat(s.contains("64")).isFalse();
        assertThat(s.plus(0)).isSameAs(s);
    }

    @Test
    void isAValueEachAdditionLeavesAsItWas() {
        SentenceIndexes one = SentenceIndexes.NONE.plus(1);
        SentenceIndexes two = one.plus(2);
        assertThat(one).containsExactly(1);
        assertThat(two).containsExactly(1, 2);
        assertThat(SentenceIndexes.NONE).isEmpty();
        assertThat(two).isEqualTo(List.of(1, 2)).hasSameHashCodeAs(List.of(1, 2));
        assertThatThrownBy(() -> two.add(3)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> one.plus(-2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersAsAnOrderedSetOfTheSameAdditions() {
        Random r = new Random(7);
        for (int round = 0; round < 200; round++) {
            Set<Integer> expected = new LinkedHashSet<>();
            SentenceIndexes s = SentenceIndexes.NONE;
            for (int k = 0; k < r.nextInt(40); k++) {
                int i = r.nextInt(200);
                expected.add(i);
                s = s.plus(i);
            }
            assertThat(s).containsExactlyElementsOf(expected);
            for (int i = 0; i < 200; i++) {
                assertThat(s.has(i)).isEqualTo(expected.contains(i));
            }
            assertThat(SentenceIndexes.of(new ArrayList<>(expected))).isEqualTo(s);
            assertThat(SentenceIndexes.of(s)).isSameAs(s);
        }
    }
}
