package org.hrcsearch.api.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hrcsearch.api.action.ActionDirectory;
import org.hrcsearch.api.action.ActionFilter;
import org.hrcsearch.api.action.ActionService;
import org.hrcsearch.api.action.StateRole;
import org.hrcsearch.api.action.StateVotes;
import org.hrcsearch.api.export.ActionExport;
import org.hrcsearch.corpus.action.ActionOutcome;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.vocab.StateNames;

/**
 * {@code GET /api/actions} (the Council's actions, filtered, with facet counts), {@code GET /api/actions/{symbol}}
 * (the story of one proposal) and {@code GET /api/states/{name}/votes} (a State's record).
 */
final class ActionController {

    private static final Set<String> LIST_PARAMS =
            Set.of("q", "session", "outcome", "sponsor", "state", "position", "size", "page");
    private static final Set<String> EXPORT_PARAMS =
            Set.of("q", "session", "outcome", "sponsor", "state", "position", "format");
    private static final int MAX_NAME_LENGTH = 300;

    /** The path parts after {@code /api/actions/} that name a Council symbol of 4, 5 or 6 parts. */
    private static final List<String> SYMBOL_PARTS = List.of("part3", "part4", "part5", "part6");

    /**
     * {@code A/HRC/{part3}/{part4}} and the longer ones: a symbol as printed, slashes and all
     * ({@code A/HRC/43/L.31/Rev.1}, {@code A/HRC/RES/43/21}); OpenAPI templates no value with slashes, so each length is
     * a route of its own, as {@code openapi.json} describes it.
     */
    static final List<String> SYMBOL_PATHS = List.of(symbolPath(2), symbolPath(3), symbolPath(4));

    private static String symbolPath(int parts) {
        StringBuilder b = new StringBuilder("A/HRC");
        SYMBOL_PARTS.subList(0, parts).forEach(p -> b.append("/{").append(p).append('}'));
        return b.toString();
    }

    private final ActionService actions;
    private final StateVotes votes;

    ActionController(ActionService actions, StateVotes votes) {
        this.actions = actions;
        this.votes = votes;
    }

    void list(Context ctx) throws Exception {
        Params.allowOnly(ctx, LIST_PARAMS);
        ActionFilter filter = filter(ctx);
        int size = Params.intInRange(ctx, "size", 10, 1, SearchController.MAX_SIZE);
        int page = Params.intInRange(ctx, "page", 1, 1, SearchController.MAX_RESULT_WINDOW);
        if ((long) page * size > SearchController.MAX_RESULT_WINDOW) {
            throw ApiException.badRequest(
                    "result_window_too_large",
                    "page " + page + " of size " + size + " is beyond the first " + SearchController.MAX_RESULT_WINDOW
                            + " actions; narrow the filters");
        }
        ctx.json(actions.list(filter, page, size));
    }

    /** {@code GET /api/actions/export?format=csv|csv-long} with the list's filters: every matching action. */
    void export(Context ctx) throws Exception {
        Params.allowOnly(ctx, EXPORT_PARAMS);
        String name =
                Params.string(ctx, "format", ActionExport.Format.CSV.param()).strip();
        ActionExport.Format format = ActionExport.Format.fromParam(name)
                .orElseThrow(() -> ApiException.badRequest("unknown format '" + Params.abbreviate(name)
                        + "'; use one of " + ActionExport.Format.allowed()));
        List<ActionDirectory.Entry> all = actions.all(filter(ctx));
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"hrc-actions-" + format.param() + ".csv\"");
        ActionExport.write(all, format, ctx.outputStream());
    }

    private ActionFilter filter(Context ctx) {
        Optional<Session> session = present(ctx, "session")
                .map(s -> Session.parse(s)
                        .orElseThrow(
                                () -> ApiException.badRequest("session is a Council session such as 43 or S-35, got '"
                                        + Params.abbreviate(s) + "'")));
        Optional<ActionOutcome> outcome = present(ctx, "outcome")
                .map(o -> ActionOutcome.fromKey(o)
                        .orElseThrow(() -> ApiException.badRequest("unknown outcome '" + Params.abbreviate(o)
                                + "'; use one of " + ActionOutcome.allowedKeys())));
        Optional<String> sponsor = present(ctx, "sponsor")
                .map(s -> name(s, "sponsor"))
                .map(s -> actions.state(s).map(StateNames.State::name).orElse(s));
        Optional<String> state = present(ctx, "state")
                .map(s -> actions.state(name(s, "state"))
                        .map(StateNames.State::name)
                        .orElseThrow(() -> ApiException.badRequest(
                                "unknown_state",
                                "unknown State '" + Params.abbreviate(s)
                                        + "'; name a State as states.tsv knows it, e.g. Czechia or Czech Republic")));
        Optional<StateRole> role = present(ctx, "position")
                .map(p -> StateRole.fromKey(p)
                        .orElseThrow(() -> ApiException.badRequest("unknown position '" + Params.abbreviate(p)
                                + "'; use one of " + StateRole.allowedKeys())));
        if (role.isPresent() && state.isEmpty()) {
            throw ApiException.badRequest(
                    "position needs state: whose position? e.g. state=Czechia&position=" + StateRole.AGAINST.key());
        }
        return new ActionFilter(Params.string(ctx, "q", ""), session, outcome, sponsor, state, role);
    }

    void story(Context ctx) throws Exception {
        Params.allowOnly(ctx, Set.of());
        StringBuilder joined = new StringBuilder("A/HRC");
        for (String part : SYMBOL_PARTS) {
            if (ctx.pathParamMap().containsKey(part)) {
                joined.append('/').append(ctx.pathParam(part));
            }
        }
        String typed = joined.toString();
        UnSymbol symbol = UnSymbol.parse(typed)
                .orElseThrow(() -> ApiException.badRequest(
                        "bad_symbol",
                        "'" + Params.abbreviate(typed) + "' is not a UN symbol; name a draft (A/HRC/43/L.31/Rev.1) or "
                                + "the text it became (A/HRC/RES/43/21)"));
        ctx.json(actions.story(symbol)
                .orElseThrow(() -> ApiException.notFound("no action on " + symbol.text()
                        + " in the indexed session reports: name a draft (A/HRC/43/L.31, any revision) or the "
                        + "resolution, decision or President's statement it became")));
    }

    void stateVotes(Context ctx) throws Exception {
        Params.allowOnly(ctx, Set.of());
        String name = name(ctx.pathParam("name"), "a State's name");
        ctx.json(votes.of(name)
                .orElseThrow(() -> ApiException.notFound("unknown State '" + Params.abbreviate(name)
                        + "': name a State as states.tsv knows it, e.g. Czechia or Czech Republic")));
    }

    private static Optional<String> present(Context ctx, String name) {
        return Params.single(ctx, name).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static String name(String raw, String what) {
        String n = raw.strip();
        if (n.isEmpty() || n.length() > MAX_NAME_LENGTH) {
            throw ApiException.badRequest(what + " is 1-" + MAX_NAME_LENGTH + " characters long");
        }
        return n;
    }
}
