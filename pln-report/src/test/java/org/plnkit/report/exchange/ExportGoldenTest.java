package org.plnkit.report.exchange;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/** Every export format of the sample PLN, compared with reviewed golden files. */
class ExportGoldenTest {
    private final PlnExporter exporter = new PlnExporter(Taxonomy.defaults());
    private final Pln maria = Samples.maria();

    @Test
    void graphMl() throws Exception {
        Golden.check("maria-lopez-librarian.graphml", exporter.toString(maria, ExchangeFormat.GRAPHML));
    }

    @Test
    void gexf() throws Exception {
        Golden.check("maria-lopez-librarian.gexf", exporter.toString(maria, ExchangeFormat.GEXF));
    }

    @Test
    void dot() throws Exception {
        Golden.check("maria-lopez-librarian.dot", exporter.toString(maria, ExchangeFormat.DOT));
    }

    @Test
    void json() throws Exception {
        Golden.check("maria-lopez-librarian.json", exporter.toString(maria, ExchangeFormat.JSON));
    }

    @Test
    void csv() throws Exception {
        StringWriter nodes = new StringWriter();
        StringWriter edges = new StringWriter();
        exporter.writeCsv(maria, nodes, edges);
        Golden.check("maria-lopez-librarian-nodes.csv", nodes.toString());
        Golden.check("maria-lopez-librarian-edges.csv", edges.toString());
    }
}
