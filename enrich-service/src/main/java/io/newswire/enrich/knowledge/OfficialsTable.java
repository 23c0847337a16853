package io.newswire.enrich.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Officials} over tables in the format of {@code knowledge/officials.tsv}: country, role, name, variants,
 * from, to. Names and variants are looked up by {@link ActorNames#key(String)}, so case, accents and punctuation do
 * not matter. A term counts from {@link #MARGIN_DAYS} before it began to as long after it ended, since news names
 * a president-elect before the inauguration and keeps the old title for a few weeks.
 */
public final class OfficialsTable implements Officials {
    /** Days of slack at each end of a term. */
    public static final int MARGIN_DAYS = 30;
    /** The bundled table's class-path resource. */
    public static final String BUNDLED = "/knowledge/officials.tsv";
    /** Offices ranked from the most senior: who a person is first when they hold two (crown prince and PM). */
    private static final List<String> SENIORITY = List.of("king", "queen", "emperor", "emir", "sultan",
            "grand duke", "prince", "supreme leader", "president", "prime minister", "chancellor", "crown prince",
            "vice president", "deputy prime minister");

    private final Map<String, List<OfficeHolder>> byName;
    private final Map<String, List<OfficeHolder>> byOffice;
    private final int size;

    private OfficialsTable(List<OfficeHolder> rows) {
        Map<String, List<OfficeHolder>> names = new HashMap<>();
        Map<String, List<OfficeHolder>> offices = new HashMap<>();
        for (OfficeHolder h : rows) {
            List<String> keys = new ArrayList<>();
            keys.add(ActorNames.key(h.name()));
            for (String v : h.variants()) {
                keys.add(ActorNames.key(v));
            }
            for (String k : keys.stream().distinct().toList()) {
                if (!k.isEmpty()) {
                    names.computeIfAbsent(k, x -> new ArrayList<>()).add(h);
                }
            }
            offices.computeIfAbsent(h.country() + "\t" + h.role(), x -> new ArrayList<>()).add(h);
        }
        this.byName = names;
        this.byOffice = offices;
        this.size = rows.size();
    }

    /** The bundled table (derived from the CIA World Factbook). */
    public static OfficialsTable bundled() {
        InputStream in = OfficialsTable.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("missing class-path resource " + BUNDLED);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new OfficialsTable(parse(r, BUNDLED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled table and, beside it, each operator's list ({@code --actors FILE}, the same format). */
    public static OfficialsTable bundledWith(List<Path> files) {
        List<OfficeHolder> rows = new ArrayList<>(bundled().rows());
        for (Path f : files) {
            rows.addAll(read(f));
        }
        return new OfficialsTable(rows);
    }

    /** A table of the given terms (tests, embedding). */
    public static OfficialsTable of(List<OfficeHolder> rows) {
        return new OfficialsTable(rows);
    }

    /** Reads one table file; a malformed line is an {@link IllegalArgumentException} naming the file and line. */
    public static List<OfficeHolder> read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static List<OfficeHolder> parse(Reader reader, String source) throws IOException {
        List<OfficeHolder> out = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        int n = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 3 || c[0].isBlank() || c[1].isBlank() || c[2].isBlank()) {
                throw new IllegalArgumentException(source + ":" + n
                        + ": expected country <TAB> role <TAB> name [<TAB> variants <TAB> from <TAB> to]");
            }
            String country = c[0].strip();
            if (!country.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException(source + ":" + n + ": country must be an ISO 3166-1 alpha-2 code"
                        + " in capitals, not \"" + country + "\"");
            }
            List<String> variants = new ArrayList<>();
            if (c.length > 3) {
                for (String v : c[3].split("\\|")) {
                    if (!v.isBlank()) {
                        variants.add(v.strip());
                    }
                }
            }
            out.add(new OfficeHolder(country, c[1].strip(), c[2].strip(), variants, date(c, 4, source, n),
                    date(c, 5, source, n)));
        }
        return out;
    }

    private static LocalDate date(String[] c, int i, String source, int line) {
        if (c.length <= i || c[i].isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(c[i].strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(source + ":" + line + ": bad date \"" + c[i].strip()
                    + "\" (expected yyyy-mm-dd or empty)");
        }
    }

    private List<OfficeHolder> rows() {
        List<OfficeHolder> all = new ArrayList<>();
        byOffice.values().forEach(all::addAll);
        return all;
    }

    /** How many terms the table holds. */
    public int size() {
        return size;
    }

    @Override
    public List<OfficeHolder> whoIs(String name, LocalDate day) {
        String key = ActorNames.key(name);
        List<OfficeHolder> rows = byName.get(key);
        if (rows == null) {
            rows = byGivenAndSurname(key);
        }
        if (rows == null) {
            return List.of();
        }
        // one country's holders answering to the name are one person as far as a visit goes (the same leader
        // spelled two ways, or two offices); holders of two countries make the name ambiguous
        Map<String, List<OfficeHolder>> byCountry = new LinkedHashMap<>();
        for (OfficeHolder h : rows) {
            if (h.inOffice(day, MARGIN_DAYS)) {
                byCountry.computeIfAbsent(h.country(), k -> new ArrayList<>()).add(h);
            }
        }
        if (byCountry.size() != 1) {
            return List.of(); // nobody, or a name office holders of several countries answer to then
        }
        List<OfficeHolder> terms = new ArrayList<>(byCountry.values().iterator().next());
        terms.sort(Comparator.comparingInt(OfficialsTable::seniority));
        return List.copyOf(terms);
    }

    @Override
    public List<OfficeHolder> holding(String country, String role, LocalDate day) {
        List<OfficeHolder> rows = byOffice.get(country + "\t" + role);
        if (rows == null) {
            return List.of();
        }
        return rows.stream().filter(h -> h.inOffice(day, 0)).toList();
    }

    /**
     * A full name written with more or fewer middle names than the table's ("Mia Amor Mottley" for "Mia Mottley"):
     * the holders whose surname is the last word and whose name starts with the same given name.
     */
    private List<OfficeHolder> byGivenAndSurname(String key) {
        int first = key.indexOf(' ');
        if (first < 0) {
            return null;
        }
        String given = key.substring(0, first) + " ";
        // the surname is a tail of the name: "Banda-Mwale" is two words once folded, "da Silva" too
        for (int at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
            List<OfficeHolder> rows = byName.get(key.substring(at + 1));
            if (rows != null) {
                List<OfficeHolder> out = rows.stream().filter(h -> ActorNames.key(h.name()).startsWith(given))
                        .toList();
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        return null;
    }

    private static int seniority(OfficeHolder h) {
        int i = SENIORITY.indexOf(h.role());
        return i < 0 ? SENIORITY.size() : i;
    }
}
