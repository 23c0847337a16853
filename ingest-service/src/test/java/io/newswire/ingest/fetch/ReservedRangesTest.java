package io.newswire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReservedRangesTest {

    @Test
    void theShippedTableHoldsEveryRangeWithItsKind() throws UnknownHostException {
        ReservedRanges table = ReservedRanges.load();
        assertThat(table.ranges()).extracting(ReservedRanges.Range::kind).containsExactly("reserved", "reserved",
                "carrier-grade NAT", "benchmarking", "IETF protocol", "unique-local", "IPv4-embedded",
                "IPv4-embedded");
        assertThat(table.kindOf(InetAddress.getByName("100.64.0.0"))).isEqualTo("carrier-grade NAT");
        assertThat(table.kindOf(InetAddress.getByName("8.8.8.8"))).isNull();
    }

    @Test
    void aRangeHoldsExactlyItsPrefixBitsAndOnlyItsOwnFamily() throws UnknownHostException {
        ReservedRanges table = ReservedRanges.parse(List.of("# invented", "", "10.20.30.0/23\tinvented\ttest",
                "::/0\tany IPv6\ttest"));
        assertThat(table.kindOf(InetAddress.getByName("10.20.30.7"))).isEqualTo("invented");
        assertThat(table.kindOf(InetAddress.getByName("10.20.31.255"))).isEqualTo("invented");
        assertThat(table.kindOf(InetAddress.getByName("10.20.32.0"))).isNull();
        assertThat(table.kindOf(InetAddress.getByName("10.20.29.255"))).isNull();
        assertThat(table.kindOf(InetAddress.getByName("2001:db8::1"))).isEqualTo("any IPv6");
    }

    @Test
    void aLineThatIsNotARangeIsNamed() {
        for (String bad : new String[] {"10.0.0.0\tx\ty", "10.0.0.0/8\tx", "10.0.0.0/33\tx\ty", "example.com/8\tx\ty",
                "fc00::/129\tx\ty", "10.0.0.0/8\t \ty"}) {
            assertThatThrownBy(() -> ReservedRanges.parse(List.of("# header", bad))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        }
    }
}
