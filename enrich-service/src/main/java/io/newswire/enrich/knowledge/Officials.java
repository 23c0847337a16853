package io.newswire.enrich.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * Who holds which office when: the question a tagging stage asks of the office-holder tables ("who is 'Erdogan' on
 * 2025-07-09?", "who was Kenya's president then?"). Implementations hold no person in code: the bundled table is
 * derived from the CIA World Factbook ({@code knowledge/officials.tsv}); operators add their own ({@code --actors}).
 */
public interface Officials {
    /** Nobody known. */
    Officials NONE = new Officials() {
        @Override
        public List<OfficeHolder> whoIs(String name, LocalDate day) {
            return List.of();
        }

        @Override
        public List<OfficeHolder> holding(String country, String role, LocalDate day) {
            return List.of();
        }
    };

    /**
     * The terms this name stands for on {@code day}, most senior office first, all of one country; empty when nobody
     * in office then answers to it, or office holders of several countries do (so a surname alone resolves only
     * when it is unambiguous at that date).
     */
    List<OfficeHolder> whoIs(String name, LocalDate day);

    /** Who held {@code role} of {@code country} on {@code day} (empty, one, or several at a handover). */
    List<OfficeHolder> holding(String country, String role, LocalDate day);
}
