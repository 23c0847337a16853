package io.newswire.enrich.tagging;

/** A word or phrase that may report a visit, at token {@code at}; its arguments start at token {@code after}. */
record Trigger(Trigger.Kind kind, int at, int after) {

    enum Kind {
        /** arrive, land, touch down, reach, arrival: the visitor is (about to be) there */
        ARRIVE,
        /** travel, head, fly, jet, leave for, depart for, proceed, embark: en route */
        TRAVEL,
        /** visit or tour a place, pay a visit to, a visit to */
        VISIT,
        /** "a visit", "his trip": a noun that needs a place after it or a visit already known */
        NOUN,
        /** is in, due in, expected in */
        PRESENCE,
        /** attend / take part in a meeting held in a place */
        ATTEND,
        /** "is to be represented at the summit by Foreign Minister X" */
        REPRESENTED,
        /** "a tour that will take him to ..." */
        TAKE,
        /** X hosted / received / welcomed Y */
        HOST,
        /** Y was received / welcomed by X */
        HOSTED_BY,
        /** meets, held talks with, interact with: names host officials */
        MEET
    }
}
