package org.pathway.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What a trigger asks for: the main job or ingest only, over an input folder, as of a date.
 *
 * @param ingestOnly true for the {@code ingest} command
 * @param input the input folder
 * @param asOf the as-of date of the run
 */
public record RunRequest(boolean ingestOnly, Path input, LocalDate asOf) {
}
