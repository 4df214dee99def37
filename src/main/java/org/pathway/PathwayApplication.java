package org.pathway;

import org.pathway.cli.Cli;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Pathway: batch reports for funders and the seven-year strategic plan. Entry point of
 * the jar.
 */
@SpringBootApplication
public class PathwayApplication {

	public static void main(String[] args) {
		System.exit(new Cli(System.out, System.err).run(args));
	}

}
