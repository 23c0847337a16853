package io.newswire.launcher.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the CPU of a pipeline run goes: this JVM's threads grouped by the part of the pipeline they belong to (told
 * by their names), sampled while the run goes on so that threads that end early (the replay's) still count, plus the
 * JVM as a whole (garbage collection and JIT included) and the PostgreSQL server's processes (its backends compute
 * the full-text vectors, all since it started). Seconds of CPU, not of wall time: on two cores a run of 60 s has 120 to
 * spend. The sampling reads thread times only, cheaply (a few hundred threads, five times a second).
 */
final class CpuByPart implements AutoCloseable {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> lastByThread = new HashMap<>();
    private final Map<Long, String> partByThread = new HashMap<>();
    private final Map<Long, Long> baseline;
    private final long jvmStart = jvmCpuNanos();
    private final Thread sampler;
    private volatile Optional<ProcessHandle> postgres = Optional.empty();

    /** Starts sampling every {@code every} on a daemon thread, from now. */
    CpuByPart(Duration every) {
        sample();
        this.baseline = new HashMap<>(lastByThread);
        this.sampler = Thread.ofPlatform().daemon().name("bench-cpu-sampler").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(every.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                sample();
            }
        });
    }

    /** Counts the PostgreSQL server's CPU, all of it since the server started (after the sampling did). */
    void watchPostgres(Optional<ProcessHandle> postmaster) {
        this.postgres = postmaster;
    }

    @Override
    public void close() {
        sampler.interrupt();
    }

    /** Reads every live thread's CPU time. */
    synchronized void sample() {
        if (!THREADS.isThreadCpuTimeSupported()) {
            return;
        }
        for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t == null) {
                continue;
            }
            long cpu = THREADS.getThreadCpuTime(t.getThreadId());
            if (cpu >= 0) {
                lastByThread.put(t.getThreadId(), cpu);
                partByThread.putIfAbsent(t.getThreadId(), part(t.getThreadName()));
            }
        }
    }

    /** Seconds of CPU by part since this object was made, largest first, with "jvm total" and "postgresql". */
    synchronized Map<String, Object> seconds() {
        sample();
        Map<String, Long> nanos = new HashMap<>();
        lastByThread.forEach((id, cpu) -> nanos.merge(partByThread.get(id), cpu - baseline.getOrDefault(id, 0L),
                Long::sum));
        Map<String, Object> out = new LinkedHashMap<>();
        nanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), round(e.getValue() / 1e9)));
        out.put("jvm total (GC and JIT included)", round((jvmCpuNanos() - jvmStart) / 1e9));
        if (postgres.isPresent()) {
            out.put("postgresql (server and backends)", round(postgresTicks() / 100.0));
        }
        return out;
    }

    static String part(String thread) {
        if (thread.contains("StreamThread")) {
            return "enrich stream threads";
        }
        if (thread.startsWith("newswire-store-")) {
            return "store consumers and writers";
        }
        if (thread.startsWith("newswire-up-start") || thread.contains("replay")) {
            return "replay (and start-up)";
        }
        if (thread.startsWith("kafka-producer-network-thread") || thread.startsWith("kafka-coordinator")
                || thread.contains("consumer_background_thread")) {
            return "kafka clients' I/O threads";
        }
        return BROKER_THREADS.stream().anyMatch(thread::contains) ? "kafka broker" : "other threads";
    }

    /** What the names of the in-process broker's threads contain. */
    private static final List<String> BROKER_THREADS = List.of("data-plane", "kafka-", "raft", "broker",
            "controller", "ReplicaFetcher", "LogDirFailureHandler", "group-coordinator", "transaction-");

    private static long jvmCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /**
     * Clock ticks (1/100 s on Linux) of the postmaster, its finished children and its live ones (the backends), read
     * from /proc; 0 where there is none.
     */
    private long postgresTicks() {
        Optional<ProcessHandle> server = postgres;
        if (server.isEmpty() || !Files.isDirectory(Path.of("/proc"))) {
            return 0;
        }
        long pid = server.get().pid();
        long ticks = 0;
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName()
                .toString().chars().allMatch(Character::isDigit))) {
            for (Path p : procs) {
                String[] f = stat(p);
                if (f == null) {
                    continue;
                }
                long self = Long.parseLong(p.getFileName().toString());
                if (self == pid) {
                    // utime, stime, and the children it waited for
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
                            + Long.parseLong(f[14]);
                } else if (Long.parseLong(f[1]) == pid) {
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return ticks;
    }

    /** The fields of /proc/PID/stat after the command name (which may hold spaces): [0] is the state, [1] ppid. */
    private static String[] stat(Path proc) {
        try {
            String s = Files.readString(proc.resolve("stat"));
            return s.substring(s.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
