package io.newswire.ingest.feed;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * A gzip stream that refuses to inflate past a size cap, or past a ratio to the compressed bytes read: a gzip bomb
 * (kilobytes that inflate to gigabytes) is refused after a few megabytes, in milliseconds, whether it is a
 * {@code .gz} archive or an HTTP body with {@code Content-Encoding: gzip}.
 */
public final class InflationCap extends FilterInputStream {
    /** The stream inflated past a cap; the message names the cap. */
    public static final class Exceeded extends IOException {
        Exceeded(String message) {
            super(message);
        }
    }

    private final Counting compressed;
    private final long maxBytes;
    private final String maxBytesName;
    private final int maxRatio;
    private long inflated;

    private InflationCap(InputStream gunzipped, Counting compressed, long maxBytes, String maxBytesName,
            int maxRatio) {
        super(gunzipped);
        this.compressed = compressed;
        this.maxBytes = maxBytes;
        this.maxBytesName = maxBytesName;
        this.maxRatio = maxRatio;
    }

    /**
     * @param maxBytesName the flag and variable of the size cap, named in the refusal (the caller names the source)
     */
    public static InputStream gunzip(InputStream raw, long maxBytes, String maxBytesName, int maxRatio)
            throws IOException {
        Counting counting = new Counting(raw);
        return new InflationCap(new GZIPInputStream(counting, 65536), counting, maxBytes, maxBytesName, maxRatio);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            inflated += n;
            if (inflated > maxBytes) {
                throw new Exceeded("inflates to more than " + maxBytes + " bytes (cap " + maxBytesName
                        + "); refused as a gzip bomb");
            }
            if (inflated > FeedLimits.RATIO_GRACE_BYTES && inflated > (long) maxRatio * Math.max(1, compressed.count)) {
                throw new Exceeded("inflates more than " + maxRatio + " times its compressed size ("
                        + inflated + " bytes from " + compressed.count + "; cap --max-inflate-ratio "
                        + "/ FEED_MAX_INFLATE_RATIO); refused as a gzip bomb");
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
