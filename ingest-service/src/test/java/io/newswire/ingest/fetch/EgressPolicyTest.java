package io.newswire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EgressPolicyTest {
    private static InetAddress ip(String s) throws UnknownHostException {
        return InetAddress.getByName(s);
    }

    @Test
    void nonPublicAddressesAreRefusedByDefault() throws UnknownHostException {
        EgressPolicy p = EgressPolicy.publicOnly();
        for (String a : new String[] {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "192.168.1.1",
                "169.254.169.254", "169.254.1.1", "0.0.0.0", "100.64.0.1", "::1", "fe80::1", "fd00:ec2::254",
                "::ffff:127.0.0.1", "::127.0.0.1", "224.0.0.1", "255.255.255.255"}) {
            assertThat(p.refusal(ip(a), 80)).as(a).isNotNull();
        }
        assertThat(p.refusal(ip("169.254.169.254"), 80)).contains("cloud metadata");
        for (String a : new String[] {"93.184.216.34", "1.1.1.1", "2606:4700:4700::1111"}) {
            assertThat(p.refusal(ip(a), 443)).as(a).isNull();
        }
    }

    @Test
    void eachNonPublicAddressIsNamedByItsKindAndTheEdgesOfEachRangeAreExact() throws UnknownHostException {
        String[][] cases = {
            {"127.8.9.10", "loopback"}, {"::1", "loopback"}, {"::ffff:127.0.0.1", "loopback"},
            {"0.0.0.0", "unspecified"}, {"::", "unspecified"},
            {"169.254.169.254", "cloud metadata"}, {"169.254.170.2", "cloud metadata"},
            {"169.254.1.1", "link-local"}, {"fe80::1", "link-local"},
            {"10.1.2.3", "private"}, {"172.16.0.1", "private"}, {"192.168.1.1", "private"}, {"fec0::1", "private"},
            {"224.0.0.1", "multicast"}, {"ff02::1", "multicast"},
            {"0.1.2.3", "reserved"}, {"240.0.0.1", "reserved"}, {"255.255.255.255", "reserved"},
            {"100.64.0.1", "carrier-grade NAT"}, {"100.127.255.255", "carrier-grade NAT"},
            {"100.100.100.200", "carrier-grade NAT"},
            {"198.18.0.1", "benchmarking"}, {"198.19.255.255", "benchmarking"},
            {"192.0.0.8", "IETF protocol"},
            {"fc00::1", "unique-local"}, {"fd00:ec2::254", "unique-local"}, {"fdff::1", "unique-local"},
            {"::1.2.3.4", "IPv4-embedded"}, {"::0.0.1.0", "IPv4-embedded"}, {"64:ff9b::1.2.3.4", "IPv4-embedded"},
            {"64:ff9b:1::1", "IPv4-embedded"},
        };
        for (String[] c : cases) {
            assertThat(EgressPolicy.privateKind(ip(c[0]))).as(c[0]).isEqualTo(c[1]);
        }
        for (String a : new String[] {"100.63.255.255", "100.128.0.0", "198.17.255.255", "198.20.0.0", "192.0.1.1",
                "fe00::1", "64:ff9a::1", "::ffff:8.8.8.8", "8.8.8.8", "2606:4700:4700::1111"}) {
            assertThat(EgressPolicy.privateKind(ip(a))).as(a).isNull();
        }
    }

    @Test
    void theAllowListIsExactAddressAndPortAndPrivateNetworksCanBeOpened() throws UnknownHostException {
        EgressPolicy p = new EgressPolicy(false, Set.of(new InetSocketAddress(ip("127.0.0.1"), 8080)));
        assertThat(p.refusal(ip("127.0.0.1"), 8080)).isNull();
        assertThat(p.refusal(ip("127.0.0.1"), 8081)).isNotNull();
        assertThat(p.refusal(ip("169.254.169.254"), 8080)).isNotNull();
        assertThat(EgressPolicy.allowingPrivate().refusal(ip("10.0.0.1"), 80)).isNull();
    }

    @Test
    void metadataAddressesStayRefusedWithPrivateNetworksUnlessNamedExactly() throws UnknownHostException {
        EgressPolicy open = EgressPolicy.allowingPrivate();
        for (String a : new String[] {"169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200"}) {
            assertThat(open.refusal(ip(a), 80)).as(a).contains("cloud metadata");
        }
        assertThat(open.refusal(ip("127.0.0.1"), 80)).isNull();
        EgressPolicy named = open.allowing(EgressPolicy.endpoints(List.of("169.254.169.254:80")));
        assertThat(named.refusal(ip("169.254.169.254"), 80)).isNull();
        assertThat(named.refusal(ip("169.254.169.254"), 8080)).contains("cloud metadata");
    }

    @Test
    void allowEndpointEntriesAreHostAndPort() throws UnknownHostException {
        assertThat(EgressPolicy.endpoints(List.of("127.0.0.1:8080", " ", "[::1]:9000")))
                .containsExactlyInAnyOrder(new InetSocketAddress(ip("127.0.0.1"), 8080),
                        new InetSocketAddress(ip("::1"), 9000));
        assertThat(EgressPolicy.endpoints(List.of("localhost:8080"))).isNotEmpty()
                .allMatch(e -> e.getPort() == 8080 && e.getAddress().isLoopbackAddress());
        for (String bad : new String[] {"127.0.0.1", "127.0.0.1:", ":80", "127.0.0.1:http", "127.0.0.1:70000"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EgressPolicy.endpoints(List.of(bad)))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--allow-endpoint");
        }
    }
}
