package org.pathway.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.io.PathSegment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Templates load from report-templates/ without a rebuild; a broken one names its file,
 * line and problem.
 */
class TemplateLoaderTests {

	private static final String VALID = """
			title: "Report to {funder}"
			subject: "s"
			branding:
			  organisation: "Network"
			  primary_colour: "#1F4E79"
			  accent_colour: "#E07B24"
			sections:
			  - id: key_figures
			    title: "At a glance"
			scope: funder
			""";

	@TempDir
	Path folder;

	@Test
	void theShippedTemplatesLoad() {
		assertThat(TemplateLoader.reports(Path.of("report-templates"))).containsExactly("funder-report",
				"strategic-plan");
		for (String id : TemplateLoader.reports(Path.of("report-templates"))) {
			ReportTemplate template = TemplateLoader.load(Path.of("report-templates"), id);
			assertThat(template.sections()).isNotEmpty();
			assertThat(template.primaryColour()).matches("#[0-9A-F]{6}");
		}
		assertThat(TemplateLoader.load(Path.of("report-templates"), "funder-report").sections())
			.extracting(ReportTemplate.SectionSpec::id)
			.contains("money_flow", "regrants", "schedule", "outcomes", "equity", "headline", "data_notes",
					"reconciliation");
	}

	@Test
	void anUnknownSectionIsRefusedWithItsLine() throws IOException {
		write("""
				title: "Report to {funder}"
				subject: "s"
				branding:
				  organisation: "Network"
				  primary_colour: "#1F4E79"
				  accent_colour: "#E07B24"
				sections:
				  - id: key_figures
				    title: "At a glance"
				  - id: moneyflow
				    title: "Money"
				scope: funder
				""");
		assertThatThrownBy(() -> TemplateLoader.load(this.folder, "funder-report"))
			.isInstanceOf(TemplateException.class)
			.hasMessageEndingWith(
					"template.yml:10: unknown section 'moneyflow': expected one of key_figures, money_flow,"
							+ " regrants, schedule, outcomes, equity, headline, status_grid, deployment, coverage, data_notes,"
							+ " reconciliation");
	}

	@Test
	void badColoursMissingTitlesUnknownKeysAndBrokenYamlAreRefusedWithTheirLines() throws IOException {
		write("title: t\nsubject: s\nbranding:\n  organisation: N\n  primary_colour: blue\n  accent_colour: \"#000000\"\n"
				+ "sections:\n  - id: key_figures\n    title: x\nscope: network\n");
		assertThatThrownBy(() -> TemplateLoader.load(this.folder, "funder-report"))
			.hasMessageEndingWith("template.yml:5: colour 'blue': expected #RRGGBB, e.g. #1F4E79");
		write("title: t\nsubject: s\nbranding:\n  organisation: N\n  primary_colour: \"#111111\"\n  accent_colour: \"#000000\"\n"
				+ "sections:\n  - id: key_figures\nscope: network\n");
		assertThatThrownBy(() -> TemplateLoader.load(this.folder, "funder-report"))
			.hasMessageEndingWith("template.yml:8: 'title' is missing");
		write("title: t\nsubtitle: s\n");
		assertThatThrownBy(() -> TemplateLoader.load(this.folder, "funder-report"))
			.hasMessageEndingWith("template.yml:2: unknown key 'subtitle': expected one of scope, title, subject,"
					+ " language, branding, sections");
		write("title: [unclosed\n");
		assertThatThrownBy(() -> TemplateLoader.load(this.folder, "funder-report"))
			.hasMessageContaining("template.yml:")
			.hasMessageContaining("not valid YAML");
		assertThatThrownBy(() -> TemplateLoader.load(this.folder, "strategic-plan"))
			.hasMessageContaining("the template is missing");
	}

	@Test
	void aTemplateSaysWhoItIsForAndEveryFolderWithATemplateIsAReport() throws IOException {
		write(VALID.replace("scope: funder", "scope: network"));
		assertThat(TemplateLoader.load(this.folder, "funder-report").perFunder()).isFalse();
		write(VALID.replace("scope: funder\n", ""));
		assertThatThrownBy(() -> TemplateLoader.load(this.folder, "funder-report"))
			.hasMessageEndingWith("template.yml:1: 'scope' is missing");
		write(VALID.replace("scope: funder", "scope: member"));
		assertThatThrownBy(() -> TemplateLoader.load(this.folder, "funder-report"))
			.hasMessageEndingWith("template.yml:10: scope 'member': expected funder or network (funder: one report per"
					+ " funder; network: one for the board)");

		write(VALID);
		Files.createDirectories(this.folder.resolve("board-brief"));
		Files.writeString(this.folder.resolve("board-brief/template.yml"),
				VALID.replace("scope: funder", "scope: network"));
		Files.createDirectories(this.folder.resolve("not-a-report"));
		assertThat(TemplateLoader.reports(this.folder)).containsExactly("board-brief", "funder-report");
		TemplateLoader.check(this.folder, List.of("board-brief"));
		assertThatThrownBy(() -> TemplateLoader.check(this.folder, List.of("annual-report")))
			.hasMessage("--report annual-report: expected one of board-brief, funder-report");
		assertThatThrownBy(() -> TemplateLoader.check(this.folder.resolve("nowhere"), List.of()))
			.hasMessageContaining("no report templates");
	}

	@Test
	void aReportIdThatWouldLeaveTheTemplatesFolderIsRefusedEvenWhenATemplateIsThere() throws IOException {
		Path templates = this.folder.resolve("templates");
		write(VALID);
		Files.createDirectories(templates);
		// a valid template one level up: today's resolve() would read it
		Files.move(this.folder.resolve("funder-report"), this.folder.resolve("elsewhere"));
		assertThatThrownBy(() -> TemplateLoader.load(templates, "../elsewhere")).isInstanceOf(TemplateException.class)
			.hasMessage("report id \"../elsewhere\" cannot name a file or folder: it starts with '.'; expected"
					+ " letters, digits and - _ . (starting with a letter or digit, no '..', no '.' at the end), at"
					+ " most 100 characters");
		assertThatThrownBy(() -> TemplateLoader.load(templates, "x/../../elsewhere"))
			.hasMessageContaining("contains '/' at position 2");
		assertThatThrownBy(() -> TemplateLoader.load(templates, "CON")).hasMessageContaining("Windows device name");
		assertThat(TemplateLoader.reports(Path.of("report-templates")))
			.allSatisfy((id) -> assertThat(PathSegment.isSafe(id)).isTrue());
	}

	@Test
	void aLogoIsAFileBesideTheTemplateNeverAPathElsewhere() throws IOException {
		Files.writeString(this.folder.resolve("secret.txt"), "not a logo");
		write(VALID.replace("  accent_colour: \"#E07B24\"\n",
				"  accent_colour: \"#E07B24\"\n  logo: \"../../secret.txt\"\n"));
		assertThatThrownBy(() -> TemplateLoader.load(this.folder, "funder-report"))
			.hasMessageEndingWith("template.yml:7: logo '../../secret.txt': it starts with '.'; the logo is a file"
					+ " beside template.yml, named with letters, digits and - _ . (starting with a letter or digit,"
					+ " no '..', no '.' at the end), at most 100 characters");
		Files.write(this.folder.resolve("funder-report/logo.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		write(VALID.replace("  accent_colour: \"#E07B24\"\n", "  accent_colour: \"#E07B24\"\n  logo: logo.png\n"));
		assertThat(TemplateLoader.load(this.folder, "funder-report").logo()).hasSize(4);
	}

	@Test
	void aKeyGivenTwiceIsRefusedAtItsSecondLineNamingTheFirst() throws IOException {
		write(VALID.replace("subject: \"s\"\n", "subject: \"s\"\ntitle: \"Second title\"\n"));
		assertThatThrownBy(() -> TemplateLoader.load(this.folder, "funder-report"))
			.hasMessageEndingWith("template.yml:3: 'title' appears twice (first on line 1)");
		write(VALID.replace("  organisation: \"Network\"\n",
				"  organisation: \"Network\"\n  organisation: \"Other\"\n"));
		assertThatThrownBy(() -> TemplateLoader.load(this.folder, "funder-report"))
			.hasMessageEndingWith("template.yml:5: 'organisation' appears twice (first on line 4)");
	}

	private void write(String yaml) throws IOException {
		Path file = this.folder.resolve("funder-report/template.yml");
		Files.createDirectories(file.getParent());
		Files.writeString(file, yaml);
	}

}
