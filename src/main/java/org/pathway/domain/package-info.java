/**
 * The fixed vocabularies of domain.md section 2, and the one rule for identifiers that
 * name files or folders.
 */
package org.pathway.domain;
