package dev.usageschema.processor;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Origin;
import dev.usageschema.processor.read.ElementOrigin;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/** Reports to javac, on the element, annotation and value an {@link Origin} names; counts the errors. */
final class MessagerDiagnostics implements Diagnostics {

    private final Messager messager;
    private int errors;

    MessagerDiagnostics(Messager messager) {
        this.messager = messager;
    }

    @Override
    public void error(Origin origin, String message) {
        errors++;
        print(Diagnostic.Kind.ERROR, origin, message);
    }

    @Override
    public void warning(Origin origin, String message) {
        print(Diagnostic.Kind.WARNING, origin, message);
    }

    boolean hasErrors() {
        return errors > 0;
    }

    private void print(Diagnostic.Kind kind, Origin origin, String message) {
        ElementOrigin at = (ElementOrigin) origin;
        if (at.annotation() == null) {
            messager.printMessage(kind, message, at.element());
        } else if (at.value() == null) {
            messager.printMessage(kind, message, at.element(), at.annotation());
        } else {
            messager.printMessage(kind, message, at.element(), at.annotation(), at.value());
        }
    }
}
