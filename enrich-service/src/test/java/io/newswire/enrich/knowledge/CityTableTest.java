package io.newswire.enrich.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CityTableTest {
    @Test
    void placesAreFoundByTheirFoldedNameMostPopulousFirst() {
        CityTable t = CityTable.of(List.of(new City("Marlow", "US", 20_000, false),
                new City("Marlow", "GB", 110_000, false), new City("São Velmar", "BR", 50_000, false)));
        assertThat(t.named("marlow")).extracting(City::country).containsExactly("GB", "US");
        assertThat(t.named(ActorNames.key("SAO VELMAR"))).extracting(City::country).containsExactly("BR");
        assertThat(t.startsName("sao")).isTrue();
        assertThat(t.startsName("velmar")).isFalse();
        assertThat(t.longestName()).isEqualTo(2);
    }

    @Test
    void theBundledGazetteerHoldsCitiesAndSeatsOfGovernment() {
        CityTable t = CityTable.bundled();
        assertThat(t.named("lahore")).extracting(City::country).startsWith("PK");
        assertThat(t.named("putrajaya")).extracting(City::country).containsExactly("MY");
        assertThat(t.named("kuala lumpur").getFirst().seat()).isTrue();
    }
}
