package io.newswire.enrich.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link Places} over {@code knowledge/cities.tsv} (GeoNames, CC BY 4.0): name, country, population, kind,
 * alternate names. Every name and alternate is indexed by its {@link ActorNames#key(String)}.
 */
public final class CityTable implements Places {
    public static final String BUNDLED = "/knowledge/cities.tsv";

    private final Map<String, List<City>> byKey;
    private final Set<String> firstWords;
    private final int longest;

    private CityTable(Map<String, List<City>> byKey) {
        this.byKey = byKey;
        Set<String> first = new HashSet<>();
        int max = 0;
        for (String k : byKey.keySet()) {
            String[] words = k.split(" ");
            first.add(words[0]);
            max = Math.max(max, words.length);
        }
        this.firstWords = first;
        this.longest = max;
    }

    /** The bundled gazetteer. */
    public static CityTable bundled() {
        InputStream in = CityTable.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("missing class-path resource " + BUNDLED);
        }
        Map<String, List<City>> index = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                City city = new City(c[0], c[1], Long.parseLong(c[2]), !c[3].equals("city"));
                add(index, c[0], city);
                if (c.length > 4 && !c[4].isBlank()) {
                    for (String alt : c[4].split("\\|")) {
                        add(index, alt, city);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        index.values().forEach(l -> l.sort(Comparator.comparingLong(City::population).reversed()));
        return new CityTable(index);
    }

    /** A gazetteer of the given places (tests). */
    public static CityTable of(List<City> cities) {
        Map<String, List<City>> index = new HashMap<>();
        for (City c : cities) {
            add(index, c.name(), c);
        }
        index.values().forEach(l -> l.sort(Comparator.comparingLong(City::population).reversed()));
        return new CityTable(index);
    }

    private static void add(Map<String, List<City>> index, String name, City city) {
        String k = ActorNames.key(name);
        if (!k.isEmpty()) {
            List<City> l = index.computeIfAbsent(k, x -> new ArrayList<>(1));
            if (!l.contains(city)) {
                l.add(city);
            }
        }
    }

    @Override
    public List<City> named(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    @Override
    public boolean startsName(String firstWordKey) {
        return firstWords.contains(firstWordKey);
    }

    @Override
    public int longestName() {
        return longest;
    }
}
