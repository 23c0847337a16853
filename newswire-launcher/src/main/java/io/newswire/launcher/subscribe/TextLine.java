package io.newswire.launcher.subscribe;

import io.newswire.model.EnrichedArticle;
import io.newswire.model.Official;
import io.newswire.model.TopicTag;
import io.newswire.model.Visit;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One readable line per event, e.g. {@code 2025-07-09 TR → PK planned  Hakan Fidan (foreign minister)}. */
public final class TextLine {
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String UNDATED = "undated   ";

    private TextLine() {
    }

    /** Date(s), visitor countries → host, status, then the visiting officials with their roles. */
    public static String of(Visit visit) {
        String officials = visit.visitors().stream().map(TextLine::official).collect(Collectors.joining(", "));
        return dates(visit.startDate(), visit.endDate()) + " " + route(visit) + " " + visit.status().json()
                + (officials.isEmpty() ? "" : "  " + officials);
    }

    /**
     * Publication time (UTC), title, the outlet's country ({@code from NG}) and the language when it is not English
     * ({@code language fr}: such articles are not tagged), topic codes, and the visits the article reports.
     */
    public static String of(EnrichedArticle article) {
        StringBuilder line = new StringBuilder();
        line.append(article.publishedAt() == null ? "undated         " : PUBLISHED.format(article.publishedAt()));
        line.append("  ").append(oneLine(Objects.requireNonNullElse(
                firstNonBlank(article.title(), article.url()), "(untitled)")));
        if (article.sourceCountry() != null) {
            line.append("  from ").append(article.sourceCountry());
        }
        String language = article.language() == null ? null : oneLine(article.language());
        if (language != null && !language.isEmpty() && !language.regionMatches(true, 0, "en", 0, 2)) {
            line.append("  language ").append(language);
        }
        List<TopicTag> topics = article.enrichment().topics();
        if (!topics.isEmpty()) {
            line.append("  [").append(topics.stream().map(TopicTag::code).collect(Collectors.joining(", ")))
                    .append(']');
        }
        List<Visit> visits = article.enrichment().visits();
        if (!visits.isEmpty()) {
            line.append("  visits: ").append(visits.stream()
                    .map(v -> route(v) + " " + dates(v.startDate(), v.endDate()).strip() + " " + v.status().json())
                    .collect(Collectors.joining("; ")));
        }
        return line.toString();
    }

    private static String route(Visit visit) {
        String from = visit.visitorCountries().isEmpty() ? "??" : String.join("+", visit.visitorCountries());
        return from + " → " + visit.hostCountry();
    }

    /** ISO dates; a visit of several days as an ISO 8601 interval, start/end. */
    private static String dates(LocalDate start, LocalDate end) {
        if (start == null) {
            return UNDATED;
        }
        return end == null || end.equals(start) ? start.toString() : start + "/" + end;
    }

    private static String official(Official o) {
        String name = oneLine(o.name());
        return o.role() == null || o.role().isBlank() ? name : name + " (" + oneLine(o.role()) + ")";
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }

    /** Feed titles can carry newlines and tabs: one event stays on one line. */
    private static String oneLine(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }
}
