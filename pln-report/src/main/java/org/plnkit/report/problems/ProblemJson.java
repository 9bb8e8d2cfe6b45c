package org.plnkit.report.problems;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problem;

/**
 * Problems as JSON for tools, in the shape {@code pln validate --format json} prints for each problem:
 * {@code severity}, {@code code} (the {@link org.plnkit.core.problem.ProblemCode}'s name, stable where the wording
 * may improve), {@code place}, then the parts of the place that are known ({@code file}, {@code line},
 * {@code column}, {@code sheet}, {@code cell}, {@code field}) and the {@code message}.
 *
 * <pre>{@code
 * ArrayNode a = ProblemJson.array(readResult.problems());
 * }</pre>
 */
public final class ProblemJson {
    private ProblemJson() {
    }

    /** One problem as a JSON object. */
    public static ObjectNode of(Problem p) {
        ObjectNode pn = JsonNodeFactory.instance.objectNode();
        pn.put("severity", p.severity().id());
        pn.put("code", p.code().name());
        pn.put("place", p.place().toString());
        Place pl = p.place();
        pn.put("file", pl.file());
        if (pl.line() > 0) {
            pn.put("line", pl.line());
        }
        if (pl.column() > 0) {
            pn.put("column", pl.column());
        }
        if (pl.sheet() != null) {
            pn.put("sheet", pl.sheet());
        }
        if (pl.cell() != null) {
            pn.put("cell", pl.cell());
        }
        if (pl.field() != null) {
            pn.put("field", pl.field());
        }
        pn.put("message", p.message());
        return pn;
    }

    /** Problems as a JSON array, in the order given. */
    public static ArrayNode array(List<Problem> problems) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        problems.forEach(p -> a.add(of(p)));
        return a;
    }
}
