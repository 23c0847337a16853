package io.newswire.ingest.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;

/** Gzip bombs for tests: small on disk or on the wire, gigabytes inflated. */
public final class GzipBombs {
    private GzipBombs() {
    }

    /**
     * The start of an RSS feed, then gzip members of 16 MiB of spaces one after another (a title that never ends):
     * {@code members} × 16 MiB inflated, about 16 kB each, and well-formed as far as it goes, so only the inflation
     * caps can stop it.
     */
    public static byte[] bomb(int members) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(all)) {
            gz.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>B</title><item><title>"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(one)) {
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 16; i++) {
                gz.write(spaces);
            }
        }
        for (int i = 0; i < members; i++) {
            all.write(one.toByteArray());
        }
        return all.toByteArray();
    }
}
