package dev.mlidea.bot.sandbox;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven through its own chromedriver, both named by path so Selenium
 * Manager never downloads anything; the page's elements found the way a person finds them.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("sandbox.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("sandbox.chromedriver", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of("target", "sandbox-screenshots");
    static final Duration PATIENCE = Duration.ofSeconds(20);

    final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Fails (never skips) when the browser is missing: CI installs it, and a skipped test proves nothing. */
    static Browser start() {
        for (Path needed : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(needed)) {
                fail(
                        needed + " is missing: install Debian's chromium and chromium-driver"
                                + " (apt-get install chromium chromium-driver; .ci/run does this) to run the sandbox's browser test");
            }
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--no-sandbox",
                "--headless=new",
                "--disable-gpu",
                "--window-size=1400,1000",
                "--disable-dev-shm-usage",
                "--lang=en-GB");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    void open(String url) {
        driver.get(url);
    }

    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE)
                .pollingEvery(Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement one(String css) {
        return await(d -> {
            var found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    void click(String css) {
        await(d -> {
            one(css).click();
            return true;
        });
    }

    void type(String boxId, String text) {
        WebElement box = one("#" + boxId);
        box.clear();
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
    }

    String text(String css) {
        return await(d -> one(css).getText());
    }

    boolean imageLoaded(WebElement img) {
        Object width = ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth", img);
        return width instanceof Number n && n.longValue() > 0;
    }

    /** Scrolls the last element matching {@code css} to the top of its list (for a screenshot that shows it). */
    void scrollToTop(String css) {
        List<WebElement> found = await(d -> {
            var all = all(css);
            return all.isEmpty() ? null : all;
        });
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true)", found.get(found.size() - 1));
    }

    /** Saves a screenshot under target/sandbox-screenshots; with -Dsandbox.screenshots.update=true also as {@code docsName} in docs/. */
    Path screenshot(String name, String docsName) {
        try {
            Files.createDirectories(SHOTS);
            Path shot = SHOTS.resolve(name + ".png");
            Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
            if (docsName != null && Boolean.getBoolean("sandbox.screenshots.update")) {
                Files.copy(shot, Path.of("..", "docs", docsName), StandardCopyOption.REPLACE_EXISTING);
            }
            return shot;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
