package io.newswire.ingest;

import io.newswire.ingest.feedlist.FeedEntry;
import io.newswire.ingest.feedlist.FeedListFile;
import io.newswire.ingest.feedlist.FeedListTopic;
import io.newswire.runtime.kafka.KafkaReachability;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ingest-service feeds add|remove|list}: the feed list in the compacted feed list topic. */
@Command(name = "feeds", mixinStandardHelpOptions = true, description = "Manage the feed list the instances share.",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.Remove.class, FeedsCommand.ListFeeds.class})
final class FeedsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add feeds by URL, or every feed of an OPML or text file; bad entries are reported and "
                    + "skipped (exit status 1 if any was).")
    static final class Add implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        KafkaOptions kafka;

        @Parameters(arity = "0..*", paramLabel = "URL")
        List<String> urls = new ArrayList<>();

        @Option(names = "--title", description = "Title of the feed added (with one URL).")
        String title;

        @Option(names = "--country", paramLabel = "CC",
                description = "The outlets' country, ISO 3166-1 alpha-2 (e.g. NG), for the URLs given; without it "
                        + "articles take the country of the feed host's domain (.ng, .com.pk), if any.")
        String country;

        @Option(names = "--file", paramLabel = "FILE", description = "OPML or text file (one URL per line).")
        Path file;

        @Mixin
        TopicCreationOptions creation;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            List<FeedEntry> entries = new ArrayList<>();
            boolean bad = false;
            for (String url : urls) {
                try {
                    entries.add(new FeedEntry(url, urls.size() == 1 ? title : null, country));
                } catch (IllegalArgumentException e) {
                    err.println(e.getMessage() + " (skipped)");
                    bad = true;
                }
            }
            if (file != null) {
                FeedListFile.Result read = FeedListFile.read(file);
                read.problems().forEach(p -> err.println(file + ": " + p));
                bad |= !read.problems().isEmpty();
                entries.addAll(read.feeds());
            }
            if (entries.isEmpty() && !bad) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give at least one URL or --file");
            }
            TopicSetup.ensureFeedList(kafka.bootstrapServers(), kafka.topicFeeds, creation.partitions,
                    creation.replicationFactor);
            new FeedListTopic(kafka.bootstrapServers(), kafka.ingestTopics().feeds()).add(entries);
            spec.commandLine().getOut().println("added " + entries.size() + " feeds");
            return bad ? 1 : 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove feeds by URL.")
    static final class Remove implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        KafkaOptions kafka;

        @Parameters(arity = "1..*", paramLabel = "URL")
        List<String> urls;

        @Override
        public Integer call() {
            KafkaReachability.require(kafka.bootstrapServers(), TopicSetup.PROBE_TIMEOUT);
            FeedListTopic list = new FeedListTopic(kafka.bootstrapServers(), kafka.ingestTopics().feeds());
            java.util.Set<String> listed = list.list().keySet();
            List<String> present = urls.stream().filter(listed::contains).distinct().toList();
            List<String> absent = urls.stream().filter(u -> !listed.contains(u)).distinct().toList();
            if (!present.isEmpty()) {
                list.remove(present);
            }
            absent.forEach(u -> spec.commandLine().getErr().println(u + ": not on the feed list ('feeds list' shows it)"));
            spec.commandLine().getOut().println("removed " + present.size() + (present.size() == 1 ? " feed" : " feeds"));
            return absent.isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print the feed list as a text feed list: URL, then tab and country=CC if one is named, "
                    + "then tab and title.")
    static final class ListFeeds implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        KafkaOptions kafka;

        @Override
        public Integer call() {
            KafkaReachability.require(kafka.bootstrapServers(), TopicSetup.PROBE_TIMEOUT);
            PrintWriter out = spec.commandLine().getOut();
            new FeedListTopic(kafka.bootstrapServers(), kafka.ingestTopics().feeds()).list().values()
                    .forEach(f -> out.println(f.url() + (f.country() == null ? "" : "\tcountry=" + f.country())
                            + (f.title() == null ? "" : "\t" + f.title())));
            out.flush();
            return 0;
        }
    }
}
