package io.newswire.model;

/** A named office holder: {@code role} is a short canonical lowercase role, {@code country} ISO 3166-1 alpha-2. */
public record Official(String name, String role, String country) {
    public Official {
        Require.nonBlank(name, "name");
    }
}
