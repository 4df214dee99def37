/**
 * Pathway: batch reports for funders and the seven-year strategic plan of a
 * cradle-to-career network.
 */
package org.pathway;
