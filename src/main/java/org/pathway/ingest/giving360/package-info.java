/**
 * Reading 360Giving grant data (spreadsheets and JSON packages) into plain grant records,
 * recognised by content; the ingest maps them to Pathway's tables.
 */
package org.pathway.ingest.giving360;
