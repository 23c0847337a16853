package io.newswire.enrich.tagging;

import io.newswire.enrich.tagging.pattern.TokenView;
import java.util.Set;

/**
 * An article's tokens as the pattern matcher reads them, with the token classes the visit patterns use:
 * <ul>
 * <li>{@code PLACE}: a country's name or capital starts here ("Ghana", "Accra");</li>
 * <li>{@code COUNTRY_ADJ}: a country adjective starts here ("Kenyan");</li>
 * <li>{@code IN_COUNTRY}: inside any country phrase;</li>
 * <li>{@code ROLE}: an office starts here ("Foreign Minister");</li>
 * <li>{@code NOUN_OPENER}: can open the noun phrase of a visit ("his", "state", "two-day", "US");</li>
 * <li>{@code WEEKDAY}, {@code MONTH}: a day or month name;</li>
 * <li>{@code NAME}: a capitalised word, part of a name or title.</li>
 * </ul>
 */
final class DocTokens implements TokenView {
    static final Set<String> CLASSES = Set.of("PLACE", "COUNTRY_ADJ", "IN_COUNTRY", "ROLE", "NOUN_OPENER", "WEEKDAY",
            "MONTH", "NAME");

    private final Doc doc;
    private final PlaceFinder places;

    DocTokens(Doc doc) {
        this.doc = doc;
        this.places = new PlaceFinder(doc);
    }

    Doc doc() {
        return doc;
    }

    @Override
    public String norm(int i) {
        return doc.tok(i).norm();
    }

    @Override
    public int lexeme(int i) {
        return doc.lexeme(i);
    }

    @Override
    public boolean is(String tokenClass, int i) {
        return switch (tokenClass) {
            case "PLACE" -> doc.placeAt(i) != null;
            case "COUNTRY_ADJ" -> doc.countryAt[i] != null && doc.countryAt[i].kind() == Gazetteer.Kind.ADJECTIVE;
            case "IN_COUNTRY" -> doc.inCountry[i];
            case "ROLE" -> doc.roleAt[i] != null;
            case "NOUN_OPENER" -> places.isNounOpener(i);
            case "WEEKDAY" -> DateFinder.isWeekday(doc.tok(i));
            case "MONTH" -> DateFinder.isMonth(doc.tok(i));
            case "NAME" -> doc.tok(i).capitalized();
            default -> throw new IllegalArgumentException("no token class @" + tokenClass + "; known: " + CLASSES);
        };
    }
}
