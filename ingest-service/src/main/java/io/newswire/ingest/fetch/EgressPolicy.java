package io.newswire.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
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

    /** What kind of non-public address this is, or null for a public one. */
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
            return "private";
        }
        if (a.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int b0 = b[0] & 0xff;
            int b1 = b[1] & 0xff;
            if (b0 == 0 || b0 >= 240) {
                return "reserved";
            }
            if (b0 == 100 && b1 >= 64 && b1 < 128) {
                return "carrier-grade NAT";
            }
            if (b0 == 198 && (b1 == 18 || b1 == 19)) {
                return "benchmarking";
            }
            if (b0 == 192 && b1 == 0 && (b[2] & 0xff) == 0) {
                return "IETF protocol";
            }
        } else if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "unique-local"; // fc00::/7, AWS's IPv6 metadata fd00:ec2::254 included
            }
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return "site-local";
            }
            if (isIpv4Compatible(b)) {
                return "IPv4-embedded";
            }
        }
        return null;
    }

    /** ::a.b.c.d and 64:ff9b::a.b.c.d can smuggle an IPv4 address past checks; we refuse them outright. */
    private static boolean isIpv4Compatible(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 12; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b;
        return zeroPrefix || nat64;
    }
}
