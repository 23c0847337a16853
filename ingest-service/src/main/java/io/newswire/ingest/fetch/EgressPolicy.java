package io.newswire.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Set;

/**
 * Which addresses a feed fetch may connect to. Loopback, private, link-local (cloud metadata at 169.254.169.254
 * included), unique-local, carrier-grade NAT, multicast and unspecified addresses are refused unless private
 * networks are allowed, or the exact address and port are on the allow-list (a known internal feed server; tests).
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

    /** Null when a connection to this address and port may be made, else why not. */
    public String refusal(InetAddress address, int port) {
        String kind = privateKind(address);
        if (kind == null || allowPrivateNetworks || allowedEndpoints.contains(new InetSocketAddress(address, port))) {
            return null;
        }
        return kind + " address " + address.getHostAddress() + " refused (private networks are not allowed)";
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
            return a.getHostAddress().equals("169.254.169.254") ? "cloud metadata" : "link-local";
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
