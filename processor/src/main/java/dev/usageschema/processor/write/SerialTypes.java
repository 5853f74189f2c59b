package dev.usageschema.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.Property;
import java.util.List;

/**
 * The {@code SerialType} a property's values must have when read from a stream, as an expression:
 * {@code SerialType.list(SerialType.of(String.class))}. Collections are described element by
 * element, at any depth; any other type by its class, generics erased.
 */
final class SerialTypes {

    private SerialTypes() {
    }

    static CodeBlock of(Property property) {
        TypeName type = property.valueType().withoutAnnotations();
        if (property.container() == Container.PRIMITIVE) {
            String constant = type.equals(TypeName.LONG) ? "LONG" : type.equals(TypeName.INT) ? "INT"
                    : type.equals(TypeName.DOUBLE) ? "DOUBLE" : "BOOLEAN";
            return CodeBlock.of("$T.$N", RuntimeTypes.SERIAL_TYPE, constant);
        }
        // An optional number is held unboxed, and travels boxed: null is its explicit null.
        return of(type.isPrimitive() ? type.box() : type);
    }

    private static CodeBlock of(TypeName type) {
        TypeName plain = type.withoutAnnotations();
        if (plain instanceof WildcardTypeName wildcard) {
            return wildcard.lowerBounds().isEmpty() ? of(wildcard.upperBounds().get(0)) : value(ClassName.OBJECT);
        }
        ClassName raw = plain instanceof ParameterizedTypeName parameterized ? parameterized.rawType().withoutAnnotations()
                : plain instanceof ClassName name ? name : null;
        // A raw collection type holds objects of any class.
        List<TypeName> arguments = plain instanceof ParameterizedTypeName parameterized ? parameterized.typeArguments()
                : List.of(ClassName.OBJECT, ClassName.OBJECT);
        String collection = raw == null ? "" : switch (raw.canonicalName()) {
            case "java.util.List" -> "list";
            case "java.util.Set" -> "set";
            case "java.util.Collection" -> "collection";
            case "java.util.Map" -> "map";
            default -> "";
        };
        if (collection.equals("map")) {
            return CodeBlock.of("$T.map($L, $L)", RuntimeTypes.SERIAL_TYPE, of(arguments.get(0)), of(arguments.get(1)));
        }
        if (!collection.isEmpty()) {
            return CodeBlock.of("$T.$N($L)", RuntimeTypes.SERIAL_TYPE, collection, of(arguments.get(0)));
        }
        return value(erasure(plain));
    }

    private static CodeBlock value(TypeName erased) {
        return CodeBlock.of("$T.of($T.class)", RuntimeTypes.SERIAL_TYPE, erased);
    }

    private static TypeName erasure(TypeName type) {
        if (type instanceof ParameterizedTypeName parameterized) {
            return parameterized.rawType().withoutAnnotations();
        }
        if (type instanceof ArrayTypeName array) {
            return ArrayTypeName.of(erasure(array.componentType().withoutAnnotations()));
        }
        if (type instanceof TypeVariableName variable) {
            return variable.bounds().isEmpty() ? ClassName.OBJECT : erasure(variable.bounds().get(0));
        }
        if (type instanceof WildcardTypeName wildcard) {
            return wildcard.lowerBounds().isEmpty() ? erasure(wildcard.upperBounds().get(0)) : ClassName.OBJECT;
        }
        return type.withoutAnnotations();
    }
}
