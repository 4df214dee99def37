/**
 * The reports step: render every report, write it atomically, check it back, list it in
 * the manifest.
 */
package org.pathway.publish;
