package io.newswire.ingest.poll;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per server (host and port): at most {@code perHost} requests at a time, and at least {@code gap} between
 * the starts of two requests. Callers block (they are virtual threads); other hosts are not affected.
 */
public final class HostGate {
    private final int perHost;
    private final long gapNanos;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    private final class Host {
        final Semaphore permits = new Semaphore(perHost, true);
        final ReentrantLock starting = new ReentrantLock(true);
        long nextStart = System.nanoTime();
    }

    public HostGate(int perHost, Duration gap) {
        this.perHost = perHost;
        this.gapNanos = gap.toNanos();
    }

    public static String key(URI uri) {
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + ":" + port;
    }

    public <T> T call(URI uri, Callable<T> request) throws Exception {
        Host host = hosts.computeIfAbsent(key(uri), k -> new Host());
        host.permits.acquire();
        try {
            host.starting.lock();
            try {
                long wait = host.nextStart - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(Duration.ofNanos(wait));
                }
                host.nextStart = System.nanoTime() + gapNanos;
            } finally {
                host.starting.unlock();
            }
            return request.call();
        } finally {
            host.permits.release();
        }
    }
}
