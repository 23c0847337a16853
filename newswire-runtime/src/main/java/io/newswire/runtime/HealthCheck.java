package io.newswire.runtime;

/** One named readiness check, e.g. "database" or "kafka"; {@link #check()} throws or returns false when not ready. */
public interface HealthCheck {
    String name();

    boolean check() throws Exception;

    static HealthCheck of(String name, java.util.concurrent.Callable<Boolean> check) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean check() throws Exception {
                return Boolean.TRUE.equals(check.call());
            }
        };
    }
}
