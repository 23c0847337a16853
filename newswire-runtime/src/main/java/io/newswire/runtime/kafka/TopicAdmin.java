package io.newswire.runtime.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creating the topics a service needs when they do not exist yet; existing topics are never changed. */
public final class TopicAdmin {
    private static final long TIMEOUT_SECONDS = 30;

    private TopicAdmin() {
    }

    /**
     * Creates whichever of {@code wanted} are missing and returns the names it created. A topic that another service
     * or instance creates at the same moment counts as there: that is what we wanted.
     */
    public static List<String> createMissing(Admin admin, Collection<NewTopic> wanted) {
        List<String> names = wanted.stream().map(NewTopic::name).toList();
        try {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            List<String> created = new ArrayList<>();
            var results = admin.createTopics(missing).values();
            for (NewTopic t : missing) {
                try {
                    results.get(t.name()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    created.add(t.name());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return created;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create the topics " + names + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer from Kafka within " + TIMEOUT_SECONDS
                    + " s while creating the topics " + names, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
