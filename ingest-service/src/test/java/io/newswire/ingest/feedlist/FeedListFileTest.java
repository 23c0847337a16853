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

    @Test
    void theOutletsCountryIsAnOutlineAttributeOrACountryWordAfterTheUrl() throws IOException {
        Path opml = dir.resolve("countries.opml");
        Files.writeString(opml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0">
                  <head><title>Regional</title></head>
                  <body>
                    <outline type="rss" text="Harbour Times" country="ng" xmlUrl="https://harbourtimes.example/rss"/>
                    <outline type="rss" text="Plain" xmlUrl="https://plain.example/rss"/>
                    <outline type="rss" text="Wrong" country="Atlantis" xmlUrl="https://wrong.example/rss"/>
                  </body>
                </opml>
                """);
        FeedListFile.Result fromOpml = FeedListFile.read(opml);
        assertThat(fromOpml.feeds()).containsExactly(
                new FeedEntry("https://harbourtimes.example/rss", "Harbour Times", "NG"),
                new FeedEntry("https://plain.example/rss", "Plain", null));
        assertThat(fromOpml.problems()).singleElement().asString().contains("Wrong").contains("Atlantis");

        Path txt = dir.resolve("countries.txt");
        Files.writeString(txt, """
                https://harbourtimes.example/rss country=NG Harbour Times
                https://valley.example/rss	COUNTRY=pk
                https://plain.example/rss Country matters
                https://wrong.example/rss country=XX Wrong
                """);
        FeedListFile.Result fromText = FeedListFile.read(txt);
        assertThat(fromText.feeds()).containsExactly(
                new FeedEntry("https://harbourtimes.example/rss", "Harbour Times", "NG"),
                new FeedEntry("https://valley.example/rss", null, "PK"),
                new FeedEntry("https://plain.example/rss", "Country matters", null));
        assertThat(fromText.problems()).singleElement().asString().startsWith("line 4:").contains("XX");
    }

    @Test
    void anEntryWithoutACountryTakesItsHostsCountryCodeDomain() {
        assertThat(new FeedEntry("https://www.harbourtimes.com.ng/rss", null).sourceCountry()).isEqualTo("NG");
        assertThat(new FeedEntry("https://www.harbourtimes.com.ng/rss", null, "GH").sourceCountry()).isEqualTo("GH");
        assertThat(new FeedEntry("https://www.worldwire.com/rss", null).sourceCountry()).isNull();
    }

    @Test
    void anEntryStoredBeforeTheCountryFieldStillReads() throws IOException {
        FeedEntry old = io.newswire.model.Json.mapper().readValue(
                "{\"url\":\"https://harbourtimes.example/rss\",\"title\":\"Harbour Times\"}", FeedEntry.class);
        assertThat(old).isEqualTo(new FeedEntry("https://harbourtimes.example/rss", "Harbour Times"));
    }
}
