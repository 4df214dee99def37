package org.pathway.cli;

/** The help text. */
final class Usage {

	static final String TEXT = """
			Usage: java -jar target/pathway.jar COMMAND [options]

			Commands:
			  run                 ingest new or changed input files, then report (the main job)
			  ingest              only the ingest part of run
			  validate FILE...    check files (and the references between them); changes nothing
			  generate --scale small|network --out DIR [--seed N] [--youth-rows N]
			                      write a realistic synthetic input folder
			  serve [--port N]    web pages, REST API and nightly scheduler (default port 8080)
			  runs [--limit N]    the latest runs
			  restart RUN_ID      resume a failed or stopped run where it stopped
			  stop RUN_ID         mark a run left running by a crashed process as failed
			  hash-password       print the hash of a password for pathway.users.NAME.password
			  deliveries          the delivery log: each funder's reports, to whom, status
			  approve ID          approve a delivery; deliver sends it
			  deliver             e-mail every approved delivery (spring.mail.* in data/pathway.properties)
			  export 360giving --as-of YYYY-MM-DD [--output DIR] [--data DIR]
			                      write the intermediary's regrants as 360Giving data (JSON
			                      package and spreadsheet) to output/<as-of>/360giving/

			Options:
			  --input DIR         input folder (default: input)
			  --output DIR        output folder (default: output); reports go to output/<as-of>/
			  --report ID         only this report: funder-report or strategic-plan (repeatable)
			  --funder ID         only this funder's report (repeatable)
			  --templates DIR     report templates (default: report-templates)
			  --data DIR          database and run state (default: data)
			  --as-of YYYY-MM-DD  as-of date of the run (default: today)
			  --db-url URL        a JDBC URL instead of the embedded database, e.g.
			                      jdbc:postgresql://127.0.0.1:5432/pathway (with --db-user, --db-password)

			Exit codes: 0 done; 1 done, but some input was rejected; 2 bad usage;
			            3 refused: a run is already in progress; 4 failed (run again to resume).
			""";

	private Usage() {
	}

}
