package org.hrcsearch.api.http;

import io.javalin.http.Context;
import java.util.regex.Pattern;
import org.hrcsearch.api.feed.FeedAnswer;
import org.hrcsearch.api.feed.FeedLinks;
import org.hrcsearch.api.feed.FeedService;
import org.hrcsearch.api.search.Criteria;

/**
 * {@code GET /api/feed?q=...}: a search followed as an Atom feed, with the search's own parameters. Answers 304
 * when the client's {@code If-None-Match} or {@code If-Modified-Since} names the current version, so that a feed
 * reader polling every few minutes costs no search.
 */
final class FeedController {

    static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";

    /** A Host header as a browser or feed reader sends it: a name or address and a port; anything else is not used. */
    private static final Pattern HOST =
            Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");

    private final FeedService feeds;

    FeedController(FeedService feeds) {
        this.feeds = feeds;
    }

    /** The criteria of a feed request, every parameter checked: a search's, whose {@code sort} a feed ignores. */
    static Criteria criteria(Context ctx) {
        Params.allowOnly(ctx, Params.CRITERIA);
        return Params.criteria(ctx);
    }

    void feed(Context ctx) throws Exception {
        Criteria criteria = criteria(ctx);
        FeedAnswer answer = feeds.answer(criteria, links(ctx), v -> ConditionalGet.holds(ctx, v));
        ConditionalGet.validators(ctx, answer.version());
        switch (answer) {
            case FeedAnswer.NotModified n -> ctx.status(304);
            case FeedAnswer.Fresh f -> ctx.contentType(CONTENT_TYPE).result(f.atom());
        }
    }

    /** The feed's links, absolute on the host the client asked (a proxy in front must pass the Host header on). */
    private static FeedLinks links(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !HOST.matcher(host).matches()) {
            host = "localhost";
        }
        String query = ctx.queryString();
        return new FeedLinks(ctx.scheme() + "://" + host, query == null ? "" : query);
    }
}
