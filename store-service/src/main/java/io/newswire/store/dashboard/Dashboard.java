package io.newswire.store.dashboard;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The dashboard page at {@code /}: static files from the classpath (built from {@code src/main/frontend}, see the
 * store-service README), drawing on the JSON API and the live stream of the same server. Nothing is fetched from
 * elsewhere, so it works without internet access.
 */
public final class Dashboard {
    /** Where the built page lives on the classpath. */
    public static final String RESOURCES = "/io/newswire/store/dashboard/site";

    private Dashboard() {
    }

    public static void serve(JavalinConfig cfg) {
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = RESOURCES;
            files.location = Location.CLASSPATH;
            // the bundle's name does not change with its content: browsers check back instead of caching blindly
            files.headers = Map.of("Cache-Control", "no-cache", "X-Content-Type-Options", "nosniff");
        });
    }
}
