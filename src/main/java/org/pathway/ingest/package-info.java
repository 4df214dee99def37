/**
 * Input files into tables: kinds, strict field formats, loaders and the ingest step.
 */
package org.pathway.ingest;
