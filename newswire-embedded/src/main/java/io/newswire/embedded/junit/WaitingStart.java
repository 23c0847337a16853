package io.newswire.embedded.junit;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * A service start that is expected to block (waiting for Kafka, say) run on a thread of its own, so a test can look
 * at what it says meanwhile, then interrupt it and see how it gave up.
 */
public final class WaitingStart {
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread thread;

    private WaitingStart(String name, Callable<? extends AutoCloseable> start) {
        thread = new Thread(() -> {
            try {
                start.call().close();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, name);
    }

    /** Starts {@code start} (what it returns is closed at once, should it return). */
    public static WaitingStart begin(String name, Callable<? extends AutoCloseable> start) {
        WaitingStart s = new WaitingStart(name, start);
        s.thread.start();
        return s;
    }

    /**
     * Begins {@code start}, waits until {@code said} holds (failing when it does not within {@code within} of the
     * beginning, or when the start ended meanwhile), then interrupts the start and returns how it gave up. For
     * "the service says why it waits, within the time it states".
     */
    public static Throwable saysWhileWaiting(String name, Callable<? extends AutoCloseable> start, BooleanSupplier said,
            Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        WaitingStart s = begin(name, start);
        while (!said.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                s.thread.interrupt();
                throw new AssertionError("not said within " + within);
            }
            Thread.sleep(50);
        }
        if (!s.waiting()) {
            throw new AssertionError("the start ended instead of waiting", s.failure.get());
        }
        return s.interrupt(Duration.ofSeconds(10));
    }

    /** True while the start has neither returned nor failed. */
    public boolean waiting() {
        return thread.isAlive();
    }

    /** Interrupts the start, waits up to {@code atMost} for it to end, and returns how it failed (null if it did not). */
    public Throwable interrupt(Duration atMost) throws InterruptedException {
        thread.interrupt();
        thread.join(atMost.toMillis());
        if (thread.isAlive()) {
            throw new AssertionError("the start did not end within " + atMost + " of its interruption");
        }
        return failure.get();
    }

    /** True when no live thread has this name (what a start leaves running when it gives up). */
    public static boolean noThreadNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals(name) && t.isAlive());
    }
}
