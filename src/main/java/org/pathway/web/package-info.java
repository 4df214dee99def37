/**
 * The {@code serve} triggers: the REST API, the server-rendered pages and who may use
 * them. Thin: every action goes through the pipeline's launcher.
 */
package org.pathway.web;
