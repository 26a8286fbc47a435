package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import org.homeward.testing.ApiClient;
import org.homeward.testing.HeadlessChromium;
import org.homeward.testing.HomewardIntegrationTest;
import org.homeward.testing.People;
import org.homeward.testing.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web UI in a real browser (headless Chromium): signing in, registering, searching with htmx,
 * errors beside fields, right-to-left Arabic, and family links. Screenshots go to {@code
 * target/screenshots}.
 */
@HomewardIntegrationTest
class RegistryInBrowserTest {
  /** Syllables of made-up names, in Cyrillic and as they are spelled in Latin letters. */
  private static final String[][] SYLLABLES = {
    {"ма", "ma"}, {"ди", "di"}, {"на", "na"}, {"ло", "lo"}, {"ра", "ra"},
    {"зу", "zu"}, {"ни", "ni"}, {"ко", "ko"}, {"ба", "ba"}, {"ту", "tu"}
  };

  @RegisterExtension
  static final HeadlessChromium.PerClass CHROMIUM = new HeadlessChromium.PerClass();

  private static WebDriver browser;
  private static boolean signedIn;

  @LocalServerPort int port;
  @Autowired org.springframework.context.ApplicationContext context;
  @org.springframework.beans.factory.annotation.Autowired org.homeward.access.Agencies agencies;
  @org.springframework.beans.factory.annotation.Autowired org.homeward.access.UserAccounts accounts;

  @BeforeAll
  static void takeTheBrowser() {
    browser = CHROMIUM.get().browser();
  }

  @BeforeEach
  void signIn() {
    if (signedIn) {
      open("/persons?lang=en");
      return;
    }
    String registrar = TestAccounts.of(context).registrar();
    open("/login?lang=en");
    browser.findElement(By.id("username")).sendKeys(registrar);
    browser.findElement(By.id("password")).sendKeys(TestAccounts.password(registrar));
    browser.findElement(By.id("sign-in")).click();
    waitUntil(ExpectedConditions.urlContains("/persons"));
    signedIn = true;
  }

  @Test
  void registrarRegistersPersonWithCyrillicNameAndFindsThemByLatinSpelling() throws IOException {
    String[] given = madeUpName();
    String cyrillic = "Шерзодова " + given[0];
    String latin = "Sherzodova " + given[1];

    open("/persons/new");
    browser.findElement(By.name("names[0].text")).sendKeys(cyrillic);
    browser.findElement(By.name("birthDate.value")).sendKeys("1994");
    browser.findElement(By.name("nationalities[0].country")).sendKeys("TJK");
    browser.findElement(By.id("save-person")).click();

    waitUntil(ExpectedConditions.textToBe(By.id("person-name"), cyrillic));
    assertThat(browser.findElements(By.cssSelector("td.name-variant")))
        .extracting(WebElement::getText)
        .contains(cyrillic);
    screenshot("person-page");

    open("/persons");
    WebElement search = browser.findElement(By.id("q"));
    search.sendKeys(latin);
    // htmx replaces #rows as the registrar types; the page itself is not reloaded.
    By found = By.xpath("//div[@id='rows']//a[@class='person-link' and text()='" + cyrillic + "']");
    waitUntil(ExpectedConditions.elementToBeClickable(found));
    assertThat(browser.getCurrentUrl()).endsWith("/persons");
    browser.findElement(found).click();

    waitUntil(ExpectedConditions.textToBe(By.id("person-name"), cyrillic));
    assertThat(browser.getCurrentUrl()).matches(".*/persons/[0-9a-f-]{36}$");
  }

  @Test
  void formShowsErrorBesideTheFieldForAFutureBirthDate() throws IOException {
    String[] given = madeUpName();
    String name = "Будущева " + given[0];

    open("/persons/new");
    browser.findElement(By.name("names[0].text")).sendKeys(name);
    browser.findElement(By.name("birthDate.value")).sendKeys("2099");
    browser.findElement(By.name("nationalities[0].country")).sendKeys("TJK");
    browser.findElement(By.id("save-person")).click();

    WebElement error =
        waitUntil(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//input[@name='birthDate.value']/following-sibling::*[1]")));
    assertThat(error.getAttribute("class")).contains("error");
    assertThat(error.getText()).isNotBlank();
    assertThat(browser.findElement(By.name("birthDate.value")).getAttribute("class"))
        .contains("invalid");
    // what was typed is kept, so that the registrar only corrects the date
    assertThat(browser.findElement(By.name("names[0].text")).getAttribute("value")).isEqualTo(name);
    assertThat(browser.findElements(By.id("person-name"))).isEmpty();
    scrollTo(By.name("birthDate.value"));
    screenshot("form-error");

    open("/persons?q=" + ApiClient.query(name));
    assertThat(
            browser.findElements(By.xpath("//a[@class='person-link' and text()='" + name + "']")))
        .isEmpty();
  }

  @Test
  void arabicInterfaceIsRightToLeft() throws IOException {
    try {
      open("/persons?lang=ar");
      WebElement html = browser.findElement(By.tagName("html"));
      assertThat(html.getAttribute("dir")).isEqualTo("rtl");
      assertThat(html.getAttribute("lang")).isEqualTo("ar");
      // the style sheet is applied (not blocked by the content security policy)
      String headerBackground =
          browser.findElement(By.cssSelector("header.top")).getCssValue("background-color");
      assertThat(headerBackground).isEqualTo("rgba(238, 242, 246, 1)");
      // the heading is in Arabic, and the page starts at the right
      WebElement heading = browser.findElement(By.tagName("h1"));
      assertThat(heading.getText()).matches(".*[\\u0600-\\u06FF].*");
      int headingRight = heading.getRect().getX() + heading.getRect().getWidth();
      int mainRight =
          browser.findElement(By.tagName("main")).getRect().getX()
              + browser.findElement(By.tagName("main")).getRect().getWidth();
      assertThat(mainRight - headingRight).isLessThan(40);
      screenshot("persons-ar");
    } finally {
      open("/persons?lang=en");
    }
  }

  @Test
  void familyLinkCanBeAddedFromThePersonPage() throws IOException {
    String[] mothersName = madeUpName();
    String[] childsName = madeUpName();
    String mother = "Шерзодова " + mothersName[0];
    String child = "Шерзодов " + childsName[0];
    ApiClient api = TestAccounts.of(context).registrarClient();
    String motherId = register(api, People.person(mother).born("1990", "YEAR").nationality("TJK"));
    register(api, People.person(child).sex("MALE").born("2016", "YEAR").nationality("TJK"));

    open("/persons/" + motherId);
    new Select(browser.findElement(By.id("relation"))).selectByValue("MOTHER_OF");
    browser.findElement(By.id("pick-q")).sendKeys("Sherzodov " + childsName[1]);
    By choice =
        By.xpath(
            "//fieldset[@id='candidates']//label[span[text()='"
                + child
                + "']]/input[@type='radio']");
    waitUntil(ExpectedConditions.elementToBeClickable(choice)).click();
    browser.findElement(By.cssSelector("#add-link button[type=submit]")).click();

    waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.family")));
    assertThat(browser.findElements(By.cssSelector(".errors li"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("table.family a")))
        .extracting(WebElement::getText)
        .contains(child);
    assertThat(browser.findElements(By.cssSelector("#household li")))
        .extracting(WebElement::getText)
        .contains(mother, child);
    scrollTo(By.id("family"));
    screenshot("person-family");
  }

  private String register(ApiClient api, People person) {
    ApiClient.Reply reply = api.post("/api/v1/persons", person.body());
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
    return reply.text("/id");
  }

  /** A made-up given name, unlikely to be in the database already: {Cyrillic, Latin}. */
  private static String[] madeUpName() {
    StringBuilder cyrillic = new StringBuilder();
    StringBuilder latin = new StringBuilder();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 4; i++) {
      String[] syllable = SYLLABLES[random.nextInt(SYLLABLES.length)];
      cyrillic.append(syllable[0]);
      latin.append(syllable[1]);
    }
    cyrillic.setCharAt(0, Character.toUpperCase(cyrillic.charAt(0)));
    latin.setCharAt(0, Character.toUpperCase(latin.charAt(0)));
    return new String[] {cyrillic.toString(), latin.toString()};
  }

  @Test
  void registrarOpensACaseAndVerifiesNationalityOnThePersonPage() throws IOException {
    ApiClient api = TestAccounts.of(context).registrarClient();
    String id = register(api, People.person("Шерзодова " + madeUpName()[0]).nationality("TJK"));

    open("/persons/" + id + "?lang=en");
    waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("open-reason")))
        .sendKeys("on the Roj camp list");
    browser.findElement(By.cssSelector("#open-case button[type=submit]")).click();
    waitUntil(
        ExpectedConditions.textToBePresentInElementLocated(By.id("case-stage"), "identified"));
    new Select(browser.findElement(By.id("case-step-name"))).selectByValue("VERIFY_NATIONALITY");
    browser.findElement(By.id("case-reason")).sendKeys("passport seen at interview");
    browser.findElement(By.id("case-step-submit")).click();
    String refused =
        waitUntil(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#case-panel .errors")))
            .getText();
    new Select(browser.findElement(By.id("case-step-name"))).selectByValue("VERIFY_NATIONALITY");
    browser.findElement(By.id("case-reason")).sendKeys("passport seen at interview");
    new Select(browser.findElement(By.id("case-evidence"))).selectByValue("DOCUMENT");
    browser.findElement(By.id("case-evidence-ref")).sendKeys("A7654321");
    browser.findElement(By.id("case-step-submit")).click();
    waitUntil(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("case-stage"), "nationality verified"));
    scrollTo(By.id("case-panel"));
    screenshot("case-panel");

    assertThat(refused).contains("evidenceKind");
    assertThat(browser.findElement(By.id("case-history")).getText()).contains("A7654321");
  }

  @Test
  void administratorCreatesAnAgencyAndAUserWhoSeesOnlyThatStatesNationals() throws IOException {
    TestAccounts accounts = TestAccounts.of(context);
    String suffix = madeUpName()[1].toLowerCase();
    ApiClient registrarApi = accounts.registrarClient();
    String uzbekName = "Шерзодова " + madeUpName()[0];
    String tajikName = "Шерзодова " + madeUpName()[0];
    register(registrarApi, People.person(uzbekName).nationality("UZB"));
    register(registrarApi, People.person(tajikName).nationality("TJK"));
    signOut();

    signInWithSecondFactor(accounts, ApiClient.ADMIN);
    open("/admin?lang=en");
    browser.findElement(By.id("agency-name")).sendKeys("Uzbek ministry " + suffix);
    new Select(browser.findElement(By.id("agency-kind"))).selectByValue("GOVERNMENT");
    browser.findElement(By.id("agency-state")).sendKeys("UZB");
    browser.findElement(By.cssSelector("#new-agency button[type=submit]")).click();
    waitUntil(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("agencies"), "Uzbek ministry " + suffix));
    String user = "uz-" + suffix;
    browser.findElement(By.id("user-name")).sendKeys(user);
    browser.findElement(By.id("user-password")).sendKeys(TestAccounts.password(user));
    new Select(browser.findElement(By.id("user-agency")))
        .selectByVisibleText("Uzbek ministry " + suffix);
    browser.findElement(By.cssSelector("#new-user input[value=REGISTRAR]")).click();
    browser.findElement(By.id("create-user")).click();
    waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("users"), user));
    screenshot("admin");
    signOut();

    open("/login?lang=en");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(TestAccounts.password(user));
    browser.findElement(By.id("sign-in")).click();
    waitUntil(ExpectedConditions.urlContains("/persons"));
    open("/persons?lang=en&nationality=UZB");
    String uzbekList = browser.findElement(By.id("rows")).getText();
    open("/persons?lang=en&nationality=TJK");
    String tajikList = browser.findElement(By.id("rows")).getText();
    signOut();

    assertThat(uzbekList).contains(uzbekName);
    assertThat(tajikList).doesNotContain(tajikName);
  }

  /** Password, then the code page, or first-time enrolment reading the key the page shows. */
  private void signInWithSecondFactor(TestAccounts accounts, String username) {
    open("/login?lang=en");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(TestAccounts.password(username));
    browser.findElement(By.id("sign-in")).click();
    waitUntil(ExpectedConditions.urlMatches(".*/login/(enrol|second-factor).*"));
    String secret;
    if (browser.getCurrentUrl().contains("/login/enrol")) {
      secret = browser.findElement(By.id("totp-secret")).getText().strip();
    } else {
      secret = accounts.enrolled(username);
    }
    browser.findElement(By.id("code")).sendKeys(accounts.nextUnusedCode(username, secret));
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  private void signOut() {
    open("/persons?lang=en");
    java.util.List<WebElement> buttons =
        browser.findElements(By.cssSelector("form.signout button"));
    if (!buttons.isEmpty()) {
      buttons.get(0).click();
      waitUntil(ExpectedConditions.urlContains("/login"));
    }
    signedIn = false;
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  private static <T> T waitUntil(java.util.function.Function<? super WebDriver, T> condition) {
    return CHROMIUM.get().waitUntil(condition);
  }

  private static void scrollTo(By element) {
    CHROMIUM.get().scrollTo(element);
  }

  private static void screenshot(String name) throws IOException {
    CHROMIUM.get().screenshot(name);
  }
}
