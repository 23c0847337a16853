package io.newswire.store.query;

/** A request parameter that cannot be used, answered with 400 and a body that names it. */
public final class BadParameter extends RuntimeException {
    private final String parameter;

    public BadParameter(String parameter, String message) {
        super(message, null, false, false);
        this.parameter = parameter.length() > 100 ? parameter.substring(0, 100) + "..." : parameter;
    }

    public String parameter() {
        return parameter;
    }
}
