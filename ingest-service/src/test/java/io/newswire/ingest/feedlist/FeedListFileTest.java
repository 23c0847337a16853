package io.newswire.ingest.feedlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListFileTest {
    @TempDir
    Path dir;

    @Test
    void opmlOutlinesAreReadFolderByFolderAndBadOnesSkipped() throws IOException {
        Path opml = dir.resolve("feeds.opml");
        Files.writeString(opml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0">
                  <head><title>My feeds</title></head>
                  <body>
                    <outline text="World">
                      <outline type="rss" text="BBC World" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"/>
                      <outline type="rss" text="Broken" xmlUrl="ftp://example.com/feed"/>
                    </outline>
                    <outline type="rss" text="Le Monde" title="Le Monde" xmlUrl="https://www.lemonde.fr/rss/une.xml"/>
                    <outline type="rss" text="Twice" xmlUrl="https://www.lemonde.fr/rss/une.xml"/>
                    <outline text="No URL"/>
                  </body>
                </opml>
                """);
        FeedListFile.Result r = FeedListFile.read(opml);
        assertThat(r.feeds()).extracting(FeedEntry::url).containsExactly(
                "https://feeds.bbci.co.uk/news/world/rss.xml", "https://www.lemonde.fr/rss/une.xml");
        assertThat(r.feeds().get(0).title()).isEqualTo("BBC World");
        assertThat(r.problems()).hasSize(2);
        assertThat(r.problems().get(0)).contains("World/Broken").contains("not an http or https URL");
        assertThat(r.problems().get(1)).contains("No URL");
    }

    @Test
    void plainTextIsOneUrlPerLineWithOptionalTitleAndComments() throws IOException {
        Path txt = dir.resolve("feeds.txt");
        Files.writeString(txt, """
                # world news
                https://a.example/rss   A news site
                not a url
                https://b.example/atom.xml

                javascript:alert(1)
                """);
        FeedListFile.Result r = FeedListFile.read(txt);
        assertThat(r.feeds()).containsExactly(new FeedEntry("https://a.example/rss", "A news site"),
                new FeedEntry("https://b.example/atom.xml", null));
        assertThat(r.problems()).hasSize(2).allMatch(p -> p.contains("skipped"));
        assertThat(r.problems().get(0)).startsWith("line 3:");
    }

    @Test
    void xmlThatIsNotOpmlIsAClearError() throws IOException {
        Path rss = dir.resolve("feeds.xml");
        Files.writeString(rss, "<rss version=\"2.0\"><channel><title>x</title></channel></rss>");
        assertThatThrownBy(() -> FeedListFile.read(rss)).isInstanceOf(IOException.class).hasMessageContaining("OPML");
    }
}
