package io.newswire.enrich.tagging;

import java.util.Set;

/**
 * What only looks like a visit: calls and virtual attendance, denials, invitations not yet accepted, and old visits
 * recalled as background.
 */
final class LookAlikes {
    private static final Set<String> REMOTE = Set.of("phone", "telephone", "video", "virtual", "virtually",
            "videoconference", "video-conference", "teleconference", "online", "remotely", "videolink", "zoom",
            "phoned", "telephoned", "call-in");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "n't", "never", "won't", "cannot", "unable",
            "skip", "skipped", "skipping", "declined", "refused", "without", "instead");
    private static final Set<String> BACKGROUND = Set.of("recalled", "recalls", "remembered", "previous",
            "previously", "earlier", "last", "ago", "since", "former", "late", "historic", "history", "anniversary",
            "had");

    private final Doc doc;

    LookAlikes(Doc doc) {
        this.doc = doc;
    }

    boolean remoteOrDenied(Sentence s, int from, Trigger t, int windowEnd) {
        int lo = Math.max(s.from(), from);
        int hi = Math.min(s.to(), windowEnd + 2);
        for (int j = lo; j < hi; j++) {
            if (REMOTE.contains(doc.tok(j).norm())) {
                return true;
            }
            // "taking part from her home in Berlin", "joined from his office"
            if (doc.is(j, "from") && (doc.is(j + 1, "home") || doc.is(j + 2, "home") || doc.is(j + 2, "office")
                    || doc.is(j + 2, "residence"))) {
                return true;
            }
        }
        // "will not attend in person" (but "will no longer be visiting" is a cancellation, handled by status)
        for (int j = Math.max(s.from(), t.at() - 3); j < t.at(); j++) {
            if (NEGATIONS.contains(doc.tok(j).norm()) && !doc.is(j + 1, "longer")) {
                return true;
            }
        }
        // an invitation is not a visit until accepted, nor is "what would be the first visit" it speaks of
        for (int j = s.from(); j < t.at(); j++) {
            String w = doc.tok(j).norm();
            if (w.startsWith("invit") && !doc.is(j - 1, "the") && t.kind() != Trigger.Kind.ARRIVE) {
                boolean accepted = false;
                for (int k = Math.max(s.from(), j - 4); k < j; k++) {
                    accepted |= doc.tok(k).norm().startsWith("accept");
                }
                if (!accepted) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An old visit recalled as background: a past year near it, or "since/previous/recalled ...". */
    boolean background(Sentence s, int from, Trigger t, int windowEnd) {
        int pubYear = doc.published.getYear();
        int lo = Math.max(s.from(), from);
        int hi = Math.min(s.to(), windowEnd + 3);
        for (int j = lo; j < hi; j++) {
            Token tok = doc.tok(j);
            if (tok.isDigits() && tok.text().length() == 4) {
                int y = Integer.parseInt(tok.text());
                // "visited Brazil in 2010", "his 1998 visit" -- but "the first since 2017" dates the comparison
                if (y >= 1900 && y < pubYear && !doc.is(j - 1, "since") && !doc.is(j - 1, "until")
                        && !doc.is(j - 1, "till")) {
                    return true;
                }
            }
        }
        for (int j = Math.max(s.from(), t.at() - 4); j < Math.min(s.to(), t.after() + 1); j++) {
            String w = doc.tok(j).norm();
            if (BACKGROUND.contains(w) && !(w.equals("earlier") && doc.is(j + 1, "on"))
                    && !(w.equals("earlier") && doc.is(j + 1, "in") && doc.is(j + 2, "the"))
                    && !(w.equals("last") && (doc.is(j + 1, "week") || DateFinder.isWeekday(doc.tok(j + 1))))) {
                if (w.equals("had") && !doc.tok(t.at()).norm().endsWith("ed")) {
                    continue;
                }
                return true;
            }
        }
        return false;
    }
}
