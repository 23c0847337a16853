package io.newswire.ingest.bench;

import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newswire.ingest.feed.FeedLimits;
import io.newswire.ingest.feed.FeedParser;
import io.newswire.ingest.feed.ParsedItem;
import io.newswire.ingest.feed.StreamingFeedReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Parse throughput on one feed, measured in the same run for four readers of the same bytes: a bare StAX pass
 * (the floor: tokenising only), Rome's own {@code SyndFeedInput} (what we build on), and Newswire's two full paths
 * (safe XML, item fallbacks, HTML to text, canonical URLs, ids and hashes): the whole-document one of live fetches and
 * the streaming one of archives. Each runs {@code warmup} rounds, then {@code rounds}
 * timed ones; the median counts.
 */
public final class ParseBenchmark {
    /** One reader's figure. */
    public record Result(String reader, int items, double medianMillis, double itemsPerSecond) {
    }

    private interface Reader {
        int items(byte[] bytes) throws Exception;
    }

    private ParseBenchmark() {
    }

    public static List<Result> run(byte[] feed, int warmup, int rounds) throws Exception {
        Map<String, Reader> readers = new LinkedHashMap<>();
        readers.put("stax-baseline", ParseBenchmark::staxItems);
        readers.put("rome-syndfeedinput", bytes -> new SyndFeedInput()
                .build(new XmlReader(new ByteArrayInputStream(bytes), true)).getEntries().size());
        URI feedUrl = URI.create("https://wire.example/feed.xml");
        Instant now = Instant.now();
        readers.put("newswire-feedparser", bytes -> FeedParser.parse(bytes, null, feedUrl, now).items().size());
        readers.put("newswire-streaming", bytes -> {
            int[] items = {0};
            StreamingFeedReader.read("bench", () -> new ByteArrayInputStream(bytes), null, feedUrl, null, now,
                    FeedLimits.defaults(), new StreamingFeedReader.Sink() {
                        @Override
                        public void item(ParsedItem item) {
                            items[0]++;
                        }

                        @Override
                        public void refused(String message) {
                        }
                    });
            return items[0];
        });
        List<Result> results = new ArrayList<>();
        for (var e : readers.entrySet()) {
            int items = 0;
            for (int i = 0; i < warmup; i++) {
                items = e.getValue().items(feed);
            }
            double[] millis = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                items = e.getValue().items(feed);
                millis[i] = (System.nanoTime() - t0) / 1e6;
            }
            java.util.Arrays.sort(millis);
            double median = millis[rounds / 2];
            results.add(new Result(e.getKey(), items, median, items / (median / 1000)));
        }
        return results;
    }

    private static int staxItems(byte[] bytes) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
        int items = 0;
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("item")) {
                items++;
            }
        }
        r.close();
        return items;
    }
}
