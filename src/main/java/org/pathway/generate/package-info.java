/**
 * A deterministic generator of realistic synthetic input folders.
 */
package org.pathway.generate;
