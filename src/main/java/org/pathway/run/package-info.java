/**
 * Run bookkeeping that every stage shares: what a run did with each input file, the
 * problems it found, and the parameters that make a run's identity.
 */
package org.pathway.run;
