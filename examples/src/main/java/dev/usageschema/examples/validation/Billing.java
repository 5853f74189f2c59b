package dev.usageschema.examples.validation;

/** Validation group for the limits that only billing enforces. */
public interface Billing {
}
