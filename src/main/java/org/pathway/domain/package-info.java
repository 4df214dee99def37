/**
 * The fixed vocabularies of domain.md section 2.
 */
package org.pathway.domain;
