package io.newswire.enrich.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who a name is at a date: invented office holders of real countries. */
class OfficialsTableTest {
    private static final OfficeHolder TAVARES = new OfficeHolder("MZ", "president", "Ilídio Mbanze Tavares",
            List.of("Tavares", "Ilídio Tavares", "Ilidio Mbanze Tavares"), LocalDate.of(2019, 1, 15),
            LocalDate.of(2024, 1, 15));
    private static final OfficeHolder ROCHA = new OfficeHolder("MZ", "president", "Benedita Rocha",
            List.of("Rocha"), LocalDate.of(2024, 1, 15), null);
    private static final OfficeHolder TAVARES_AO = new OfficeHolder("AO", "prime minister", "Jorge Tavares",
            List.of("Tavares"), LocalDate.of(2022, 6, 1), null);
    private static final OfficeHolder KEMAL = new OfficeHolder("SA", "crown prince", "Faisal bin Kemal Al Nour",
            List.of("Faisal bin Kemal"), LocalDate.of(2017, 6, 21), null);
    private static final OfficeHolder KEMAL_PM = new OfficeHolder("SA", "prime minister", "Faisal bin Kemal Al Nour",
            List.of("Faisal bin Kemal"), LocalDate.of(2022, 9, 27), null);

    private final OfficialsTable table = OfficialsTable.of(List.of(TAVARES, ROCHA, TAVARES_AO, KEMAL, KEMAL_PM));

    @Test
    void aSurnameAloneResolvesToTheHolderInOfficeAtTheDate() {
        assertThat(table.whoIs("Tavares", LocalDate.of(2021, 3, 1))).containsExactly(TAVARES);
        assertThat(table.whoIs("Rocha", LocalDate.of(2025, 3, 1))).containsExactly(ROCHA);
    }

    @Test
    void notOutsideTheTermBeyondTheMargin() {
        assertThat(table.whoIs("Tavares", LocalDate.of(2018, 6, 1))).isEmpty();
        assertThat(table.whoIs("Ilídio Tavares", LocalDate.of(2024, 6, 1))).isEmpty();
        assertThat(table.whoIs("Rocha", LocalDate.of(2023, 6, 1))).isEmpty();
        // a few weeks either side of a handover still count: news uses the title early and keeps it late
        assertThat(table.whoIs("Rocha", LocalDate.of(2024, 1, 1))).containsExactly(ROCHA);
        assertThat(table.whoIs("Ilídio Tavares", LocalDate.of(2024, 2, 1))).containsExactly(TAVARES);
    }

    @Test
    void aSurnameTwoCountriesShareThenIsAmbiguousButAFullNameIsNot() {
        LocalDate both = LocalDate.of(2023, 3, 1);
        assertThat(table.whoIs("Tavares", both)).isEmpty();
        assertThat(table.whoIs("Jorge Tavares", both)).containsExactly(TAVARES_AO);
        assertThat(table.whoIs("Ilidio Tavares", both)).containsExactly(TAVARES);
        // once the Mozambican's term is over, the surname is the Angolan's alone
        assertThat(table.whoIs("Tavares", LocalDate.of(2025, 3, 1))).containsExactly(TAVARES_AO);
    }

    @Test
    void namesMatchWithoutAccentsCaseOrPunctuationAndWithMoreMiddleNames() {
        LocalDate d = LocalDate.of(2020, 5, 5);
        assertThat(table.whoIs("ILIDIO MBANZE TAVARES", d)).containsExactly(TAVARES);
        assertThat(table.whoIs("Ilídio José Mbanze Tavares", d)).containsExactly(TAVARES);
        assertThat(table.whoIs("Tomás Tavares", LocalDate.of(2025, 1, 1))).isEmpty();
    }

    @Test
    void twoOfficesOfOnePersonComeMostSeniorFirst() {
        assertThat(table.whoIs("Faisal bin Kemal", LocalDate.of(2023, 1, 1))).containsExactly(KEMAL_PM, KEMAL);
        assertThat(table.whoIs("Faisal bin Kemal", LocalDate.of(2020, 1, 1))).containsExactly(KEMAL);
    }

    @Test
    void whoHeldAnOffice() {
        assertThat(table.holding("MZ", "president", LocalDate.of(2020, 1, 1))).containsExactly(TAVARES);
        assertThat(table.holding("MZ", "president", LocalDate.of(2025, 1, 1))).containsExactly(ROCHA);
        assertThat(table.holding("MZ", "prime minister", LocalDate.of(2025, 1, 1))).isEmpty();
    }

    @Test
    void anOperatorsListIsReadBesideTheBundledTable(@TempDir Path dir) throws IOException {
        Path own = dir.resolve("actors.tsv");
        Files.writeString(own, "# our own\nGH\tforeign minister\tAbena Quaye-Mensah\tQuaye-Mensah\t2024-02-01\t\n");
        OfficialsTable both = OfficialsTable.bundledWith(List.of(own));
        assertThat(both.size()).isEqualTo(OfficialsTable.bundled().size() + 1);
        assertThat(both.whoIs("Quaye-Mensah", LocalDate.of(2025, 1, 1)))
                .extracting(OfficeHolder::country, OfficeHolder::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GH", "foreign minister"));
    }

    @Test
    void aMalformedLineNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "GH\tforeign minister\tAbena Quaye\t\t2024-02-01\t\nGhana\tpresident\tKofi Ansah\n");
        assertThatThrownBy(() -> OfficialsTable.read(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.tsv:2").hasMessageContaining("ISO 3166-1");
        Files.writeString(bad, "GH\tpresident\tKofi Ansah\t\tlast year\t\n");
        assertThatThrownBy(() -> OfficialsTable.read(bad)).hasMessageContaining("bad.tsv:1")
                .hasMessageContaining("bad date");
    }

    @Test
    void theBundledTableIsLoadedAndDated() {
        OfficialsTable bundled = OfficialsTable.bundled();
        assertThat(bundled.size()).isGreaterThan(1000);
    }
}
