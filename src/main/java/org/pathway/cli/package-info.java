/**
 * The command line of contract.md section 1: options, the data-folder lock, exit codes
 * and the run summary.
 */
package org.pathway.cli;
