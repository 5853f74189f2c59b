package dev.usageschema.cli;

import dev.usageschema.providers.ProviderSurface;
import dev.usageschema.providers.Providers;
import dev.usageschema.providers.StreamEvent;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** {@code usage-schema providers}: every surface of the catalogue, with its stream style and convention. */
@Command(name = "providers", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {"Lists every surface of the catalogue that check --provider takes: its id, provider and"
                + " surface, where its usage sits, its stream style and its convention."})
final class ProvidersCommand implements Callable<Integer> {

    /** {@code --format}. */
    enum Format { TEXT, JSON }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (the default: a block per surface) or json (one array).")
    private Format format;

    private final Io io;

    ProvidersCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8));
        if (format == Format.JSON) {
            StringWriter text = new StringWriter();
            try (JsonGenerator json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), text)) {
                json.writeStartArray();
                for (ProviderSurface<?, ?> surface : Providers.all()) {
                    write(surface, json);
                }
                json.writeEndArray();
            }
            out.println(text);
            out.flush();
            return UsageSchemaCli.OK;
        }
        out.println(Providers.all().size() + " surfaces; usage-schema explain ID tells one's rules, usage-schema check"
                + " --provider ID checks its payloads");
        for (ProviderSurface<?, ?> surface : Providers.all()) {
            out.println();
            out.println(surface.id() + "  " + surface.provider() + ": " + surface.surface());
            out.println("  usage: " + SurfaceWords.site(surface.responseSite()) + "; stream: "
                    + SurfaceWords.style(surface));
            out.println("  convention: " + surface.convention());
        }
        out.flush();
        return UsageSchemaCli.OK;
    }

    /** Writes one surface as a JSON object. */
    static void write(ProviderSurface<?, ?> surface, JsonGenerator json) {
        json.writeStartObject();
        json.writeStringProperty("id", surface.id());
        json.writeStringProperty("provider", surface.provider());
        json.writeStringProperty("surface", surface.surface());
        json.writeStringProperty("schema", surface.jsonSchema().schemaType().getName());
        json.writeName("response");
        json.writeStartArray();
        for (String pointer : surface.responseSite().pointers()) {
            json.writeString(pointer);
        }
        json.writeEndArray();
        if (surface.streamStyle().isPresent()) {
            json.writeName("stream");
            json.writeStartObject();
            json.writeStringProperty("style", surface.streamStyle().orElseThrow().name());
            json.writeStringProperty("framing", surface.streamFraming().orElseThrow().name());
            json.writeName("events");
            json.writeStartArray();
            for (StreamEvent event : surface.streamEvents()) {
                json.writeStartObject();
                json.writeStringProperty("selector", event.selector().toString());
                json.writeName("usage");
                json.writeStartArray();
                for (String pointer : event.site().pointers()) {
                    json.writeString(pointer);
                }
                json.writeEndArray();
                json.writeStringProperty("note", event.note());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeBooleanProperty("countsMayDecrease", surface.countsMayDecrease());
            json.writeEndObject();
        } else {
            json.writeNullProperty("stream");
        }
        json.writeStringProperty("convention", surface.convention());
        json.writeStringProperty("warnings", surface.warnings());
        json.writeEndObject();
    }
}
