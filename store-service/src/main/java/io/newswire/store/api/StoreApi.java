package io.newswire.store.api;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.model.Json;
import io.newswire.model.TopicCode;
import io.newswire.runtime.HealthCheck;
import io.newswire.runtime.OpsEndpoints;
import io.newswire.store.dashboard.Dashboard;
import io.newswire.store.query.ArticleQuery;
import io.newswire.store.query.ArticleReader;
import io.newswire.store.query.BadParameter;
import io.newswire.store.query.Params;
import io.newswire.store.query.StatsQuery;
import io.newswire.store.query.StatsReader;
import io.newswire.store.query.TimelineQuery;
import io.newswire.store.query.TopicTrendQuery;
import io.newswire.store.query.VisitFilter;
import io.newswire.store.query.VisitQuery;
import io.newswire.store.query.VisitReader;
import io.newswire.store.stream.StreamFilter;
import io.newswire.store.stream.StreamHub;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API: articles, visits, visit statistics, the live stream, {@code /openapi.json}, {@code /health} and
 * {@code /metrics}, and the dashboard page at {@code /}. Every error is JSON {@code {"error", "message"[,
 * "parameter"]}}: 400 for a bad parameter (it names it), 404 for an unknown id or path, 503 while the database is
 * unreachable, and 500 only for a fault of ours.
 */
public final class StoreApi implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StoreApi.class);
    public static final String OPENAPI_RESOURCE = "/io/newswire/store/api/openapi.json";

    /** A route as registered: method and path in Javalin's syntax ({@code /api/articles/{id}}). */
    public record Route(String method, String path) {
    }

    private final Javalin app;
    private final List<Route> routes;

    private StoreApi(Javalin app, List<Route> routes) {
        this.app = app;
        this.routes = routes;
    }

    public static StoreApi start(int port, DataSource dataSource, StreamHub hub, PrometheusMeterRegistry registry,
            List<HealthCheck> checks) {
        List<Route> routes = new ArrayList<>();
        ArticleReader articles = new ArticleReader(dataSource);
        VisitReader visits = new VisitReader(dataSource);
        StatsReader stats = new StatsReader(dataSource);
        String openApi = openApiDocument();
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.concurrency.useVirtualThreads = true;
            cfg.jsonMapper(new JavalinJackson(Json.mapper(), true));
            cfg.events.handlerAdded(h -> routes.add(new Route(h.getHttpMethod().name(), h.getPath())));
            Dashboard.serve(cfg);
            routes(cfg.routes, articles, visits, stats, hub, openApi, registry, checks);
        });
        app.start(port);
        return new StoreApi(app, List.copyOf(routes));
    }

    private static void routes(RoutesConfig app, ArticleReader articles, VisitReader visits, StatsReader stats,
            StreamHub hub, String openApi, PrometheusMeterRegistry registry, List<HealthCheck> checks) {
        app.get("/api/articles", ctx -> ctx.json(articles.list(ArticleQuery.parse(queryParams(ctx)))));
        app.get("/api/articles/{id}", ctx -> {
            String id = pathId(ctx);
            ctx.json(articles.byId(id).orElseThrow(() -> notFound("article", id)));
        });
        app.get("/api/visits", ctx -> ctx.json(visits.list(VisitQuery.parse(queryParams(ctx)))));
        app.get("/api/visits/{id}", ctx -> {
            String id = pathId(ctx);
            ctx.json(visits.byId(id).orElseThrow(() -> notFound("visit", id)));
        });
        app.get("/api/stats/visits", ctx -> {
            StatsQuery q = StatsQuery.parse(queryParams(ctx));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("groupBy", q.groupBy().name().toLowerCase(java.util.Locale.ROOT));
            body.put("groups", visits.stats(q));
            ctx.json(body);
        });
        app.get("/api/stats/timeline", ctx -> {
            TimelineQuery q = TimelineQuery.parse(queryParams(ctx));
            ctx.json(Map.of("interval", q.interval().name().toLowerCase(java.util.Locale.ROOT),
                    "buckets", stats.timeline(q)));
        });
        app.get("/api/stats/topics", ctx -> {
            TopicTrendQuery q = TopicTrendQuery.parse(queryParams(ctx));
            ctx.json(Map.of("interval", q.interval().name().toLowerCase(java.util.Locale.ROOT),
                    "buckets", stats.topics(q)));
        });
        app.get("/api/stats/summary", ctx -> ctx.json(stats.summary(VisitFilter.parse(Params.of(queryParams(ctx),
                Set.copyOf(VisitFilter.PARAMETERS))))));
        app.get("/api/topics", ctx -> ctx.json(topics()));
        app.get("/api/stream", ctx -> hub.serve(ctx, StreamFilter.parse(queryParams(ctx))));
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        OpsEndpoints.install(app, registry, checks);

        app.exception(BadParameter.class, (e, ctx) -> ctx.status(400).json(
                error("bad_parameter", e.getMessage(), e.parameter())));
        app.exception(NotFound.class, (e, ctx) -> ctx.status(404).json(error("not_found", e.getMessage(), null)));
        app.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus()).json(
                error(e.getStatus() == 404 ? "not_found" : "http_" + e.getStatus(), e.getMessage(), null)));
        app.exception(SQLException.class, StoreApi::databaseError);
        app.exception(Exception.class, (e, ctx) -> {
            log.error("{} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500).json(error("internal", "internal error", null));
        });
    }

    public int port() {
        return app.port();
    }

    /** Every route the API serves, as registered, including the operations endpoints. */
    public List<Route> routes() {
        return routes;
    }

    @Override
    public void close() {
        app.stop();
    }

    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message, null, false, false);
        }
    }

    private static NotFound notFound(String what, String id) {
        return new NotFound("no " + what + " with id " + id);
    }

    private static String pathId(Context ctx) {
        return Params.id(ctx.pathParam("id"));
    }

    /** A malformed query string ({@code %zz}) is the client's mistake like any other bad parameter. */
    private static Map<String, List<String>> queryParams(Context ctx) {
        try {
            return ctx.queryParamMap();
        } catch (IllegalArgumentException e) {
            throw new BadParameter("query", "malformed query string: " + e.getMessage());
        }
    }

    /**
     * An unreachable database or a query cut off by its timeout is a 503 (try again). A data error can only come
     * from a value our checks let through: it is still the client's value, so 400, and logged to close the gap.
     */
    private static void databaseError(SQLException e, Context ctx) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("22")) {
            log.warn("{} {}?{} reached the database with bad data: {}", ctx.method(), ctx.path(), ctx.queryString(),
                    e.getMessage());
            ctx.status(400).json(error("bad_parameter", "a parameter value the database cannot use", "query"));
        } else if (e instanceof SQLTransientException || state.startsWith("08") || state.startsWith("57")
                || state.startsWith("53")) {
            log.warn("{} {}: database unavailable: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.status(503).json(error("unavailable", "the database is unavailable, try again", null));
        } else {
            log.error("{} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500).json(error("internal", "internal error", null));
        }
    }

    /** The topic codes articles carry and the {@code topic} parameters accept, with their IPTC Media Topics. */
    private static List<Map<String, String>> topics() {
        List<Map<String, String>> list = new ArrayList<>();
        for (TopicCode t : TopicCode.all()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("code", t.code());
            m.put("iptc", t.iptc());
            m.put("iptcLabel", t.iptcLabel());
            m.put("meaning", t.meaning());
            list.add(m);
        }
        return list;
    }

    private static Map<String, Object> error(String code, String message, String parameter) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        return body;
    }

    private static String openApiDocument() {
        try (InputStream in = StoreApi.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + OPENAPI_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
