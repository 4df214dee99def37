/**
 * The job configuration and the one launcher every trigger calls.
 */
package org.pathway.pipeline;
