/**
 * Files and names shared by the features: atomic writes, the rule for a safe file or
 * folder name, output paths that stay in their folder, SHA-256 checksums and the CSV text
 * cell.
 */
package org.pathway.io;
