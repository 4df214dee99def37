package org.pathway.web;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages as staff use them, in Debian's headless Chromium against the real server:
 * sign in, run now, watch the run complete, download a funder's PDF, try an upload, sign
 * out. Skipped where {@code chromium} or {@code chromium-driver} is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "logging.threshold.console=WARN" })
class BrowserTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/**
	 * Where to save a screenshot of each page, when set
	 * ({@code -Dpathway.screenshots=DIR}).
	 */
	static final String SCREENSHOTS = System.getProperty("pathway.screenshots");

	@TempDir
	static Path work;

	@TempDir
	Path browser;

	@LocalServerPort
	int port;

	WebDriver driver;

	@DynamicPropertySource
	static void server(DynamicPropertyRegistry registry) {
		WebFixture.register(registry, work, "browser");
	}

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Debian's chromium and chromium-driver are not installed");
	}

	@BeforeEach
	void startBrowser() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + Files.createDirectories(this.browser.resolve("profile")));
		options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads().toString(),
				"download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
	}

	@AfterEach
	void quitBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void signInRunNowWatchItCompleteDownloadTheFundersPdfAndSignOut() throws Exception {
		this.driver.get("http://localhost:" + this.port + "/");
		assertThat(this.driver.getCurrentUrl()).endsWith("/login");
		this.driver.findElement(By.id("username")).sendKeys("operator");
		this.driver.findElement(By.id("password")).sendKeys(WebFixture.OPERATOR_PASSWORD);
		submit("Sign in");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");

		submit("Run now");
		// the click may return before the form's navigation has begun
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until((page) -> page.getCurrentUrl().matches(".*/runs/\\d+"));
		String status = new WebDriverWait(this.driver, Duration.ofMinutes(3), Duration.ofMillis(500))
			.until((page) -> ended(page.findElement(By.id("status"))));
		assertThat(status).isEqualTo("COMPLETED");

		this.driver.findElement(By.linkText("Reports")).click();
		WebElement pdf = this.driver.findElements(By.partialLinkText("ballmer-"))
			.stream()
			.filter((link) -> link.getText().endsWith(".pdf"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no Ballmer PDF on " + this.driver.getPageSource()));
		Matcher name = Pattern.compile("ballmer-(\\d{4}-\\d{2}-\\d{2})\\.pdf").matcher(pdf.getText());
		assertThat(name.matches()).isTrue();
		pdf.click();
		byte[] downloaded = Files.readAllBytes(awaitDownload(name.group()));
		assertThat(new String(downloaded, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(WebFixture.sha256(downloaded)).isEqualTo(WebFixture.manifestSha256(work.resolve("output"),
				name.group(1), "funder-report/ballmer/" + name.group()));

		this.driver.findElement(By.linkText("Inputs")).click();
		Path bad = Files.writeString(this.browser.resolve("funders-new.csv"), "funder_id,name\nx\n");
		this.driver.findElement(By.id("file")).sendKeys(bad.toString());
		submit("Check and upload");
		assertThat(this.driver.findElement(By.id("checked")).getText())
			.isEqualTo("funders-new.csv was rejected: nothing was placed");
		assertThat(this.driver.findElements(By.cssSelector("ul.problems li"))).isNotEmpty();
		assertThat(work.resolve("input/funders-new.csv")).doesNotExist();

		submit("Sign out");
		assertThat(this.driver.findElement(By.cssSelector("main")).getText()).contains("You are signed out");
	}

	/**
	 * Issue 11 item 13: every page at 390 px wide (a phone) has no sideways page scroll
	 * and every link and button on screen; the focus ring of every element reached with
	 * Tab has at least 3:1 contrast against white and against what it sits on; no page
	 * breaks its Content-Security-Policy. With {@code -Dpathway.screenshots=DIR} each
	 * page is saved there as a PNG, to look at.
	 */
	@Test
	void everyPageFitsAPhoneWithItsButtonsOnScreenAndAFocusRingThatShows() throws Exception {
		this.driver.manage().window().setSize(new Dimension(390, 844));
		this.driver.get("http://localhost:" + this.port + "/login");
		assertThat(script("return window.innerWidth")).as("the page is 390 px wide").isEqualTo(390L);
		fits("login");
		this.driver.findElement(By.id("username")).sendKeys("operator");
		this.driver.findElement(By.id("password")).sendKeys(WebFixture.OPERATOR_PASSWORD);
		submit("Sign in");
		submit("Run now");
		new WebDriverWait(this.driver, Duration.ofMinutes(3), Duration.ofMillis(500))
			.until((page) -> ended(page.findElement(By.id("status"))));
		fits("run");
		String run = this.driver.getCurrentUrl();
		for (String[] page : new String[][] { { "/", "dashboard" }, { "/reports", "reports" },
				{ "/deliveries", "deliveries" }, { "/inputs", "inputs" }, { "/runs/987654", "not-found" } }) {
			this.driver.get("http://localhost:" + this.port + page[0]);
			fits(page[1]);
		}
		this.driver.get("http://localhost:" + this.port + "/");
		focusRings("dashboard");
		this.driver.get("http://localhost:" + this.port + "/deliveries");
		focusRings("deliveries");

		this.driver.get("http://localhost:" + this.port + "/inputs");
		upload(Files.writeString(this.browser.resolve("grants-long-name-of-a-file-2026.csv"),
				PageFlowTests.GRANTS_HEADER + "G-X,ballmer,A grant with a long title,USD,\"1,000.50\",2026-13-01,"
						+ "2026-01-01,2027-12-31,0\n"));
		fits("inputs-rejected");
		upload(Files.writeString(this.browser.resolve("funders.csv"), "funder_id,name,contact_email\n"
				+ "ballmer,Ballmer Group,grants@example.org\nhorizon,Fondation Horizon Jeunesse,\n"));
		assertThat(this.driver.findElement(By.id("checked")).getText())
			.isEqualTo("input/funders.csv exists (2 rows); this upload has 2 rows. Replace it?");
		fits("inputs-replace");
		focusRings("inputs-replace");
		submit("Keep the existing file");
		assertThat(this.driver.findElement(By.cssSelector("main")).getText()).contains("The upload was dropped");

		// a run with a rejected file: amber, with its counts
		Path bad = Files.writeString(work.resolve("input/grants-bad.csv"),
				PageFlowTests.GRANTS_HEADER + "G-BAD,ballmer,Bad,USD,12abc,2026-01-15,2026-01-01,2027-12-31,0\n");
		try {
			this.driver.get("http://localhost:" + this.port + "/");
			submit("Run now");
			String status = new WebDriverWait(this.driver, Duration.ofMinutes(3), Duration.ofMillis(500))
				.until((page) -> ended(page.findElement(By.id("status"))));
			assertThat(status).isEqualTo("COMPLETED WITH PROBLEMS");
			assertThat(this.driver.findElement(By.id("status")).getCssValue("color")).isEqualTo("rgba(138, 75, 0, 1)");
			fits("run-with-problems");
			this.driver.get("http://localhost:" + this.port + "/");
			assertThat(this.driver.findElement(By.cssSelector("main")).getText()).contains("completed with problems");
			fits("dashboard-with-problems");
		}
		finally {
			Files.delete(bad);
		}
		this.driver.get(run);
		submit("Sign out");
		fits("signed-out");
	}

	private void upload(Path file) {
		this.driver.findElement(By.id("file")).sendKeys(file.toString());
		submit("Check and upload");
	}

	/**
	 * No sideways scrolling of the page at 390 px; every link and button within the
	 * screen's width (tables scroll inside their own box, and none of those holds one);
	 * no Content-Security-Policy complaint in the console.
	 */
	private void fits(String page) throws IOException {
		if (SCREENSHOTS != null) {
			// the whole page: as tall as it is, as wide as the phone
			Dimension phone = this.driver.manage().window().getSize();
			long height = (Long) script("return document.documentElement.scrollHeight");
			this.driver.manage().window().setSize(new Dimension(phone.getWidth(), (int) Math.min(height + 100, 6000)));
			Path folder = Files.createDirectories(Path.of(SCREENSHOTS));
			Files.write(folder.resolve(page + ".png"),
					((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
			this.driver.manage().window().setSize(phone);
		}
		long scrollWidth = (Long) script("return document.documentElement.scrollWidth");
		long clientWidth = (Long) script("return document.documentElement.clientWidth");
		assertThat(scrollWidth).as(page + ": the page's width")
			.isLessThanOrEqualTo(390)
			.isLessThanOrEqualTo(clientWidth);
		@SuppressWarnings("unchecked")
		List<String> outside = (List<String>) script("""
				const width = document.documentElement.clientWidth;
				return [...document.querySelectorAll('a, button, input, select, textarea')]
					.filter((e) => !e.classList.contains('skip'))
					.filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0
						&& (r.left < 0 || r.right > width); })
					.map((e) => e.outerHTML.substring(0, 120));
				""");
		assertThat(outside).as(page + ": links and buttons off the screen").isEmpty();
		assertThat(this.driver.manage().logs().get(LogType.BROWSER).getAll()).as(page + ": the console")
			.noneMatch((entry) -> entry.getMessage().contains("Content Security Policy"));
	}

	/**
	 * Tabs through the page: every element that takes the focus shows a ring of 2 px or
	 * more with at least 3:1 contrast against white and against the background it sits
	 * on.
	 */
	private void focusRings(String page) {
		Set<String> seen = new LinkedHashSet<>();
		for (int i = 0; i < 40; i++) {
			new Actions(this.driver).sendKeys(Keys.TAB).perform();
			@SuppressWarnings("unchecked")
			Map<String, Object> focused = (Map<String, Object>) script(
					"""
							const e = document.activeElement;
							const style = getComputedStyle(e);
							let behind = e.parentElement;
							let background = 'rgba(0, 0, 0, 0)';
							while (behind) {
								const colour = getComputedStyle(behind).backgroundColor;
								if (!colour.startsWith('rgba(0, 0, 0, 0)') && colour !== 'transparent') { background = colour; break; }
								behind = behind.parentElement;
							}
							return { what: e.outerHTML.substring(0, 80), style: style.outlineStyle,
								width: parseFloat(style.outlineWidth), colour: style.outlineColor,
								background: behind ? background : 'rgb(255, 255, 255)' };
							""");
			String what = page + ": " + focused.get("what");
			// a date field takes one Tab per part; after the last element the focus goes
			// round
			if (!seen.add(what) || what.contains("<body")) {
				continue;
			}
			assertThat(focused.get("style")).as(what).isEqualTo("solid");
			assertThat(((Number) focused.get("width")).doubleValue()).as(what).isGreaterThanOrEqualTo(2);
			String ring = (String) focused.get("colour");
			assertThat(Contrast.ratio(ring, "rgb(255, 255, 255)")).as(what + " against white")
				.isGreaterThanOrEqualTo(3);
			assertThat(Contrast.ratio(ring, (String) focused.get("background")))
				.as(what + " against " + focused.get("background"))
				.isGreaterThanOrEqualTo(3);
		}
		assertThat(seen).as(page + ": elements reached with Tab " + seen).hasSizeGreaterThan(3);
	}

	private Object script(String script) {
		return ((JavascriptExecutor) this.driver).executeScript(script);
	}

	/**
	 * Presses a form's button and waits for the page it leads to: a click may return
	 * before the form's navigation has begun.
	 */
	private void submit(String button) {
		WebElement before = this.driver.findElement(By.tagName("html"));
		button(button).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(before));
	}

	private WebElement button(String text) {
		return this.driver.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
	}

	/** The run's status once it has ended, or null while it runs (the page refreshes). */
	private static String ended(WebElement status) {
		try {
			String text = status.getText();
			return (text.equals("STARTING") || text.equals("STARTED") || text.equals("STOPPING")) ? null : text;
		}
		catch (StaleElementReferenceException ex) {
			return null;
		}
	}

	private Path awaitDownload(String fileName) throws InterruptedException {
		Path file = downloads().resolve(fileName);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline && !(Files.isRegularFile(file) && partials() == 0)) {
			Thread.sleep(100);
		}
		assertThat(file).as("downloaded to " + downloads()).isRegularFile();
		return file;
	}

	private long partials() {
		try (Stream<Path> files = Files.list(downloads())) {
			return files.filter((f) -> f.toString().endsWith(".crdownload")).count();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private Path downloads() {
		File folder = this.browser.resolve("downloads").toFile();
		folder.mkdirs();
		return folder.toPath();
	}

}
