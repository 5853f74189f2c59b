package dev.usageschema.cli;

import dev.usageschema.Validated;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.jackson3.UsageJson;
import dev.usageschema.json.JsonSchema;
import dev.usageschema.json.UsageSite;
import dev.usageschema.json.UsageSurface;
import dev.usageschema.sum.Adder;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The user's own schemas ({@code --schema com.acme.MyUsage --classpath DIR|JAR}): found the way
 * Jackson's module discovery finds them, through the service file the processor writes for their
 * JSON forms, {@code META-INF/services/dev.usageschema.json.JsonSchema}, on the class path given.
 */
final class UserSchemas {

    private UserSchemas() {
    }

    /**
     * {@return the target of the schema {@code name}}
     * @param name      the schema's interface or its generated model, by binary or canonical name
     * @param classPath directories and jars that hold the compiled schema, beside the checker's own
     * @param site      where the usage sits in each record; {@code null} for records that are the usage itself
     * @throws CommandFailure when a class path entry does not exist, or no JSON form has that name
     */
    static Target<?, ?> find(String name, List<Path> classPath, UsageSite site) {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classPath) {
            if (!Files.exists(entry)) {
                throw new CommandFailure("--classpath " + entry + " does not exist; give the directory of the compiled"
                        + " schema (target/classes) or its jar");
            }
            try {
                urls.add(entry.toUri().toURL());
            } catch (MalformedURLException impossible) {
                throw new CommandFailure("--classpath " + entry + " is not a path to a directory or a jar");
            }
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), UserSchemas.class.getClassLoader());
        TreeSet<String> found = new TreeSet<>();
        try {
            for (JsonSchema<?, ?> form : ServiceLoader.load(JsonSchema.class, loader)) {
                Class<?> schema = form.schemaType();
                if (named(schema, name) || named(form.modelType(), name)) {
                    return target(schema.getName(), form, site);
                }
                found.add(schema.getName());
            }
        } catch (ServiceConfigurationError broken) {
            throw new CommandFailure("the class path lists a JSON form that cannot be loaded (" + broken.getMessage()
                    + "); rebuild the schemas, with the same usage-schema version as this checker");
        }
        throw new CommandFailure("no schema " + name + " among the JSON forms on the class path"
                + (found.isEmpty() ? " (there are none)" : " (" + String.join(", ", found) + ")")
                + "; give --classpath the directory or jar of the compiled schema, built with usage-schema-jackson2"
                + " or -jackson3 on its compile class path (or -Ausageschema.json=true), which lists its JSON form in"
                + " META-INF/services/dev.usageschema.json.JsonSchema");
    }

    private static boolean named(Class<?> type, String name) {
        return type.getName().equals(name) || name.equals(type.getCanonicalName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <X, M extends X> Target<X, M> target(String name, JsonSchema form, UsageSite site) {
        JsonSchema<M, ?> schema = (JsonSchema<M, ?>) form;
        Class<M> model = schema.modelType();
        Adder<X, M> adder = (Adder<X, M>) invokeStatic(model, "adder", Adder.class);
        MethodHandle toCanonical = virtual(model, "toCanonical", Validated.class);
        Function<M, Validated<ImmutableCanonicalUsage>> canonical = toCanonical == null ? null
                : usage -> (Validated<ImmutableCanonicalUsage>) invoke(toCanonical, usage);
        UsageJson json = UsageJson.standard();
        Target.Reader<M> reader = site == null ? (bytes, offset, length) -> json.tryRead(bytes, offset, length, schema)
                : SkimmedReader.of(site, schema, (bytes, offset, length) -> json.tryReadAt(bytes, offset, length, site, schema));
        UsageSurface<X, M> stream = null;
        String noStream = name + " is not @Addable, so its stream's usages cannot be accumulated; declare it"
                + " @Addable(stream = ...), or check each event as a record without --stream";
        if (adder != null) {
            stream = UsageSurface.of(schema, adder).at(site == null ? UsageSite.at("") : site);
            try {
                stream.newStream();
            } catch (IllegalStateException noStyle) {
                stream = null;
                noStream = name + " says no stream style, so its stream's usages cannot be accumulated; declare"
                        + " @Addable(stream = StreamStyle.FINAL_ONLY, CUMULATIVE or DELTA) on it";
            }
        }
        return new Target<>(name, schema, reader, adder, canonical, stream, noStream);
    }

    /** {@return what the model's public static method {@code method} returns; {@code null} when it has none} */
    private static Object invokeStatic(Class<?> model, String method, Class<?> returns) {
        try {
            var found = model.getMethod(method);
            if (!Modifier.isStatic(found.getModifiers()) || !returns.isAssignableFrom(found.getReturnType())) {
                return null;
            }
            return found.invoke(null);
        } catch (ReflectiveOperationException none) {
            return null;
        }
    }

    private static MethodHandle virtual(Class<?> model, String method, Class<?> returns) {
        try {
            return MethodHandles.publicLookup().findVirtual(model, method, MethodType.methodType(returns));
        } catch (ReflectiveOperationException none) {
            return null;
        }
    }

    private static Object invoke(MethodHandle method, Object target) {
        try {
            return method.invoke(target);
        } catch (RuntimeException | Error failure) {
            throw failure;
        } catch (Throwable impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
