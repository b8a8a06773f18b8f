package io.fieldguide.migration.console;

import io.fieldguide.migration.console.PanelView.Row;
import io.fieldguide.migration.console.PanelView.State;
import io.fieldguide.migration.testing.TestSql;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import javax.sql.DataSource;

/** Module panels as a service declares them: one that reads the test schema, one that fails. */
class TestConsolePanels {

    @Produces
    @Singleton
    ConsolePanel widgets(DataSource dataSource) {
        return new ConsolePanel() {
            public String id() {
                return "widgets";
            }

            public String title() {
                return "Widgets";
            }

            public PanelView view() {
                if (!TestSql.exists(dataSource, "widgets")) {
                    return PanelView.table("No widgets table yet", List.of("Table", "Rows"), List.of());
                }
                long rows = TestSql.count(dataSource, "SELECT count(*) FROM widgets");
                long priced = TestSql.count(dataSource, "SELECT count(*) FROM widgets WHERE price >= 100");
                double percent = rows == 0 ? 100 : priced * 100.0 / rows;
                return PanelView.table(
                        rows + " widgets",
                        List.of("Table", "Rows"),
                        List.of(Row.of(percent == 100 ? State.DONE : State.RUNNING, "widgets", Long.toString(rows))
                                .withPercent(percent)));
            }
        };
    }

    @Produces
    @Singleton
    ConsolePanel broken() {
        return new ConsolePanel() {
            public String id() {
                return "broken";
            }

            public String title() {
                return "Broken panel";
            }

            public PanelView view() {
                throw new IllegalStateException("the module's table is gone");
            }

            public int order() {
                return 200;
            }
        };
    }
}
