/**
 * The fixed vocabularies of domain.md section 2, and the scopes of contract.md section 3
 * (network, funder, member, ...), as written in every output.
 */
package org.pathway.domain;
