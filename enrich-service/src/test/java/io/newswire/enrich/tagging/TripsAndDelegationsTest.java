package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Official;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How trips end, go on and who travels: sentences written for these tests. */
class TripsAndDelegationsTest {
    private static List<String> visitorNames(Visit v) {
        return v.visitors().stream().map(Official::name).toList();
    }

    @Test
    void goingHomeEndsTheVisitAndIsNoVisitOfItsOwn() {
        List<Visit> visits = Articles.visits("2024-05-07", "MADRID, May 7 - Irish Prime Minister Ciara Walsh held "
                + "talks in Madrid on Tuesday with Spanish Prime Minister Pablo Ortega. Walsh, who was accompanied "
                + "by Finance Minister Declan Burke, also met Spanish business leaders before returning to Dublin "
                + "in the evening.");
        assertThat(visits).extracting(Visit::hostCountry).containsExactly("ES");
        Visit v = visits.getFirst();
        assertThat(v.status()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(v.startDate()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(visitorNames(v)).containsExactlyInAnyOrder("Ciara Walsh", "Declan Burke");
        assertThat(v.visitors()).allSatisfy(o -> assertThat(o.country()).isEqualTo("IE"));
    }

    @Test
    void aReturnStillAheadLeavesTheVisitAsItIs() {
        Visit v = Articles.visits("2024-05-07", "Irish Prime Minister Ciara Walsh will hold talks in Madrid on "
                + "Friday with Spanish Prime Minister Pablo Ortega before returning to Dublin.").getFirst();
        assertThat(v.hostCountry()).isEqualTo("ES");
        assertThat(v.status()).isEqualTo(VisitStatus.PLANNED);
    }
}
