package org.homeward.repatriation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.homeward.testing.HeadlessChromium;
import org.homeward.testing.HomewardIntegrationTest;
import org.homeward.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A short version of the article's day in a real browser: a coordinator plans an operation, finds a
 * mother and her son by search, puts them on the manifest, confirms it, records the handover and
 * reads the statement and the son's chain of custody.
 */
@HomewardIntegrationTest
class OperationInBrowserTest {
  @RegisterExtension
  static final HeadlessChromium.PerClass CHROMIUM = new HeadlessChromium.PerClass();

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void coordinatorPlansConfirmsAndRecordsTheDayInTheBrowser() throws IOException {
    RepatriationFixture fx = new RepatriationFixture(context);
    String mother = fx.woman("Назарова Гулнора", "TJK");
    String son = fx.child("Назаров Фаррух", "MALE", 7, "TJK", mother);
    fx.approve(mother);
    fx.approve(son);
    WebDriver browser = CHROMIUM.get().browser();
    signIn(browser, fx.coordinatorName());

    open(browser, "/operations?lang=en");
    browser.findElement(By.id("op-name")).sendKeys("Browser operation " + fx.suffix);
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1]",
            browser.findElement(By.id("op-date")),
            LocalDate.now(ZoneOffset.UTC).toString());
    browser.findElement(By.id("op-point")).sendKeys("Semalka crossing");
    browser.findElement(By.id("op-states")).sendKeys("TJK");
    browser.findElement(By.id("op-capacity")).sendKeys("10");
    browser.findElement(By.id("plan-submit")).click();
    CHROMIUM.get().waitUntil(ExpectedConditions.urlMatches(".*/operations/[0-9a-f-]{36}$"));
    assertThat(status(browser)).isEqualTo("PLANNED");

    // the registrar typed Cyrillic; the coordinator searches in Latin letters
    browser.findElement(By.id("candidate-q")).sendKeys("Nazar " + fx.suffix);
    // other tests' persons may match the search too: tick the two of this family
    By family =
        By.xpath(
            "//div[@id='candidates']//label[contains(., '"
                + fx.suffix
                + "')]/input[@name='personId']");
    CHROMIUM.get().waitUntil(ExpectedConditions.numberOfElementsToBe(family, 2));
    browser.findElements(family).forEach(b -> b.click());
    browser.findElement(By.id("add-submit")).click();
    CHROMIUM
        .get()
        .waitUntil(
            ExpectedConditions.numberOfElementsToBe(By.cssSelector("#manifest tbody tr"), 2));
    browser.findElement(By.id("confirm-submit")).click();
    CHROMIUM
        .get()
        .waitUntil(
            ExpectedConditions.attributeToBe(
                By.id("operation-status"), "data-status", "CONFIRMED"));

    browser.findElement(By.id("TJK-from")).sendKeys("Autonomous Administration");
    browser.findElement(By.id("TJK-to")).sendKeys("Ministry of Foreign Affairs");
    browser.findElement(By.id("TJK-fromOfficials")).sendKeys("Kh. Ahmad");
    browser.findElement(By.id("TJK-toOfficials")).sendKeys("D. Nazarov\nS. Karimova");
    CHROMIUM.get().screenshot("operation-confirmed");
    browser.findElement(By.id("execute-submit")).click();
    CHROMIUM
        .get()
        .waitUntil(
            ExpectedConditions.attributeToBe(By.id("operation-status"), "data-status", "EXECUTED"));

    assertThat(browser.findElement(By.id("statement-en")).getText())
        .isEqualTo("The group included one woman and one child.");
    assertThat(browser.findElement(By.id("statement-ru")).getText())
        .isEqualTo("Состав группы: 1 женщина и 1 ребёнок.");
    assertThat(browser.findElement(By.id("statement-ar")).getAttribute("dir")).isEqualTo("rtl");
    assertThat(browser.findElements(By.cssSelector("#manifest td.outcome")))
        .extracting(org.openqa.selenium.WebElement::getText)
        .containsExactly("left", "left");
    CHROMIUM.get().screenshot("operation-executed");

    open(browser, "/persons/" + son + "?lang=en");
    CHROMIUM.get().waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("custody-chain")));
    assertThat(browser.findElement(By.id("custody-chain")).getText())
        .contains("Autonomous Administration")
        .contains("D. Nazarov, S. Karimova");
    assertThat(List.of(browser.findElement(By.id("case-stage")).getText()))
        .containsExactly("repatriated");
    assertThat(browser.findElement(By.id("person-timeline")).getText())
        .contains("handover")
        .contains("REPATRIATED");

    open(browser, "/operations?lang=en&state=TJK");
    assertThat(browser.findElement(By.id("state-timeline")).getText())
        .contains(
            "Browser operation "
                + fx.suffix
                + " "
                + LocalDate.now(ZoneOffset.UTC)
                + " executed 2 2 2");
  }

  private static String status(WebDriver browser) {
    return browser.findElement(By.id("operation-status")).getAttribute("data-status");
  }

  private void signIn(WebDriver browser, String username) {
    open(browser, "/login?lang=en");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(TestAccounts.password(username));
    browser.findElement(By.id("sign-in")).click();
    CHROMIUM.get().waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  private void open(WebDriver browser, String path) {
    browser.get("http://localhost:" + port + path);
  }
}
