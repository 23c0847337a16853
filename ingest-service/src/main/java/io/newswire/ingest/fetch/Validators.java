package io.newswire.ingest.fetch;

/** ETag and Last-Modified of the last successful fetch, echoed back exactly as received. Either may be null. */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);
}
