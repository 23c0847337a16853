package io.newswire.launcher.subscribe;

import io.newswire.runtime.cli.KafkaTopicsOptions;
import io.newswire.runtime.kafka.KafkaReachability;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newswire subscribe}: tails the enriched articles or the visits of any Kafka cluster. */
@Command(name = "subscribe", mixinStandardHelpOptions = true,
        description = {"Print the events of a Newswire stream as they arrive, one per line.",
                "Reads without a consumer group, so subscribers never take partitions from each other or the services."})
public final class SubscribeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--stream", defaultValue = "enriched", paramLabel = "enriched|visits",
            description = "enriched: articles with their tags (news.articles.enriched); visits: merged visits (news.visits). Default: ${DEFAULT-VALUE}.")
    StreamKind stream;

    @Option(names = "--country", paramLabel = "XX",
            description = "Only events involving this country (ISO 3166-1 alpha-2): a visit's host or visitor, an article's mentioned or visiting countries.")
    String country;

    @Option(names = "--topic", paramLabel = "CODE",
            description = "Only articles tagged with this topic code, e.g. defense, trade_investment (enriched stream only).")
    String topic;

    @Option(names = "--from-beginning", description = "Start with the oldest retained event instead of new ones.")
    boolean fromBeginning;

    @Option(names = "--all-updates", description = {"With --stream visits: print every update of a visit as the "
            + "compacted topic holds it. By default the history is printed as the latest state of each visit, once, "
            + "then each change as it comes."})
    boolean allUpdates;

    @Option(names = "--format", defaultValue = "text", paramLabel = "json|text",
            description = "json: the event's JSON, one per line; text: one readable line. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--max-events", paramLabel = "N", description = "Exit after printing N events.")
    Long maxEvents;

    @Option(names = "--exit-at-end", description = "Exit once every event present at start has been read (like kcat -e).")
    boolean exitAtEnd;

    @Mixin
    KafkaTopicsOptions kafka = new KafkaTopicsOptions();

    @Override
    public Integer call() throws Exception {
        EventFilter filter;
        try {
            filter = new EventFilter(country, topic);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (filter.topic() != null && stream == StreamKind.VISITS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--topic filters articles: use it with --stream enriched (visits carry no topic codes)");
        }
        if (allUpdates && !stream.latestPerKey()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--all-updates is for --stream visits: the enriched stream prints every article as it is");
        }
        if (maxEvents != null && maxEvents < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-events must be at least 1");
        }
        EventLines lines = new EventLines(stream, filter, format);
        String topicName = stream.topic(kafka.topics());
        PrintWriter out = spec.commandLine().getOut();
        PrintStream err = System.err;

        // a closed port or unknown host in one line, with the fix, before the consumer times out on it in silence
        KafkaReachability.require(kafka.bootstrapServers(), Duration.ofSeconds(10));
        TopicTail tail = new TopicTail(kafka.bootstrapServers(), topicName, fromBeginning, exitAtEnd, err);
        Thread hook = new Thread(() -> {
            try {
                tail.stopAndWait(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newswire-subscribe-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        long[] printed = {0};
        TopicTail.Listener print = rec -> {
            try {
                Optional<String> line = lines.render(rec.value());
                if (line.isPresent()) {
                    out.println(line.get());
                    // a subscriber is read as it goes (| jq, | grep): every line leaves at once
                    out.flush();
                    printed[0]++;
                }
            } catch (IllegalArgumentException e) {
                err.printf("newswire: skipped %s-%d@%d: %s%n", rec.topic(), rec.partition(), rec.offset(),
                        e.getMessage());
            }
            return maxEvents == null || printed[0] < maxEvents;
        };
        try {
            tail.run(stream.latestPerKey() && !allUpdates ? new LatestPerKey(print) : print);
        } catch (IllegalStateException e) {
            err.println("newswire: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running and waits for us
            }
        }
        return 0;
    }
}
