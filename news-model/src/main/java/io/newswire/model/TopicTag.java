package io.newswire.model;

/** A topic code from Newswire's fixed list, its IPTC Media Topic code, and the tagger's score in [0, 1]. */
public record TopicTag(String code, String iptc, double score) {
    public TopicTag {
        Require.nonBlank(code, "code");
    }
}
