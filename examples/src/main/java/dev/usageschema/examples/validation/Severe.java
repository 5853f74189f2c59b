package dev.usageschema.examples.validation;

import jakarta.validation.Payload;

/** Payload that marks a violation as one to page someone about. */
public interface Severe extends Payload {
}
