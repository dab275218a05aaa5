package org.hrcsearch.api.web;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver: no download, no Selenium Manager. Missing
 * binaries fail the test with the command that installs them; they never make it skip.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("hrc.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("hrc.chromedriver", "/usr/bin/chromedriver"));
    /** Where screenshots land, as test artifacts: search-api/target/screenshots. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() throws IOException {
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                fail("the browser tests need Debian's chromium and chromium-driver, but " + p
                        + " is missing. Install them:"
                        + " apt-get update && apt-get install -y chromium chromium-driver (.ci/run does this)");
            }
        }
        // Selenium Manager would try to download a browser or driver; the paths below make it unnecessary.
        System.setProperty("SE_OFFLINE", "true");
        Path profile = Files.createTempDirectory("hrc-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--disable-default-apps",
                "--mute-audio",
                "--hide-scrollbars",
                "--lang=en-GB",
                "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20)).scriptTimeout(Duration.ofSeconds(10));
        return new Browser(service, driver, profile);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits (up to 10 s) until the condition gives something other than null or false. */
    <T> T waitFor(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50))
                .withMessage(() -> what + "; the page shows: " + visibleText())
                .until(condition);
    }

    String visibleText() {
        try {
            String text = driver.findElement(By.tagName("main")).getText();
            return text.length() > 1500 ? text.substring(0, 1500) + "…" : text;
        } catch (RuntimeException e) {
            return "(no page)";
        }
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Sets the size of the viewport (not the window) to width x height CSS pixels. */
    void viewport(int width, int height) {
        if (Boolean.TRUE.equals(script(
                "return window.innerWidth === arguments[0] && window.innerHeight === arguments[1]", width, height))) {
            return;
        }
        driver.manage().window().setSize(new Dimension(width, height));
        long innerW = ((Number) script("return window.innerWidth")).longValue();
        long innerH = ((Number) script("return window.innerHeight")).longValue();
        driver.manage()
                .window()
                .setSize(new Dimension(width + (int) (width - innerW), height + (int) (height - innerH)));
    }

    /**
     * Saves a screenshot as target/screenshots/name.png: of the viewport, or with fullPage of the whole page (the
     * viewport is stretched to the page's height, up to 4,000 pixels, then put back).
     */
    Path screenshot(String name, boolean fullPage) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        int width = ((Number) script("return window.innerWidth")).intValue();
        int height = ((Number) script("return window.innerHeight")).intValue();
        if (fullPage) {
            int page = ((Number) script("return document.documentElement.scrollHeight")).intValue();
            viewport(width, Math.min(4000, Math.max(height, page)));
        }
        try {
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.move(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            if (fullPage) {
                viewport(width, height);
            }
        }
        return target;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
