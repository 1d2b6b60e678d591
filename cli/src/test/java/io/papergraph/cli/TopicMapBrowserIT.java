package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.papergraph.map.TopicMapFiles;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * The topic map of the sample digests in a real browser: the machine's headless Chromium (Debian's chromium and
 * chromium-driver packages), offline. The page must load without console errors, draw every item, find terms by
 * their English and Chinese names, and show a picture. Skipped, with one line, where Chromium is not installed.
 */
class TopicMapBrowserIT {

    @TempDir
    static Path profile;

    static ChromeDriver browser;
    static Path map;

    @BeforeAll
    static void openTheMap() {
        var chromium = onPath("chromium").or(() -> onPath("chromium-browser"));
        var chromedriver = onPath("chromedriver");
        assumeTrue(chromium.isPresent() && chromedriver.isPresent(),
                "TopicMapBrowserIT skipped: chromium and chromedriver are not on the PATH (Debian: apt-get install chromium chromium-driver)");
        var sample = SampleMapBuild.get();
        assertEquals(0, sample.run().exitCode(), sample.run().err());
        map = sample.map();
        var options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        // The machine's network is closed: nothing may try to reach it, and the page must not need it.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1400,900");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    /** Each test starts from the page as it opens. */
    @BeforeEach
    void load() {
        browser.get(map.resolve(TopicMapFiles.HTML).toUri().toString());
        // get() returns once the page has loaded, and the page's scripts run before that.
        assertEquals(Boolean.TRUE, script("return window.topicMap !== undefined"), "the page's script ran");
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void thePageLoadsWithoutErrorsAndDrawsEveryItem() throws Exception {
        int items = new ObjectMapper().readTree(map.resolve(TopicMapFiles.VOSVIEWER).toFile()).at("/network/items").size();

        assertEquals(items, ((Number) script("return window.topicMap.items")).intValue());
        assertEquals(items, ((Number) script("return window.topicMap.drawnItems()")).intValue());
        var errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertTrue(errors.isEmpty(), "console: " + errors);
        assertTrue(browser.findElement(By.id("summary")).getText().startsWith(items + " terms in "),
                browser.findElement(By.id("summary")).getText());
    }

    @Test
    void labelsThatWouldOverlapAreHiddenAndZoomingInShowsMore() {
        int items = ((Number) script("return window.topicMap.items")).intValue();
        int before = ((Number) script("return window.topicMap.visibleLabels()")).intValue();
        var chart = browser.findElement(By.id("chart"));
        var zoomIn = new Actions(browser);
        for (int i = 0; i < 6; i++) {
            zoomIn.scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(chart), 0, -300).pause(100);
        }
        zoomIn.perform();
        int after = ((Number) script("return window.topicMap.visibleLabels()")).intValue();

        assertTrue(before > 0 && before < items, before + " of " + items + " labels shown at first");
        assertTrue(after > before, "zoomed in, " + after + " labels shown instead of " + before);
    }

    @Test
    void theSearchBoxFindsATermByItsEnglishAndItsChineseName() throws Exception {
        var items = new ObjectMapper().readTree(map.resolve(TopicMapFiles.VOSVIEWER).toFile()).at("/network/items");
        var page = Files.readString(map.resolve(TopicMapFiles.HTML));
        var data = new ObjectMapper().readTree(page.substring(page.indexOf("{\"clusters\""), page.indexOf("</script>", page.indexOf("{\"clusters\""))));
        var withChinese = Stream.iterate(0, i -> i + 1).limit(items.size()).map(i -> data.get("items").get(i))
                .filter(i -> i.get("namesZh").size() > 0).findFirst().orElseThrow();

        search("large language models");
        assertEquals("Large Language Models", browser.findElement(By.cssSelector("#details h3")).getText());
        assertTrue(browser.findElement(By.cssSelector("#details ul a")).getAttribute("href").startsWith("https://arxiv.org/abs/"));

        search(withChinese.get("namesZh").get(0).asText());
        assertEquals(withChinese.get("label").asText(), browser.findElement(By.cssSelector("#details h3")).getText());
        assertTrue(browser.findElement(By.id("details")).getText().contains(withChinese.get("namesZh").get(0).asText()));

        search("no such term anywhere");
        assertTrue(browser.findElement(By.id("search-result")).getText().startsWith("No term on the map matches"),
                browser.findElement(By.id("search-result")).getText());
    }

    @Test
    void theScreenshotShowsTheMap() throws Exception {
        var png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(Path.of("target", "topic-map.png"), png);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        int chartWidth = browser.findElement(By.id("chart")).getRect().getWidth();
        int background = image.getRGB(2, 2);
        var colours = new HashSet<Integer>();
        long drawn = 0;
        for (int x = 0; x < Math.min(chartWidth, image.getWidth()); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                if (rgb != background) {
                    drawn++;
                    colours.add(rgb);
                }
            }
        }
        assertTrue(drawn > 0.02 * chartWidth * image.getHeight(), "the chart is not blank: " + drawn + " pixels drawn");
        assertTrue(colours.size() > 50, "terms in several colours: " + colours.size());
        assertFalse(browser.findElement(By.id("legend")).getText().isBlank(), "the legend lists the clusters");
    }

    private static void search(String query) {
        var box = browser.findElement(By.id("search"));
        box.clear();
        box.sendKeys(query + Keys.ENTER);
    }

    private static Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    private static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).filter(d -> !d.isBlank())
                .map(d -> Path.of(d, program)).filter(Files::isExecutable).findFirst();
    }
}
