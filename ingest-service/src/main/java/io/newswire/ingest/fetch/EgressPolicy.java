package io.newswire.ingest.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which addresses a feed fetch may connect to. Loopback, private, link-local, unique-local, carrier-grade NAT,
 * multicast and unspecified addresses are refused unless private networks are allowed, or the exact address and
 * port are on the allow-list ({@code --allow-endpoint HOST:PORT}: a feed server on this machine or an internal one).
 * The cloud metadata services (169.254.169.254, 169.254.170.2, fd00:ec2::254, 100.100.100.200) hand out
 * credentials: they stay refused even where private networks are allowed, unless named exactly on the allow-list.
 * The policy is applied to every connection, so to every redirect hop.
 */
public record EgressPolicy(boolean allowPrivateNetworks, Set<InetSocketAddress> allowedEndpoints) {

    public EgressPolicy {
        allowedEndpoints = allowedEndpoints == null ? Set.of() : Set.copyOf(allowedEndpoints);
    }

    public static EgressPolicy publicOnly() {
        return new EgressPolicy(false, Set.of());
    }

    public static EgressPolicy allowingPrivate() {
        return new EgressPolicy(true, Set.of());
    }

    private static final ReservedRanges RESERVED = ReservedRanges.load();
    private static final Set<String> METADATA = Set.of("169.254.169.254", "169.254.170.2", "100.100.100.200",
            "fd00:ec2:0:0:0:0:0:254");

    /**
     * The allow-list from {@code HOST:PORT} entries (a host name stands for every address it resolves to now;
     * {@code [v6]:port} for an IPv6 literal); blank entries are ignored.
     *
     * @throws IllegalArgumentException for an entry that is not HOST:PORT or names no known host
     */
    public static Set<InetSocketAddress> endpoints(Collection<String> entries) {
        Set<InetSocketAddress> endpoints = new HashSet<>();
        for (String e : entries == null ? List.<String>of() : entries) {
            if (e == null || e.isBlank()) {
                continue;
            }
            String entry = e.strip();
            int colon = entry.lastIndexOf(':');
            if (colon < 1 || colon == entry.length() - 1) {
                throw new IllegalArgumentException("--allow-endpoint wants HOST:PORT, not " + entry);
            }
            String host = entry.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            try {
                int port = Integer.parseInt(entry.substring(colon + 1));
                if (port < 1 || port > 65535) {
                    throw new IllegalArgumentException("--allow-endpoint " + entry + ": port must be 1..65535");
                }
                for (InetAddress a : InetAddress.getAllByName(host)) {
                    endpoints.add(new InetSocketAddress(a, port));
                }
            } catch (NumberFormatException | UnknownHostException ex) {
                throw new IllegalArgumentException("--allow-endpoint " + entry + ": " + ex.getMessage());
            }
        }
        return endpoints;
    }

    /** This policy with these endpoints allowed as well. */
    public EgressPolicy allowing(Set<InetSocketAddress> more) {
        Set<InetSocketAddress> all = new HashSet<>(allowedEndpoints);
        all.addAll(more);
        return new EgressPolicy(allowPrivateNetworks, all);
    }

    /** Null when a connection to this address and port may be made, else why not. */
    public String refusal(InetAddress address, int port) {
        String kind = privateKind(address);
        if (kind == null || allowedEndpoints.contains(new InetSocketAddress(address, port))) {
            return null;
        }
        if (METADATA.contains(address.getHostAddress())) {
            return "cloud metadata address " + address.getHostAddress() + " refused (allowed only when named "
                    + "exactly by --allow-endpoint)";
        }
        if (allowPrivateNetworks) {
            return null;
        }
        return kind + " address " + address.getHostAddress() + ":" + port
                + " refused (private networks are not allowed; --allow-endpoint HOST:PORT allows one)";
    }

    /**
     * What kind of non-public address this is, or null for a public one: the kinds the JDK knows first, then the
     * special-purpose ranges of {@code reserved-ranges.tsv} (IANA's registries).
     */
    static String privateKind(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (a.isLinkLocalAddress()) {
            return METADATA.contains(a.getHostAddress()) ? "cloud metadata" : "link-local";
        }
        if (a.isSiteLocalAddress()) {
            return "private"; // 10/8, 172.16/12, 192.168/16 and IPv6's deprecated site-local fec0::/10
        }
        if (a.isMulticastAddress()) {
            return "multicast";
        }
        return RESERVED.kindOf(a);
    }
}
