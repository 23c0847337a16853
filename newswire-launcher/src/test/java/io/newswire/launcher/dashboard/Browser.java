package io.newswire.launcher.dashboard;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's headless Chromium driven through its chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}, or {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER}): Selenium never downloads a browser.
 * Each instance has a fresh profile, deleted on {@link #close}.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Why the browser cannot run here (to skip with), empty when it can. */
    static Optional<String> missing() {
        if (chromium().isEmpty()) {
            return Optional.of("no Chromium (install the Debian package chromium, or set CHROMIUM_BINARY)");
        }
        if (chromedriver().isEmpty()) {
            return Optional.of("no chromedriver (install the Debian package chromium-driver, or set CHROMEDRIVER)");
        }
        return Optional.empty();
    }

    static Browser start(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("newswire-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium().orElseThrow().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--lang=en-GB", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver().orElseThrow().toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(width, height));
        return new Browser(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Saves what the page shows under target/dashboard-screenshots/NAME.png, whole page height. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
            Dimension before = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(before.getWidth(), Math.max(before.getHeight(),
                    Math.min(height.intValue() + 140, 4000))));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            driver.manage().window().setSize(before);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the page wrote to the console since the last call, warnings and errors (SEVERE) included. */
    List<LogEntry> consoleSinceLastCall() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }

    private static Optional<Path> chromium() {
        return executable("CHROMIUM_BINARY", "chromium", "chromium-browser", "google-chrome");
    }

    private static Optional<Path> chromedriver() {
        return executable("CHROMEDRIVER", "chromedriver");
    }

    private static Optional<Path> executable(String env, String... names) {
        String given = System.getenv(env);
        if (given != null && !given.isBlank()) {
            Path p = Path.of(given);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
