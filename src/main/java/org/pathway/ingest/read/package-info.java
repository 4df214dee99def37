/**
 * Input formats and streaming record sources: a strict CSV reader and a streaming .xlsx
 * reader.
 */
package org.pathway.ingest.read;
