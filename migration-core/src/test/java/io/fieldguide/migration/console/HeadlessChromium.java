package io.fieldguide.migration.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium} and {@code chromium-driver}, headless, for the console's browser tests.
 * Both paths are given to Selenium, so its Selenium Manager never tries to download a browser. Where
 * either is missing the tests are skipped with a message saying what to install, as Testcontainers
 * does without Docker ({@code CHROMIUM_BIN} and {@code CHROMEDRIVER_BIN} point elsewhere).
 */
final class HeadlessChromium {

    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private HeadlessChromium() {}

    /** Why no browser can run here, or empty when Chromium and its driver are installed. */
    static Optional<String> missing() {
        return browser().isPresent() && driver().isPresent()
                ? Optional.empty()
                : Optional.of("No Chromium here: the console's browser tests are skipped. Install Debian's chromium"
                        + " and chromium-driver (apt-get install -y chromium chromium-driver; .ci/run does) or set"
                        + " CHROMIUM_BIN and CHROMEDRIVER_BIN.");
    }

    static ChromeDriver start() {
        Path browser = browser().orElseThrow();
        Path driver = driver().orElseThrow();
        ChromeOptions options = new ChromeOptions()
                .setBinary(browser.toFile())
                .addArguments(
                        "--headless=new",
                        // As root (CI) Chromium refuses to start with its sandbox.
                        "--no-sandbox",
                        "--disable-dev-shm-usage",
                        "--disable-gpu",
                        "--window-size=1280,1000",
                        "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return chrome;
    }

    /** Writes the element's picture to {@code target/console-screenshots/<name>.png}. */
    static Path screenshot(WebElement element, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, element.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> browser() {
        return find("CHROMIUM_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    }

    private static Optional<Path> driver() {
        return find("CHROMEDRIVER_BIN", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    }

    private static Optional<Path> find(String variable, String... defaults) {
        String configured = System.getenv(variable);
        Stream<String> candidates = configured != null ? Stream.of(configured) : Stream.of(defaults);
        return candidates.map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
