package id.banggaelokal.platform.web;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;

/**
 * Names the HTTP metrics of a request refused before any resource method matched it (a method not
 * allowed, a malformed token or an oversized request refused on entry). Quarkus tags such a request
 * with its raw path, and keeps at most {@code quarkus.micrometer.binder.http-server.max-uri-tags}
 * (100) distinct ones: anyone could fill them with made-up paths, after which the real endpoints
 * called for the first time are no longer measured. They share one tag instead.
 */
public final class UnroutedRequests {

  /** The uri tag of refused requests. */
  public static final String URI = "/refused";

  /** Where Quarkus' HTTP metrics read a request's path template (as RESTEasy Reactive sets it). */
  private static final String TEMPLATE_KEY = "UrlPathTemplate";

  private UnroutedRequests() {}

  /** Tags the current request's metrics as refused; nothing outside a request's context. */
  public static void tag() {
    var context = Vertx.currentContext();
    if (context != null && VertxContext.isDuplicatedContext(context)) {
      ContextLocals.put(TEMPLATE_KEY, URI);
    }
  }
}
