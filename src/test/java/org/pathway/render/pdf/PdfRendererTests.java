package org.pathway.render.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathway.report.ReportDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF checked by its content: text read back, bookmarks, metadata, repeated headers,
 * reproducible bytes.
 */
class PdfRendererTests {

	private static final String HUGE = "X".repeat(200_000);

	private static byte[] pdf;

	private static List<String> pages;

	@BeforeAll
	static void render() throws IOException {
		pdf = PdfFixtures.render(PdfFixtures.sample(140, HUGE, null));
		pages = pages(pdf);
		String sample = System.getProperty("pdf.sample");
		if (sample != null) {
			Files.createDirectories(Path.of(sample).getParent());
			Files.write(Path.of(sample), PdfFixtures.render(PdfFixtures.sample(140, HUGE, logo())));
		}
	}

	@Test
	void everyNameReadsBackFromTheText() throws IOException {
		String text = String.join("\n", pages);
		assertThat(text).contains("Coöperativa Ñandú", "Đồng Tâm Học Tập", "学习共同体");
		assertThat(PdfText.of(pdf)).contains("Coöperativa Ñandú", "Đồng Tâm Học Tập", "学习共同体");
		assertThat(text).doesNotContain(PdfFonts.REPLACEMENT);
	}

	@Test
	void arabicIsShapedAndRightToLeft() {
		String text = String.join("\n", pages);
		String arabic = "مؤسسة التعليم";
		assertThat(text).as("shaped: contextual forms, not isolated letters in typing order").doesNotContain(arabic);
		assertThat(text.chars().anyMatch((c) -> c >= 0xFE70 && c <= 0xFEFF)).isTrue();
		String readable = Normalizer.normalize(text, Normalizer.Form.NFKC);
		assertThat(readable).as("the visual order of the page is the reverse of the logical order")
			.contains(new StringBuilder(arabic).reverse());
	}

	@Test
	void valuesAreFormattedAndMissingValuesShowTheirNote() {
		String text = String.join("\n", pages);
		assertThat(text).contains("USD 1,500,000.25", "45.0%", "+5.0 pts", "-1.2 pts", "suppressed", "no data",
				"1,234");
		assertThat(pages.get(0)).contains("USD 1,500,000.25", "45.0%", "+5.0 pts", "suppressed");
	}

	@Test
	void coverHasTitleScopeDateAndOrganisation() {
		assertThat(pages.get(0)).contains("Funder report: Ballmer Group", "Funder ballmer", "as of September 30, 2026",
				"StriveTogether Network");
	}

	@Test
	void everyPageHasItsNumberAndTheFooter() {
		for (int i = 0; i < pages.size(); i++) {
			assertThat(pages.get(i).replaceAll("\\s+", " ")).contains("Page " + (i + 1) + " of " + pages.size())
				.contains("Confidential: prepared for Ballmer Group");
		}
	}

	@Test
	void oneBookmarkPerSection() throws IOException {
		PdfReader reader = new PdfReader(pdf);
		List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmarkList(reader);
		assertThat(bookmarks).extracting((b) -> b.get("Title"))
			.containsExactly("Summary", "Members reached", "Outcomes by year", "Notes");
		assertThat(bookmarks).extracting((b) -> b.get("Page").toString().split(" ")[0])
			.containsExactly("1", "2", pageOf("Outcomes by year"), pageOf("suppressed: fewer than 10"));
	}

	@Test
	void metadataAndLanguage() throws IOException {
		PdfReader reader = new PdfReader(pdf);
		Map<String, String> info = reader.getInfo();
		assertThat(info).containsEntry("Title", "Funder report: Ballmer Group")
			.containsEntry("Subject", "Grants, regrants and outcomes of Ballmer Group's funding")
			.containsEntry("Author", "StriveTogether Network")
			.containsEntry("Creator", "Pathway")
			.containsEntry("CreationDate", "D:20260930000000Z")
			.containsEntry("ModDate", "D:20260930000000Z");
		PdfDictionary catalog = reader.getCatalog();
		assertThat(catalog.getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("en-US");
	}

	@Test
	void tableHeaderRepeatsOnEveryPageOfALongTable() {
		List<Integer> tablePages = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).contains("Member 0")) {
				tablePages.add(i);
			}
		}
		assertThat(tablePages).hasSizeGreaterThan(1);
		for (int page : tablePages) {
			assertThat(pages.get(page).replaceAll("\\s+", " ")).contains(PdfFixtures.HEADER, "Regranted",
					"Members and what they received");
		}
	}

	@Test
	void aHugeNameIsCappedForDisplay() {
		String text = String.join("", pages).replaceAll("\\s+", "");
		assertThat(text).contains("X".repeat(400)).doesNotContain("X".repeat(PdfFonts.CELL_LIMIT));
		assertThat(pages.size()).isLessThan(15);
	}

	@Test
	void theSameDocumentGivesTheSameBytes() throws IOException {
		ReportDocument document = PdfFixtures.sample(140, HUGE, logo());
		assertThat(PdfFixtures.render(document)).isEqualTo(PdfFixtures.render(document));
		assertThat(PdfFixtures.render(PdfFixtures.sample(140, HUGE, null))).isEqualTo(pdf);
		assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/ID [<");
	}

	@Test
	void chartsAreVectorsNotImages() {
		String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(raw).doesNotContain("/Subtype/Image").doesNotContain("/Subtype /Image").contains("/Subtype/Form");
		String text = String.join("\n", pages);
		assertThat(text).contains("Regranted by year", "Disbursed", "Plan period elapsed", "45.0% vs 57.1%", "3M",
				"+2.5 pts");
	}

	@Test
	void aCharacterNoFontHasIsReplacedVisibly() throws IOException {
		byte[] bytes = PdfFixtures.render(PdfFixtures.sample(3, "Scribe \uD80C\uDC00 Partnership", null));
		assertThat(String.join("\n", pages(bytes))).contains("Scribe " + PdfFonts.REPLACEMENT + " Partnership");
	}

	private static String pageOf(String text) {
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).contains(text)) {
				return String.valueOf(i + 1);
			}
		}
		return "none";
	}

	static List<String> pages(byte[] bytes) throws IOException {
		PdfReader reader = new PdfReader(bytes);
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		List<String> text = new ArrayList<>();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.add(extractor.getTextFromPage(page));
		}
		return text;
	}

	static byte[] logo() throws IOException {
		BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 240, 80);
		g.setColor(new Color(0x1F, 0x4E, 0x79));
		g.fillRect(0, 0, 80, 80);
		g.setColor(new Color(0xE0, 0x7A, 0x1F));
		g.fillOval(100, 10, 60, 60);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
