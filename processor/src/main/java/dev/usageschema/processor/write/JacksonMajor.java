package dev.usageschema.processor.write;

import com.palantir.javapoet.ClassName;

/** A Jackson major that a JSON module of usage-schema serves: its databind annotations and the module's classes they name. */
public enum JacksonMajor {
    JACKSON_2("2", "com.fasterxml.jackson.databind.annotation", "dev.usageschema.jackson2"),
    JACKSON_3("3", "tools.jackson.databind.annotation", "dev.usageschema.jackson3");

    private final String number;
    final ClassName serialize;
    final ClassName deserialize;
    final ClassName serializer;
    final ClassName deserializer;

    JacksonMajor(String number, String annotations, String module) {
        this.number = number;
        this.serialize = ClassName.get(annotations, "JsonSerialize");
        this.deserialize = ClassName.get(annotations, "JsonDeserialize");
        this.serializer = ClassName.get(module, "SchemaSerializer");
        this.deserializer = ClassName.get(module, "SchemaDeserializer");
    }

    /** {@return the class of the JSON module whose presence says that models carry this major's annotations} */
    public String moduleClass() {
        return deserializer.canonicalName();
    }

    /** {@return the annotations a model carries for this major, as names javac gives them} */
    public String[] annotations() {
        return new String[] {serialize.canonicalName(), deserialize.canonicalName()};
    }

    /** {@return the name of the nested class that does {@code role} ({@code Reader}, {@code Writer}) for this major} */
    String nested(String role) {
        return "Jackson" + number + role;
    }

    String number() {
        return number;
    }
}
