package io.newswire.enrich.tagging.pattern;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Every word a lexicon knows, each with a small int id (a lexeme, after spaCy's {@code Vocab}): a {@link FrozenWords}
 * gives an id to each of its words when it is built (the resources load once), and the tokenizer's word cache gives
 * each token the id of its folded form, or "unknown" (most words of an article). Asking a set about a token is then
 * a bit test on the token's id instead of hashing and comparing its string.
 * <p>
 * Ids never change once given, so a token's id answers every set exactly. An unknown word is coded as
 * {@code -(n + 1)}, n being the number of lexemes at the time it was looked up: "none of the first n". A set whose
 * words all have ids below n can then say no at once; a set built later (words registered after the token was
 * looked up) falls back to the string. So a set made after a word was cached is never wrong, only slower.
 * <p>
 * Only sets built when the resources load should register words: a set built per article would grow this table
 * with every article. The table stops registering at {@link #CAPACITY}; a set built then keeps to strings.
 */
public final class Lexemes {
    /** far above the few thousand words the resources hold: a bound, not a size */
    static final int CAPACITY = 1 << 20;
    /** what {@link #register} returns when the table is full */
    static final int NONE = Integer.MIN_VALUE;
    /** answers of {@link #answer} and {@link FrozenWords#answer}: yes, no, or "the code cannot say: ask the word" */
    public static final int YES = 1;
    public static final int NO = 0;
    public static final int ASK_WORD = -1;

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    /** written after the id is in {@link #IDS}: a reader that sees a size sees every id below it */
    private static volatile int size;

    private Lexemes() {
    }

    /** The id of {@code word}, given now if it has none; {@link #NONE} when the table is full. */
    static synchronized int register(String word) {
        Integer id = IDS.get(word);
        if (id != null) {
            return id;
        }
        int next = size;
        if (next >= CAPACITY) {
            return NONE;
        }
        IDS.put(word, next);
        size = next + 1;
        return next;
    }

    /**
     * The id of {@code word} (≥ 0), or {@code -(n + 1)} when it has none, n being the number of ids given before
     * this lookup: the word is none of lexemes {@code 0..n-1}.
     */
    public static int lookup(String word) {
        int known = size; // read before the map: a miss then means the word's id, if it gets one, is ≥ known
        Integer id = IDS.get(word);
        return id != null ? id : -known - 1;
    }

    /** Whether a code from {@link #lookup} says "unknown" and words have been registered since: worth a new look. */
    public static boolean outdated(int lexeme) {
        return lexeme < 0 && -(lexeme + 1) < size;
    }

    /** The number of lexemes an unknown-word code has ruled out: {@code n} of {@code -(n + 1)}. */
    static int ruledOut(int lexeme) {
        return -(lexeme + 1);
    }

    /**
     * Whether a token whose folded form is {@code norm}, with the code {@code lexeme} from {@link #lookup}, is the
     * word {@code word} of id {@code id} (an id from {@link #register}, or {@link #NONE}).
     */
    public static boolean same(int lexeme, String norm, int id, String word) {
        int known = answer(lexeme, id);
        return known == ASK_WORD ? norm.equals(word) : known == YES;
    }

    /** Whether code {@code lexeme} is the word of id {@code id}: {@link #YES}, {@link #NO} or {@link #ASK_WORD}. */
    public static int answer(int lexeme, int id) {
        if (id == NONE) {
            return ASK_WORD;
        }
        if (lexeme >= 0) {
            return lexeme == id ? YES : NO;
        }
        return id < ruledOut(lexeme) ? NO : ASK_WORD;
    }

    /** The id of {@code word} for {@link #same}, given now if it has none (for words of resources loaded once). */
    public static int idOf(String word) {
        return register(word);
    }
}
