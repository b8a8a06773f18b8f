package io.fieldguide.migration.console;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.fieldguide.migration.testing.TestTokens;
import io.quarkus.logging.Log;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser (headless Chromium), against this module's test service and its
 * real PostgreSQL, in the same Quarkus boot as the module's other tests. Each test starts at
 * version 2 of the test schema (3, 4, 5 and 6 pending) with a fresh session. Screenshots of every
 * panel go to {@code target/console-screenshots/}.
 */
@QuarkusTest
class ConsoleBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static ChromeDriver chrome;

    @TestHTTPResource("/console/")
    URL console;

    @Inject
    DataSource dataSource;

    @Inject
    MigrateService migrate;

    @BeforeAll
    static void openBrowser() {
        HeadlessChromium.missing().ifPresentOrElse(Log::warn, () -> chrome = HeadlessChromium.start());
    }

    @AfterAll
    static void closeBrowser() {
        if (chrome != null) {
            chrome.quit();
        }
    }

    @BeforeEach
    void versionTwoAndSignedOut() {
        assumeTrue(chrome != null, () -> HeadlessChromium.missing().orElse("Chromium did not start"));
        DatabaseReset.dropSchema(dataSource, "public");
        DatabaseReset.clearCoreRecords(dataSource);
        migrate.migrate("2", false, "tester");
        chrome.get(console.toString());
        chrome.executeScript("sessionStorage.clear()");
        chrome.navigate().refresh();
    }

    @Test
    void anAdminSignsInWithTheKeyboardAndSeesThePendingMigrations() {
        signIn(TestTokens.admin());
        HeadlessChromium.screenshot(chrome.findElement(By.tagName("body")), "console");

        WebElement pending = migrationRow("3_index_widget_name");
        assertEquals("Pending", pending.getAttribute("data-state"));
        assertContains(pending.getText(), "Pending", "passes");
        assertContains(migrationRow("2_add_widget_color").getText(), "Success", "yes");
        assertContains(text("status-summary"), "Current version: 2", "4 pending");
        assertEquals("Signed in as ada-admin (migration-admin)", text("who"));
        assertContains(migrationRow("6_unique_widget_names").getText(), "finding");
        assertContains(text("lint-summary"), "classpath:db/testschema");
        assertThat(sessionToken(), startsWith("ey"));
        assertTrue((Boolean) chrome.executeScript("return localStorage.length === 0"), "nothing in localStorage");

        HeadlessChromium.screenshot(chrome.findElement(By.id("status")), "status");
        HeadlessChromium.screenshot(chrome.findElement(By.id("history")), "history");
        HeadlessChromium.screenshot(chrome.findElement(By.id("panel-widgets")), "module-panel");
        assertContains(text("panel-widgets"), "1 widgets", "widgets");
        assertContains(text("panel-broken"), "This panel could not be read");

        chrome.findElement(By.id("validate")).sendKeys(Keys.ENTER);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-kind='missing']")));
        assertContains(text("drift-report"), "Missing", "table widget_audit");
        HeadlessChromium.screenshot(chrome.findElement(By.id("drift")), "drift");
    }

    @Test
    void aDryRunShowsTheSqlThenTheRollbackRunsAndThePageUpdates() {
        signIn(TestTokens.admin());

        chrome.findElement(By.id("rollback-preview")).click();
        WebElement confirm = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        assertContains(text("confirm-sql"), "ALTER TABLE widgets DROP COLUMN color");
        assertContains(text("confirm-message"), "2_add_widget_color");
        assertTrue(TestSql.columnExists(dataSource, "widgets", "color"), "the dry run changed nothing");
        HeadlessChromium.screenshot(chrome.findElement(By.id("actions")), "actions");

        confirm.findElement(By.id("confirm-run")).click();
        waitFor().until(driver -> "Pending"
                .equals(migrationRow("2_add_widget_color").getAttribute("data-state")));
        assertContains(text("action-result"), "Migrations rolled back successfully", "2_add_widget_color down");
        assertContains(text("status-summary"), "Current version: 1", "5 pending");
        waitFor().until(driver -> text("runs").contains("undo"));
        assertContains(
                chrome.findElement(By.cssSelector("#runs tbody tr")).getText(),
                "undo",
                "2_add_widget_color",
                "down",
                "ada-admin",
                "succeeded");
        assertFalse(TestSql.columnExists(dataSource, "widgets", "color"));
    }

    @Test
    void aBackfillsBarMovesToOneHundredPercent() {
        DatabaseReset.execute(
                dataSource, "INSERT INTO widgets (name, price) SELECT 'w' || g, 1 FROM generate_series(1, 40000) g");
        signIn(TestTokens.admin());

        chrome.findElement(By.id("batch-size")).sendKeys("500");
        chrome.findElement(By.id("run-widget-prices-in-cents")).click();
        Set<String> seen = new LinkedHashSet<>();
        // The list is redrawn on every poll, so an element found a moment ago may be gone.
        waitFor()
                .withTimeout(Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    WebElement job = backfill("widget-prices-in-cents");
                    seen.add(job.findElement(By.className("percent")).getText());
                    return "completed".equals(job.getAttribute("data-status"));
                });

        WebElement job = backfill("widget-prices-in-cents");
        assertEquals("100", job.findElement(By.tagName("progress")).getAttribute("value"));
        assertEquals("100.0 %", job.findElement(By.className("percent")).getText());
        assertContains(job.getText(), "done 40001 of 40001 keys", "rows/s", "ETA", "longest batch");
        assertThat("the bar was drawn while the job ran, then at 100 %", seen, hasItem("100.0 %"));
        assertEquals(40001, TestSql.count(dataSource, "SELECT count(*) FROM widgets WHERE price = 100"));
        HeadlessChromium.screenshot(chrome.findElement(By.id("backfills")), "backfills");
    }

    @Test
    void aReaderSeesNoActionsAndTheApiRefusesAForcedOne() {
        signIn(TestTokens.reader());

        assertThat(text("who"), endsWith("(read only)"));
        assertThat(chrome.findElements(By.id("actions")), empty());
        assertThat(chrome.findElements(By.id("batch-size")), empty());
        assertThat(chrome.findElements(By.cssSelector("#backfill-list button")), empty());
        assertThat(chrome.findElements(By.linkText("Actions")), empty());

        Object status = chrome.executeAsyncScript(
                """
                const done = arguments[arguments.length - 1];
                fetch('../api/migrations/rollback', {method: 'POST', body: '{"steps": 1}', headers: {
                    'Content-Type': 'application/json',
                    Authorization: 'Bearer ' + sessionStorage.getItem('fieldguide.console.token')}})
                  .then(answer => done(answer.status));""");
        assertEquals(403L, status);
        assertTrue(TestSql.columnExists(dataSource, "widgets", "color"), "nothing was rolled back");
    }

    @Test
    void aFailedRunIsShownInRedWithItsError() {
        DatabaseReset.execute(dataSource, "INSERT INTO widgets (name) VALUES ('twin'), ('twin')");
        migrate.migrate(null, false, "tester");
        signIn(TestTokens.reader());

        new Select(chrome.findElement(By.id("history-outcome"))).selectByValue("failed");
        WebElement failed = chrome.findElement(By.cssSelector("#runs tbody tr"));
        assertEquals("failed", failed.getAttribute("class"));
        assertContains(failed.getText(), "6_unique_widget_names", "failed", "widgets_name_key");
        assertThat(text("history-count"), startsWith("1 of "));
    }

    @Test
    void aRefusedTokenAndAServiceThatIsNoDemoAreExplained() {
        chrome.findElement(By.id("demo-token")).click();
        waitFor().until(driver -> text("notice").contains("not a local demo"));

        chrome.findElement(By.id("token")).sendKeys("not-a-token", Keys.ENTER);
        waitFor().until(driver -> text("notice").contains("refused the token"));
        assertFalse(chrome.findElement(By.id("main")).isDisplayed());
        assertNull(sessionToken());
    }

    private void signIn(String token) {
        WebElement field = chrome.findElement(By.id("token"));
        field.sendKeys(token, Keys.ENTER);
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("main")));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#migrations tbody tr")));
        waitFor()
                .until(driver -> !text("lint-summary").isEmpty()
                        && !text("history-count").isEmpty());
    }

    /** Each part, in this order. */
    private static void assertContains(String actual, String... parts) {
        assertThat(actual, stringContainsInOrder(parts));
    }

    private WebElement migrationRow(String name) {
        return chrome.findElement(By.cssSelector("tr[data-migration='" + name + "']"));
    }

    private WebElement backfill(String name) {
        return chrome.findElement(By.cssSelector("[data-backfill='" + name + "']"));
    }

    private String text(String id) {
        return chrome.findElement(By.id(id)).getText();
    }

    private String sessionToken() {
        return (String) chrome.executeScript("return sessionStorage.getItem('fieldguide.console.token')");
    }

    /** Ignores elements gone stale: the page redraws its lists on every load and poll. */
    private WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(chrome, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
