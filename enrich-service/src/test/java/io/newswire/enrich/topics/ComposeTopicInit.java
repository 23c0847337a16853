package io.newswire.enrich.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newswire.model.TopicSpecs.Spec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The topics the {@code kafka-topics} job of docker-compose.yml creates, read from the file: each {@code create NAME
 * --partitions N --config KEY=VALUE ...} line of its script, with {@code $$VAR} partition counts taken from the job's
 * environment at their {@code ${ENV:-default}} defaults.
 */
final class ComposeTopicInit {
    static final Path COMPOSE_FILE = Path.of("..", "docker-compose.yml");
    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{[A-Z_]+:-([^}]*)}");

    private ComposeTopicInit() {
    }

    static Map<String, Spec> read(Path composeFile) throws IOException {
        JsonNode job = new ObjectMapper(new YAMLFactory()).readTree(composeFile.toFile())
                .path("services").path("kafka-topics");
        if (job.isMissingNode()) {
            throw new IllegalStateException(composeFile + " has no kafka-topics service");
        }
        Map<String, String> env = new HashMap<>();
        job.path("environment").properties().forEach(e -> {
            Matcher m = DEFAULTED.matcher(e.getValue().asText());
            env.put(e.getKey(), m.matches() ? m.group(1) : e.getValue().asText());
        });
        StringBuilder script = new StringBuilder();
        job.path("command").forEach(n -> script.append(n.asText()).append('\n'));
        Map<String, Spec> topics = new LinkedHashMap<>();
        // shell line continuations make one command of several lines
        for (String line : script.toString().replace("\\\n", " ").split("\n")) {
            List<String> words = new ArrayList<>(List.of(line.strip().split("\\s+")));
            if (words.size() < 2 || !words.get(0).equals("create")) {
                continue;
            }
            String name = words.get(1);
            Integer partitions = null;
            Map<String, String> configs = new LinkedHashMap<>();
            for (int i = 2; i < words.size(); i++) {
                String w = words.get(i);
                if (w.equals("--partitions")) {
                    partitions = Integer.parseInt(resolve(words.get(++i), env));
                } else if (w.equals("--config")) {
                    String[] kv = words.get(++i).split("=", 2);
                    configs.put(kv[0], kv[1]);
                } else {
                    throw new IllegalStateException("unexpected '" + w + "' creating " + name + " in " + composeFile);
                }
            }
            if (partitions == null) {
                throw new IllegalStateException(name + " is created without --partitions in " + composeFile);
            }
            topics.put(name, new Spec(name, partitions, configs));
        }
        return topics;
    }

    private static String resolve(String word, Map<String, String> env) {
        String w = word.replace("\"", "");
        if (w.startsWith("$$")) {
            String value = env.get(w.substring(2));
            if (value == null) {
                throw new IllegalStateException(w + " is not in the kafka-topics job's environment");
            }
            return value;
        }
        return w;
    }
}
