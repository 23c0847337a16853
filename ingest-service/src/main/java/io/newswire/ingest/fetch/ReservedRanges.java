package io.newswire.ingest.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The special-purpose address ranges of {@code reserved-ranges.tsv} (from IANA's registries, each with its RFC), each
 * with the kind of address a refusal names. Loaded once; the first range that holds an address names it.
 */
final class ReservedRanges {
    private static final String RESOURCE = "reserved-ranges.tsv";
    /** A literal address (a dotted quad, or with a colon: never a host name to look up) and a prefix length. */
    private static final Pattern CIDR =
            Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*)/(\\d{1,3})");

    /** One CIDR range: the first {@code bits} of {@code prefix}. */
    record Range(byte[] prefix, int bits, String kind) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false; // IPv4 ranges hold IPv4 addresses, IPv6 ranges IPv6 ones
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            int mask = (0xff00 >> rest) & 0xff;
            return rest == 0 || (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    private final List<Range> ranges;

    private ReservedRanges(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** The table shipped with ingest-service. */
    static ReservedRanges load() {
        try (InputStream in = ReservedRanges.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param lines {@code CIDR<TAB>kind<TAB>source}; blank lines and lines starting with {@code #} are skipped
     * @throws IllegalArgumentException naming the line that is not a range
     */
    static ReservedRanges parse(List<String> lines) {
        List<Range> ranges = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                ranges.add(range(line.split("\t")));
            } catch (IllegalArgumentException | UnknownHostException e) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": " + e.getMessage()
                        + " (want CIDR<TAB>kind<TAB>source): " + line, e);
            }
        }
        return new ReservedRanges(ranges);
    }

    private static Range range(String[] fields) throws UnknownHostException {
        if (fields.length < 3 || fields[1].isBlank()) {
            throw new IllegalArgumentException("three fields wanted");
        }
        Matcher m = CIDR.matcher(fields[0].strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an address/prefix-length: " + fields[0]);
        }
        // getByName parses a literal and asks no name service
        byte[] prefix = InetAddress.getByName(m.group(1)).getAddress();
        int bits = Integer.parseInt(m.group(2));
        if (bits < 0 || bits > prefix.length * 8) {
            throw new IllegalArgumentException("prefix length " + bits + " out of range");
        }
        return new Range(prefix, bits, fields[1].strip());
    }

    /** The kind of the first range that holds the address, or null when none does. */
    String kindOf(InetAddress address) {
        byte[] b = address.getAddress();
        for (Range r : ranges) {
            if (r.contains(b)) {
                return r.kind();
            }
        }
        return null;
    }

    List<Range> ranges() {
        return ranges;
    }
}
