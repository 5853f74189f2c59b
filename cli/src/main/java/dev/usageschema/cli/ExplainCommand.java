package dev.usageschema.cli;

import dev.usageschema.StreamStyle;
import dev.usageschema.providers.ProviderSurface;
import dev.usageschema.providers.StreamEvent;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code usage-schema explain ID}: a catalogue surface's rules in words. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Tells a surface's rules in words: where its usage sits, how its stream adds up, which counts"
                + " are parts of which and which are added, which rules are warnings and why."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the surface was explained", "2:no surface has that id"})
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "A surface id, as usage-schema providers lists them.")
    private String id;

    private final Io io;

    ExplainCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        ProviderSurface<?, ?> surface = ProviderTargets.surface(id);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8));
        out.println(surface.id() + ": " + surface.provider() + ", " + surface.surface());
        out.println("schema: " + surface.jsonSchema().schemaType().getName());
        out.println();
        out.println("Where the usage is");
        out.println("  in a whole response: " + SurfaceWords.site(surface.responseSite()));
        if (surface.streamStyle().isPresent()) {
            StreamStyle style = surface.streamStyle().orElseThrow();
            out.println("  in a stream (" + SurfaceWords.framing(surface.streamFraming().orElseThrow()) + "):");
            for (StreamEvent event : surface.streamEvents()) {
                out.println("    " + SurfaceWords.event(event) + " (" + event.note() + ")");
            }
            surface.streamNotes().ifPresent(notes -> out.println("    " + notes));
            out.println();
            out.println("How a stream adds up: " + style);
            out.println("  " + SurfaceWords.styleMeaning(style));
            if (surface.countsMayDecrease()) {
                out.println("  its counts are seen to go down, which the catalogue's newStream() only warns of;"
                        + " check --stream reads through the surface's own stream, where a decrease is an error");
            }
        } else {
            out.println("  it does not stream");
        }
        out.println();
        out.println("What is summed and what is bounded");
        out.println("  " + surface.convention());
        out.println();
        out.println("Rules shipped as warnings (a value that breaks one is accepted, and the warning reported)");
        out.println("  " + (surface.warnings().equals("none")
                ? "none: a value that breaks any rule is rejected" : surface.warnings()));
        out.println();
        out.println("Check its payloads: usage-schema check --provider " + surface.id() + " responses.jsonl"
                + (surface.streamStyle().isPresent() ? "; a stream: usage-schema check --provider " + surface.id()
                        + " --stream stream.sse" : ""));
        out.flush();
        return UsageSchemaCli.OK;
    }
}
