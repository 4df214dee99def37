/**
 * The nightly trigger of {@code serve}: runs the main job as of each day at a configured
 * time, catches up a night missed while the server was down, and runs once per day even
 * when daylight saving repeats or skips the hour.
 */
package org.pathway.schedule;
