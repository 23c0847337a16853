package io.newswire.enrich.visits;

import io.newswire.model.Evidence;
import io.newswire.model.Official;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Invented visit reports for the merge tests, written out so each test shows what it feeds in. */
public final class Reports {
    static final Official FIDAN = new Official("Hakan Fidan", "foreign minister", "TR");
    static final Official GULER = new Official("Yaşar Güler", "defense minister", "TR");
    static final Official SHARIF = new Official("Shehbaz Sharif", "prime minister", "PK");
    static final Official DAR = new Official("Ishaq Dar", "foreign minister", "PK");

    private Reports() {
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** A TR→PK report by {@code outlet}, published at 09:00 UTC on {@code published}. */
    static PairReport trPk(String articleId, String outlet, String published, VisitStatus status, String start,
            String end, List<Official> visitors, List<Official> hosts, String... evidence) {
        return report("TR", "PK", articleId, outlet, published, status, start, end, visitors, hosts, evidence);
    }

    static PairReport report(String visitor, String host, String articleId, String outlet, String published,
            VisitStatus status, String start, String end, List<Official> visitors, List<Official> hosts,
            String... evidence) {
        var at = day(published).atTime(9, 0).toInstant(ZoneOffset.UTC);
        Visit v = new Visit("tagger-" + articleId, List.of(visitor), host, visitors, hosts,
                start == null ? null : day(start), end == null ? null : day(end), status, Visit.CAMEO_MAKE_VISIT,
                Arrays.stream(evidence).map(t -> new Evidence(t, 0, t.length())).toList(), List.of(articleId));
        return PairReport.of(articleId, outlet, at, List.of(v), List.of()).getFirst();
    }

    /** Every order of {@code items}. */
    public static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> p = new ArrayList<>();
                p.add(head);
                p.addAll(tail);
                out.add(p);
            }
        }
        return out;
    }
}
