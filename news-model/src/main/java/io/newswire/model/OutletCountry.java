package io.newswire.model;

import com.google.common.net.InternetDomainName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The country of a news outlet as its web address tells it: the country-code top-level domain of the host
 * ({@code dawn.com.pk} → PK, {@code news.co.za} → ZA, {@code bbc.co.uk} → GB). Generic names ({@code .com},
 * {@code .org}, {@code .news}) and country codes that sites use generically ({@code .io}, {@code .tv}, listed in
 * {@code generic-cctlds.txt} with its source) give none. The registry suffix comes from Guava's copy of the Public
 * Suffix List, so {@code blogspot.com.ng}-style private suffixes and invalid hosts are read as the list says.
 * Ingest stamps articles with it and the offline {@code tag} command derives it from an article's {@code url}, through
 * this one class.
 */
public final class OutletCountry {
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    /** The few ccTLDs that differ from the ISO 3166-1 code of their country. */
    private static final Map<String, String> TLD_TO_ISO = Map.of("uk", "GB");
    private static final Set<String> GENERIC = loadGeneric();

    private OutletCountry() {
    }

    /** The country of the host of {@code url} (http, https or any URL with a host); empty when it names none. */
    public static Optional<String> ofUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            return ofHost(new URI(url.strip()).getHost());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The country of {@code host}'s country-code top-level domain; empty for generic domains and non-domains. */
    public static Optional<String> ofHost(String host) {
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (!InternetDomainName.isValid(h)) {
            return Optional.empty(); // an IP address, a bracketed IPv6 literal, a bad name
        }
        InternetDomainName name = InternetDomainName.from(h);
        if (!name.hasRegistrySuffix()) {
            return Optional.empty(); // "localhost", an intranet name, a TLD not on the list
        }
        var parts = name.registrySuffix().parts();
        String tld = parts.get(parts.size() - 1);
        if (tld.length() != 2 || GENERIC.contains(tld)) {
            return Optional.empty();
        }
        String code = TLD_TO_ISO.getOrDefault(tld, tld.toUpperCase(Locale.ROOT));
        return ISO.contains(code) ? Optional.of(code) : Optional.empty(); // .eu, .ac, .su name no ISO country
    }

    /**
     * A country code as an operator writes it ("ng", " PK ") as the ISO 3166-1 alpha-2 code; "UK" is accepted for GB.
     *
     * @throws IllegalArgumentException when it is not an assigned ISO 3166-1 alpha-2 code
     */
    public static String code(String value) {
        String c = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (c.equals("UK")) {
            c = "GB";
        }
        if (!ISO.contains(c)) {
            throw new IllegalArgumentException("'" + (value == null ? "" : value.strip())
                    + "' is not an ISO 3166-1 alpha-2 country code (such as NG, PK, ZA)");
        }
        return c;
    }

    private static Set<String> loadGeneric() {
        Set<String> out = new HashSet<>();
        try (InputStream in = OutletCountry.class.getResourceAsStream("generic-cctlds.txt")) {
            if (in == null) {
                throw new IllegalStateException("generic-cctlds.txt is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
