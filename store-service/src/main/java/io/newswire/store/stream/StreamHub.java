package io.newswire.store.stream;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Visit;
import io.newswire.store.consume.StoreConsumer;
import io.newswire.store.query.ArticleSummary;
import io.newswire.store.write.DeletedVisit;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-Sent Events of what the consumer stores: an {@code article} event (an article summary) or a {@code visit}
 * event (the visit record) for every row inserted or updated, and a {@code visit-deleted} event ({@code id},
 * {@code hostCountry}, {@code visitorCountries}) for every visit a tombstone deleted, to each client whose filter
 * matches.
 *
 * <p>The consumer only queues events; each client has its own virtual thread that writes them, so a slow client
 * never holds up storing. A client that falls {@value #QUEUE} events behind is disconnected (it can reconnect and
 * catch up through the query API).
 */
public final class StreamHub implements StoreConsumer.Listener, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StreamHub.class);
    static final int QUEUE = 1000;
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private record Event(String type, Object data, String id) {
    }

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicLong connections = new AtomicLong();

    /**
     * Serves one stream request: call after the filter was parsed, so bad parameters got their 400 first. (Javalin's
     * own {@code SseHandler} does the same, but only for requests whose Accept header is exactly
     * {@code text/event-stream}; curl and many clients send none.)
     */
    public void serve(Context ctx, StreamFilter filter) throws IOException {
        ctx.res().setStatus(200);
        ctx.res().setCharacterEncoding("UTF-8");
        ctx.res().setContentType("text/event-stream");
        ctx.res().addHeader("Cache-Control", "no-cache");
        ctx.res().addHeader("X-Accel-Buffering", "no");
        ctx.res().flushBuffer();
        // the stream runs until the client leaves: no async timeout
        ctx.async(cfg -> cfg.timeout = 0, () -> {
            SseClient client = new SseClient(ctx);
            Subscriber s = new Subscriber(client, filter);
            subscribers.add(s);
            client.onClose(() -> subscribers.remove(s));
            client.sendComment("connected");
            Thread.ofVirtual().name("sse-" + connections.incrementAndGet()).start(s::deliver);
            client.keepAlive();
        });
    }

    public int clients() {
        return subscribers.size();
    }

    @Override
    public void stored(List<EnrichedArticle> articles, List<Visit> visits) {
        if (subscribers.isEmpty()) {
            return;
        }
        for (Subscriber s : subscribers) {
            for (EnrichedArticle a : articles) {
                if (s.filter.matches(a)) {
                    s.offer(new Event("article", ArticleSummary.of(a), a.id()));
                }
            }
            for (Visit v : visits) {
                if (s.filter.matches(v)) {
                    s.offer(new Event("visit", v, v.id()));
                }
            }
        }
    }

    @Override
    public void deleted(List<DeletedVisit> visits) {
        for (Subscriber s : subscribers) {
            for (DeletedVisit v : visits) {
                if (s.filter.matches(v)) {
                    s.offer(new Event("visit-deleted", v, v.id()));
                }
            }
        }
    }

    @Override
    public void close() {
        subscribers.forEach(s -> s.client.close());
        subscribers.clear();
    }

    private final class Subscriber {
        final SseClient client;
        final StreamFilter filter;
        final BlockingQueue<Event> queue = new ArrayBlockingQueue<>(QUEUE);

        Subscriber(SseClient client, StreamFilter filter) {
            this.client = client;
            this.filter = filter;
        }

        void offer(Event e) {
            if (!queue.offer(e)) {
                log.info("stream client fell {} events behind, disconnecting it", QUEUE);
                client.close();
            }
        }

        void deliver() {
            try {
                while (!client.terminated()) {
                    Event e = queue.poll(KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
                    if (client.terminated()) {
                        break;
                    }
                    if (e == null) {
                        client.sendComment("keep-alive"); // also finds clients that went away
                    } else {
                        client.sendEvent(e.type(), e.data(), e.id());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.debug("stream client failed: {}", e.toString());
            } finally {
                subscribers.remove(this);
                client.close();
            }
        }
    }
}
