package org.pathway.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import org.junit.jupiter.api.Test;
import org.pathway.report.ReportDocument;
import org.pathway.report.ReportDocument.Section;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report of about fifty pages renders in a few seconds (fonts are made once per
 * document, not per cell).
 */
class PdfLargeDocumentTests {

	@Test
	void fiftyPagesInAFewSeconds() throws IOException {
		ReportDocument base = PdfFixtures.sample(1_600, null, null);
		List<Section> sections = new ArrayList<>(base.sections());
		for (int i = 0; i < 6; i++) {
			Section outcomes = base.sections().get(2);
			sections.add(new Section(outcomes.id() + i, outcomes.title() + " " + (i + 1), outcomes.blocks()));
		}
		ReportDocument document = new ReportDocument(base.reportId(), base.scope(), base.asOf(), base.title(),
				base.subject(), base.language(), base.branding(), sections, base.metrics());
		PdfFixtures.render(document);
		long start = System.nanoTime();
		byte[] pdf = PdfFixtures.render(document);
		long millis = (System.nanoTime() - start) / 1_000_000;
		int pages = new PdfReader(pdf).getNumberOfPages();
		System.out.printf("rendered %d pages, %d bytes, in %d ms%n", pages, pdf.length, millis);
		assertThat(pages).isBetween(45, 70);
		assertThat(millis).isLessThan(15_000);
	}

}
