/**
 * File input and output shared by the features: atomic writes, safe path segments,
 * checksums and the one CSV field codec.
 */
package org.pathway.io;
