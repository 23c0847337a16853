package io.newswire.launcher.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.ingest.IngestTopics;
import io.newswire.launcher.NewswireCommand;
import io.newswire.launcher.up.DataDir;
import io.newswire.launcher.up.LocalStack;
import io.newswire.launcher.up.PipelineDrain;
import io.newswire.model.Json;
import io.newswire.model.TopicSpecs;
import io.newswire.model.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium, on the stack {@code newswire up} runs (in-process Kafka and PostgreSQL,
 * the three services) with the sample archive replayed. Every expectation is checked against the API's own answer
 * and the archive's known visits; every test leaves a screenshot in target/dashboard-screenshots and fails on any
 * error in the browser's console. Skipped, saying why, where no Chromium and chromedriver are installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RequiresBrowser.class)
class DashboardBrowserTest {
    private static final Path SAMPLE_ARCHIVE = Path.of("../samples/archive");
    private static final Duration WITHIN = Duration.ofSeconds(30);
    /** Visits the sample archive reports (samples/README.md), as visitor>host. */
    private static final Set<String> ARCHIVE_PAIRS = Set.of("ID>AU", "KE>ET", "PL>KR", "BR>ZA", "VN>FR", "EG>JO",
            "EE>NO", "MX>CA", "CN>EG");

    private static final HttpClient http = HttpClient.newHttpClient();
    private static Path dataRoot;
    private static LocalStack stack;
    private static Browser browser;
    private static String base;

    private String testName;

    @BeforeAll
    static void startStackAndBrowser() throws Exception {
        dataRoot = Files.createTempDirectory("newswire-dashboard-", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x"))); // PostgreSQL runs as 'nobody' under root
        stack = LocalStack.start(new LocalStack.Options(new DataDir(dataRoot.resolve("data")), 0, 0,
                new TopicSpecs.Partitions(2, 2), null, Duration.ofSeconds(5), false, List.of(), List.of(SAMPLE_ARCHIVE),
                Topics.defaults(), IngestTopics.defaults()), line -> { });
        assertThat(stack.awaitProcessing(WITHIN)).isTrue();
        try (PipelineDrain drain = new PipelineDrain(stack.bootstrapServers())) {
            assertThat(drain.await(stack.readers(), WITHIN)).as("archive tagged and stored").isTrue();
        }
        base = "http://localhost:" + stack.httpPort() + "/";
        await().atMost(WITHIN).untilAsserted(() -> assertThat(pairs("")).containsAll(ARCHIVE_PAIRS));
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (stack != null) {
            stack.close();
        }
        if (dataRoot != null) {
            new DataDir(dataRoot.resolve("data")).wipe();
            Files.deleteIfExists(dataRoot.resolve("later").resolve("later.rss"));
            Files.deleteIfExists(dataRoot.resolve("later"));
            Files.deleteIfExists(dataRoot);
        }
    }

    @BeforeEach
    void name(TestInfo info) {
        testName = info.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void screenshotAndConsole() {
        if (browser == null) {
            return;
        }
        browser.screenshot(testName);
        List<LogEntry> errors = browser.consoleSinceLastCall().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).toList();
        assertThat(errors).as("errors in the browser console").isEmpty();
    }

    @Test
    @Order(0)
    void theConsoleCheckSeesWhatAPageLogsAsAnError() {
        browser.driver().get("data:text/html,<p>x</p><script>console.error('dashboard-console-check')</script>");
        assertThat(browser.consoleSinceLastCall()).anySatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(java.util.logging.Level.SEVERE);
            assertThat(e.getMessage()).contains("dashboard-console-check");
        });
    }

    @Test
    @Order(1)
    void mapTableAndSummaryShowTheReplayedArchive() throws Exception {
        WebDriver d = open("");
        assertThat(arcs(d)).as("arcs visitor>host").isEqualTo(pairs("")).containsAll(ARCHIVE_PAIRS);
        // each host is shaded by its count; a country with no visit hosted is not
        assertThat(d.findElement(By.cssSelector("path.country[data-code='AU']")).getAttribute("data-hosted"))
                .isEqualTo("1");
        assertThat(d.findElement(By.cssSelector("path.country[data-code='BR']")).getAttribute("data-hosted"))
                .isEqualTo("0");

        List<String> ids = visitIds("");
        assertThat(rowIds(d)).as("table rows, in the API's order").isEqualTo(ids);
        WebElement australia = row(d, visitIds("host=AU").get(0));
        assertThat(australia.getText()).contains("Indonesia → Australia").contains("planned");
        JsonNode summary = get("api/stats/summary");
        assertThat(d.findElement(By.id("summary")).getText())
                .startsWith(summary.get("visits").asInt() + " visits from " + summary.get("articles").asInt()
                        + " articles, ");
        // the timeline draws every dated visit, the topics every tagged article's topics
        long bars = (Long) js(d).executeScript("return [...document.querySelectorAll('#timeline .bar')]"
                + ".map(b => +b.getAttribute('height') > 0 ? 1 : 0).reduce((a, b) => a + b, 0)");
        assertThat(bars).isPositive();
        assertThat(d.findElement(By.id("live")).getAttribute("data-state")).isEqualTo("live");

        // a topic lists its articles
        List<WebElement> topics = d.findElements(By.cssSelector("#topics li[data-topic] button"));
        assertThat(topics).isNotEmpty();
        WebElement topic = topics.get(topics.size() - 1);
        String code = topic.findElement(By.xpath("..")).getAttribute("data-topic");
        topic.click();
        List<String> articles = ids(get("api/articles?limit=20&topic=" + code));
        assertThat(articles).isNotEmpty();
        new WebDriverWait(d, WITHIN).until(x -> x.findElements(By.cssSelector("#articles li")).stream()
                .map(li -> li.getAttribute("data-id")).toList().equals(articles));
        assertThat(topic.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(d.findElement(By.id("articles-h")).getText()).isEqualTo("Articles on " + code.replace('_', ' '));
    }

    @Test
    @Order(2)
    void aCountryChosenOnTheMapAndAStatusNarrowMapTableAndSummary() throws Exception {
        WebDriver d = open("");
        int allRows = rowIds(d).size();
        WebElement australia = d.findElement(By.cssSelector("path.country[data-code='AU']"));
        new Actions(d).moveToElement(australia).perform();
        WebElement tooltip = d.findElement(By.id("tooltip"));
        assertThat(tooltip.isDisplayed()).isTrue();
        assertThat(tooltip.getText()).startsWith("Australia: 1 visit hosted (from Indonesia), 0 made");

        australia.sendKeys(Keys.ENTER); // what a click does, from the keyboard
        settle(d);
        assertThat(arcs(d)).isEqualTo(pairs("country=AU")).isNotEmpty()
                .allSatisfy(pair -> assertThat(pair).contains("AU"));
        assertThat(rowIds(d)).isEqualTo(visitIds("country=AU")).hasSizeLessThan(allRows);
        assertThat(d.findElement(By.id("summary")).getText()).contains("made or hosted by Australia");
        assertThat(d.getCurrentUrl()).endsWith("#country=AU");

        open("");
        new Select(d.findElement(By.name("status"))).selectByValue("ongoing");
        settle(d);
        List<String> ongoing = visitIds("status=ongoing");
        assertThat(rowIds(d)).isEqualTo(ongoing).hasSizeLessThan(allRows).isNotEmpty();
        assertThat(d.findElements(By.cssSelector("#visits tbody .status")))
                .allSatisfy(s -> assertThat(s.getText()).isEqualTo("ongoing"));
        assertThat(arcs(d)).isEqualTo(pairs("status=ongoing"));

        WebElement search = d.findElement(By.name("q"));
        search.sendKeys("Fahmy");
        List<String> fahmy = visitIds("status=ongoing&q=Fahmy");
        assertThat(fahmy).isNotEmpty().hasSizeLessThan(ongoing.size());
        // the search waits for a pause in typing before it asks
        new WebDriverWait(d, WITHIN).until(x -> rowIds(x).equals(fahmy));
        settle(d);
        assertThat(arcs(d)).isEqualTo(pairs("status=ongoing&q=Fahmy"));

        d.findElement(By.id("clear")).click();
        settle(d);
        assertThat(rowIds(d)).hasSize(allRows);

        // a period dragged across the timeline: its dates in the form and the URL, and everything narrowed to it
        WebElement overlay = d.findElement(By.cssSelector("#timeline .brush .overlay"));
        int width = overlay.getSize().getWidth();
        new Actions(d).moveToElement(overlay, -width / 2 + width / 5, 0).clickAndHold()
                .moveByOffset(width / 2, 0).release().perform();
        settle(d);
        String from = d.findElement(By.name("from")).getDomProperty("value");
        String to = d.findElement(By.name("to")).getDomProperty("value");
        assertThat(from).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(to).isGreaterThanOrEqualTo(from);
        assertThat(d.getCurrentUrl()).contains("from=" + from).contains("to=" + to);
        List<String> inPeriod = visitIds("from=" + from + "&to=" + to);
        assertThat(rowIds(d)).isEqualTo(inPeriod).hasSizeLessThan(allRows);
        assertThat(arcs(d)).isEqualTo(pairs("from=" + from + "&to=" + to));
    }

    @Test
    @Order(3)
    void aVisitOpensWithItsEvidenceAndSourcesFromTheKeyboard() throws Exception {
        WebDriver d = open("");
        String id = visitIds("host=AU").get(0);
        JsonNode detail = get("api/visits/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"));
        WebElement row = row(d, id);
        row.sendKeys(Keys.ENTER);
        WebElement dialog = new WebDriverWait(d, WITHIN).until(x -> {
            WebElement e = x.findElement(By.id("detail"));
            return e.getAttribute("open") != null && id.equals(e.getAttribute("data-id")) ? e : null;
        });
        assertThat(dialog.findElement(By.id("detail-h")).getText()).isEqualTo("Indonesia → Australia");
        List<String> evidence = dialog.findElements(By.cssSelector("#evidence li")).stream().map(WebElement::getText)
                .toList();
        assertThat(evidence).isNotEmpty().isEqualTo(StreamSupport.stream(detail.get("evidence").spliterator(), false)
                .map(e -> e.get("text").asText()).toList());
        List<String> marked = dialog.findElements(By.cssSelector("#evidence mark")).stream()
                .map(WebElement::getText).toList();
        String visitor = detail.get("visit").get("visitors").get(0).get("name").asText();
        assertThat(String.join(" ", evidence)).contains(visitor);
        assertThat(marked).contains(visitor);
        assertThat(marked).anySatisfy(m -> assertThat(m).startsWith("Indonesia")) // Indonesian, too
                .anySatisfy(m -> assertThat(m).startsWith("Australia"));

        List<WebElement> sources = dialog.findElements(By.cssSelector("#sources li"));
        assertThat(sources).hasSize(detail.get("sources").size());
        for (int i = 0; i < sources.size(); i++) {
            JsonNode s = detail.get("sources").get(i);
            assertThat(s.get("stored").asBoolean()).isTrue();
            WebElement link = sources.get(i).findElement(By.tagName("a"));
            assertThat(link.getAttribute("href")).isEqualTo(s.get("url").asText());
            assertThat(link.getText()).isEqualTo(s.get("title").asText());
            assertThat(sources.get(i).findElement(By.className("meta")).getText())
                    .startsWith(s.get("feedTitle").asText() + " · ").endsWith(" UTC");
        }
        browser.screenshot(testName + "-detail");

        dialog.sendKeys(Keys.ESCAPE);
        new WebDriverWait(d, WITHIN).until(x -> x.findElement(By.id("detail")).getAttribute("open") == null);
        assertThat(d.switchTo().activeElement().getAttribute("data-id")).as("focus back on the row").isEqualTo(id);
    }

    @Test
    @Order(4)
    void thePageFitsAPhoneScreen() throws Exception {
        try (Browser phone = Browser.start(390, 844)) {
            WebDriver d = phone.driver();
            d.get(base);
            settle(d);
            long overflow = (Long) ((JavascriptExecutor) d).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow).as("no sideways scrolling").isLessThanOrEqualTo(0);
            assertThat(rowIds(d)).isEqualTo(visitIds(""));
            assertThat(arcs(d)).isEqualTo(pairs(""));
            WebElement map = d.findElement(By.cssSelector("#map svg"));
            assertThat(map.getSize().getWidth()).isLessThanOrEqualTo(390);
            phone.screenshot(testName + "-phone");
            assertThat(phone.consoleSinceLastCall()).noneSatisfy(e -> assertThat(e.getLevel().intValue())
                    .isGreaterThanOrEqualTo(java.util.logging.Level.SEVERE.intValue()));
        }
    }

    @Test
    @Order(5)
    void aVisitReplayedWhileThePageIsOpenAppearsWithoutReload() throws Exception {
        WebDriver d = open("");
        int before = rowIds(d).size();
        js(d).executeScript("window.notReloaded = true");
        new WebDriverWait(d, WITHIN).until(x -> "live".equals(x.findElement(By.id("live")).getAttribute("data-state")));

        Path archive = Files.createDirectories(dataRoot.resolve("later"));
        Files.writeString(archive.resolve("later.rss"), LaterVisit.RSS);
        replay(archive);

        new WebDriverWait(d, WITHIN).until(x -> rowIds(x).size() == before + 1);
        assertThat(js(d).executeScript("return window.notReloaded")).isEqualTo(true);
        String id = visitIds("host=PE").get(0);
        assertThat(row(d, id).getText()).contains("Chile → Peru").contains(LaterVisit.VISITOR);
        assertThat(rowIds(d)).isEqualTo(visitIds(""));
        new WebDriverWait(d, WITHIN).until(x -> arcs(x).contains("CL>PE"));
        assertThat(arcs(d)).isEqualTo(pairs(""));
        new WebDriverWait(d, WITHIN).until(x -> x.findElement(By.id("summary")).getText()
                .startsWith((before + 1) + " visits"));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static WebDriver open(String hash) {
        WebDriver d = browser.driver();
        d.get(base + (hash.isEmpty() ? "" : "#" + hash));
        settle(d);
        return d;
    }

    /** Waits until the page shows the answer to its current selection. */
    private static void settle(WebDriver d) {
        new WebDriverWait(d, WITHIN).until(x -> {
            WebElement body = x.findElement(By.tagName("body"));
            return "ready".equals(body.getAttribute("data-state")) && "false".equals(body.getAttribute("data-loading"));
        });
    }

    private static JavascriptExecutor js(WebDriver d) {
        return (JavascriptExecutor) d;
    }

    /** The arcs drawn, as visitor>host, read in one script so a redraw cannot come between two reads. */
    @SuppressWarnings("unchecked")
    private static Set<String> arcs(WebDriver d) {
        return new TreeSet<>((List<String>) js(d).executeScript("return [...document.querySelectorAll("
                + "'#map path.arc')].map(a => a.dataset.visitor + '>' + a.dataset.host)"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> rowIds(WebDriver d) {
        return (List<String>) js(d).executeScript(
                "return [...document.querySelectorAll('#visits tbody tr')].map(r => r.dataset.id)");
    }

    private static WebElement row(WebDriver d, String id) {
        return d.findElements(By.cssSelector("#visits tbody tr")).stream()
                .filter(r -> id.equals(r.getAttribute("data-id"))).findFirst().orElseThrow();
    }

    private static Set<String> pairs(String query) throws IOException, InterruptedException {
        JsonNode groups = get("api/stats/visits?groupBy=pair&limit=1000" + (query.isEmpty() ? "" : "&" + query))
                .get("groups");
        return StreamSupport.stream(groups.spliterator(), false)
                .map(g -> g.get("visitor").asText() + ">" + g.get("host").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> visitIds(String query) throws IOException, InterruptedException {
        return ids(get("api/visits?limit=200" + (query.isEmpty() ? "" : "&" + query)));
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(v -> v.get("id").asText()).toList();
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    private static void replay(Path archive) {
        StringWriter out = new StringWriter();
        var cli = NewswireCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        int status = cli.execute("replay", "--bootstrap-servers", stack.bootstrapServers(), archive.toString());
        assertThat(status).as(out.toString()).isZero();
        assertThat(out.toString()).contains("1 published");
    }

    /** An archived feed item, invented for this test, reporting a visit not in the sample archive: Chile to Peru. */
    private static final class LaterVisit {
        static final String VISITOR = "Ana Torres";
        static final String RSS = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0">
                  <channel>
                    <title>Andes Ledger</title>
                    <link>https://andes-ledger.example/</link>
                    <description>Invented by the Newswire project for the dashboard's browser test</description>
                    <item>
                      <title>Chilean foreign minister begins two-day visit to Peru</title>
                      <link>https://andes-ledger.example/2025/10/06/chile-peru-visit</link>
                      <guid>https://andes-ledger.example/2025/10/06/chile-peru-visit</guid>
                      <pubDate>Mon, 06 Oct 2025 09:00:00 GMT</pubDate>
                      <description>Chilean Foreign Minister Ana Torres arrived in Lima on Monday for a two-day official
                        visit, the first by a Chilean foreign minister in three years. Torres will hold talks with
                        Peruvian President Luis Castillo Rivas and Foreign Minister Elena Paredes on trade and border
                        cooperation, the Peruvian foreign ministry said.</description>
                    </item>
                  </channel>
                </rss>
                """;
    }
}
