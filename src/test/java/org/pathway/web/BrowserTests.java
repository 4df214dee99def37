package org.pathway.web;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
		button("Sign in").click();
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");

		button("Run now").click();
		assertThat(this.driver.getCurrentUrl()).matches(".*/runs/\\d+");
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
		button("Check and upload").click();
		assertThat(this.driver.findElement(By.id("checked")).getText())
			.isEqualTo("funders-new.csv was rejected: nothing was placed");
		assertThat(this.driver.findElements(By.cssSelector("ul.problems li"))).isNotEmpty();
		assertThat(work.resolve("input/funders-new.csv")).doesNotExist();

		button("Sign out").click();
		assertThat(this.driver.findElement(By.cssSelector("main")).getText()).contains("You are signed out");
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
