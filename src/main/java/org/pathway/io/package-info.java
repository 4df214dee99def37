/**
 * Files and names shared by the features: atomic writes, the rule for a safe file or
 * folder name, output paths that stay in their folder, SHA-256 checksums, and the one CSV
 * field codec (quoting, and the text cell neutralised against formulas).
 */
package org.pathway.io;
