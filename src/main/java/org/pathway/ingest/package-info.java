/**
 * Input files into tables: kinds and formats, strict field formats, one loader per kind
 * behind {@link org.pathway.ingest.InputLoader}, and the ingest step.
 */
package org.pathway.ingest;
