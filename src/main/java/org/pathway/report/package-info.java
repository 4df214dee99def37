/**
 * Report templates and the format-neutral report document, assembled per template and
 * scope.
 */
package org.pathway.report;
