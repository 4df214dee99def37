/**
 * Renderers that lay out a report document in one file format.
 */
package org.pathway.render;
