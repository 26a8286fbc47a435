package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;
import org.homeward.access.Role;
import org.homeward.testing.ApiClient;
import org.homeward.testing.HeadlessChromium;
import org.homeward.testing.HomewardIntegrationTest;
import org.homeward.testing.People;
import org.homeward.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * An analyst's dashboard in real Chromium, in English and in Arabic: every chart is drawn, has its
 * table beside it and downloads as SVG. Screenshots: target/screenshots/dashboard-*.png.
 */
@HomewardIntegrationTest
class DashboardInBrowserTest {
  @RegisterExtension
  static final HeadlessChromium.PerClass CHROMIUM = new HeadlessChromium.PerClass();

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void analystSeesEveryChartWithItsTableInEnglishAndArabic() throws IOException {
    TestAccounts accounts = TestAccounts.of(context);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    ApiClient registrar =
        accounts.client(
            accounts.user(
                "dash-reg-" + suffix,
                Role.REGISTRAR,
                "Dash ministry " + suffix,
                "GOVERNMENT",
                "TJK"));
    for (int i = 0; i < 25; i++) {
      registrar.post(
          "/api/v1/persons",
          People.person("Dash " + i + " " + suffix)
              .sex(i % 2 == 0 ? "FEMALE" : "MALE")
              .aged(3 + i)
              .nationality("TJK")
              .body());
    }
    String analyst =
        accounts.user(
            "dash-an-" + suffix, Role.ANALYST, "Statistics office " + suffix, "GOVERNMENT", "TJK");
    WebDriver browser = CHROMIUM.get().browser();
    browser.get("http://localhost:" + port + "/login?lang=en");
    browser.findElement(By.id("username")).sendKeys(analyst);
    browser.findElement(By.id("password")).sendKeys(TestAccounts.password(analyst));
    browser.findElement(By.id("sign-in")).click();
    CHROMIUM.get().waitUntil(ExpectedConditions.urlContains("/dashboard"));

    for (String chart : DashboardPageController.CHARTS) {
      WebElement section = browser.findElement(By.id("chart-" + chart));
      assertThat(section.findElements(By.cssSelector("svg#" + chart))).hasSize(1);
      assertThat(section.findElements(By.cssSelector("table#table-" + chart))).hasSize(1);
    }
    assertThat(browser.findElement(By.id("table-pyramid")).getText()).contains("5-11");
    assertThat(browser.findElement(By.id("table-nationality")).getText()).contains("TJK");
    String svg =
        (String)
            ((JavascriptExecutor) browser)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('download-pyramid').href)"
                        + ".then(r => r.text().then(t => done(r.headers.get('content-type') + '|' + t)));");
    assertThat(svg)
        .startsWith("image/svg+xml")
        .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"pyramid\"");
    CHROMIUM.get().screenshot("dashboard-en");

    browser.get("http://localhost:" + port + "/dashboard?lang=ar");
    CHROMIUM.get().waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("chart-pyramid")));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    assertThat(browser.findElement(By.cssSelector("svg#stage")).getAttribute("direction"))
        .isEqualTo("rtl");
    assertThat(browser.findElement(By.cssSelector("#chart-pyramid h2")).getText())
        .isEqualTo("السكان حسب العمر والجنس");
    CHROMIUM.get().screenshot("dashboard-ar");
  }
}
