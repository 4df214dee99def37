package org.pathway;

import org.pathway.cli.Cli;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Pathway: batch reports for funders and the seven-year strategic plan. Entry point of
 * the jar.
 */
@SpringBootApplication
public class PathwayApplication {

	public static void main(String[] args) {
		System.exit(new Cli(System.out, System.err).run(args));
	}

	/** The clock of "today": the scheduler's time zone when one is set. */
	@Bean
	Clock clock(@Value("${pathway.schedule.zone:}") String zone) {
		return zone.isBlank() ? Clock.systemDefaultZone() : Clock.system(ZoneId.of(zone));
	}

}
