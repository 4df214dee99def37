/**
 * What the run in progress is doing (step, share done, rows per second), reported by the
 * steps and read by the command line's progress line and the web UI.
 */
package org.pathway.progress;
