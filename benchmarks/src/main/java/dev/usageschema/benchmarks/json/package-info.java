/** Reading and writing one usage object as JSON: the generated model against plain databind into records. */
package dev.usageschema.benchmarks.json;
