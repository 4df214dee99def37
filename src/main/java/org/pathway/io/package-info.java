/**
 * File output shared by the features: atomic writes.
 */
package org.pathway.io;
