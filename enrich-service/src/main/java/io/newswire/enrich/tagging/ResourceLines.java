package io.newswire.enrich.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The data lines of a UTF-8 lexicon file on the class path: blank lines and {@code #} comments dropped. */
public final class ResourceLines {
    private ResourceLines() {
    }

    public static List<String> read(String resource) {
        InputStream in = ResourceLines.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("tagging resource missing from the class path: " + resource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return lines;
    }
}
