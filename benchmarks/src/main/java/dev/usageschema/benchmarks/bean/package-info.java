/** The benchmark shape as annotated beans, validated by Hibernate Validator and by avaje-validator alike. */
package dev.usageschema.benchmarks.bean;
