/**
 * 360Giving grant data (spreadsheets and JSON packages): read into plain grant records,
 * recognised by content, and loaded as the intermediary sees it; plugs into the ingest as
 * one {@link org.pathway.ingest.InputLoader}.
 */
package org.pathway.ingest.giving360;
