package org.pathway.giving360;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pathway.io.AtomicFiles;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code export 360giving}: the intermediary's regrants awarded by the as-of date, with
 * their regrant type, recipient, amounts, planned dates and paid disbursements, written
 * as a 360Giving JSON package and spreadsheet under {@code OUTPUT/D/360giving/}, each
 * file atomically.
 */
@Component
public class Giving360Export {

	/** What an export wrote. */
	public record Result(int regrants, List<Path> files) {
	}

	/** The organisation that made the regrants: the intermediary of plan.yml. */
	record Intermediary(String id, String name) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	Giving360Export(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes the export.
	 * @throws IllegalStateException when no plan is loaded (no intermediary to export
	 * for), with a message for the user
	 */
	public Result export(LocalDate asOf, Path output) throws IOException {
		Intermediary intermediary = intermediary();
		List<Regrant360> regrants = regrants(asOf);
		Path folder = output.resolve(asOf.toString()).resolve("360giving");
		Path json = folder.resolve("regrants-" + asOf + ".json");
		Path xlsx = folder.resolve("regrants-" + asOf + ".xlsx");
		AtomicFiles.write(json, (out) -> JsonPackage.write(regrants, intermediary, out));
		AtomicFiles.write(xlsx, (out) -> Spreadsheet.write(regrants, intermediary, out));
		return new Result(regrants.size(), List.of(json, xlsx));
	}

	private Intermediary intermediary() {
		List<Intermediary> plans = this.jdbc.query("SELECT intermediary_org_id, intermediary_name FROM plan", (rs,
				i) -> new Intermediary(rs.getString(1), (rs.getString(2) != null) ? rs.getString(2) : rs.getString(1)));
		if (plans.isEmpty()) {
			throw new IllegalStateException("no plan is loaded, so there is no intermediary to export for: run"
					+ " 'ingest' (or 'run') on an input folder with plan.yml first");
		}
		return plans.get(0);
	}

	private List<Regrant360> regrants(LocalDate asOf) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("asOf", Date.valueOf(asOf));
		Map<String, List<Regrant360.Paid>> paid = new HashMap<>();
		this.jdbc.query(sql("disbursements.sql"), parameters, (rs) -> {
			paid.computeIfAbsent(rs.getString("regrant_id"), (k) -> new ArrayList<>())
				.add(new Regrant360.Paid(rs.getString("disbursement_id"), rs.getDate("disbursement_date").toLocalDate(),
						rs.getBigDecimal("amount")));
		});
		return this.jdbc.query(sql("regrants.sql"), parameters,
				(rs, i) -> new Regrant360(rs.getString("regrant_id"), rs.getString("grant_id"),
						rs.getString("member_id"), rs.getString("member_name"), rs.getString("currency"),
						rs.getBigDecimal("amount"), rs.getDate("award_date").toLocalDate(),
						date(rs.getDate("start_date")), date(rs.getDate("end_date")), rs.getString("regrant_type"),
						paid.getOrDefault(rs.getString("regrant_id"), List.of())));
	}

	private static LocalDate date(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	private static String sql(String name) {
		try (InputStream in = Giving360Export.class.getResourceAsStream("/sql/giving360/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
