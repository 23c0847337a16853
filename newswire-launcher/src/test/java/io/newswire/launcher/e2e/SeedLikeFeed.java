package io.newswire.launcher.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A local feed server with one article reporting the visit the seed story reports, told in the project's own words:
 * Turkey's foreign and defence ministers due in Pakistan on 9 July 2025, then one of them on to Malaysia.
 */
final class SeedLikeFeed implements AutoCloseable {
    static final String TITLE = "Turkish foreign and defence ministers to hold strategic talks in Pakistan";
    static final String LINK = "https://wire.example/world/2025/07/08/turkish-ministers-pakistan-talks";

    private static final String BODY = "Turkish Foreign Minister Hakan Fidan and Defence Minister Yaşar Güler are due "
            + "in Pakistan on July 9 for a one-day visit aimed at deepening security and defence-industry cooperation "
            + "between the two allies, diplomatic sources said on Tuesday. "
            + "In Islamabad the two ministers are scheduled to hold talks with Pakistani Prime Minister Shehbaz Sharif, "
            + "Foreign Minister Ishaq Dar and the army chief, General Asim Munir. "
            + "The trip follows a meeting of the two countries' high-level strategic cooperation council in February, "
            + "at which several defence agreements were signed. "
            + "Fidan is expected to repeat Ankara's support for calm between Pakistan and India and to discuss the "
            + "wider Middle East with his hosts. "
            + "From Islamabad, Fidan will fly on to Malaysia to attend an ASEAN ministerial meeting on July 10.";

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0">
              <channel>
                <title>Example Wire: World</title>
                <link>https://wire.example/world</link>
                <description>Test feed of the Newswire project</description>
                <item>
                  <title>%s</title>
                  <link>%s</link>
                  <guid>%s</guid>
                  <pubDate>Tue, 08 Jul 2025 06:30:00 GMT</pubDate>
                  <description>%s</description>
                </item>
              </channel>
            </rss>
            """.formatted(TITLE, LINK, LINK, BODY);

    private final HttpServer server;

    SeedLikeFeed() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/world.rss", exchange -> {
            byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/world.rss";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
