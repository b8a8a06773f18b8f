package io.fieldguide.protein.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * One statement: the range's days (generate_series) joined to the user's summaries by the primary
 * key (user_id, summary_date), and the goals from the profile. Totals are summed in Java from the
 * days, so they always agree with them.
 */
@ApplicationScoped
public class DashboardQuery {

    private static final String DAYS =
            """
            SELECT d::date, coalesce(s.total_protein_grams, 0), coalesce(s.total_calories, 0), coalesce(s.meal_count, 0),
                   p.daily_protein_goal, p.daily_calorie_goal
            FROM generate_series(?::date, ?::date, interval '1 day') d
            LEFT JOIN daily_summaries s ON s.user_id = ? AND s.summary_date = d::date
            LEFT JOIN user_profiles p ON p.user_id = ?
            ORDER BY d
            """;

    private final DataSource dataSource;

    DashboardQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Dashboard range(String userId, LocalDate from, LocalDate to) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(DAYS)) {
            select.setObject(1, from);
            select.setObject(2, to);
            select.setString(3, userId);
            select.setString(4, userId);
            List<Dashboard.Day> days = new ArrayList<>();
            BigDecimal proteinGoal = null;
            BigDecimal calorieGoal = null;
            BigDecimal protein = BigDecimal.ZERO;
            BigDecimal calories = BigDecimal.ZERO;
            long meals = 0;
            int goalMet = 0;
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    proteinGoal = row.getBigDecimal(5);
                    calorieGoal = row.getBigDecimal(6);
                    boolean met = proteinGoal != null
                            && proteinGoal.signum() > 0
                            && row.getBigDecimal(2).compareTo(proteinGoal) >= 0;
                    days.add(new Dashboard.Day(
                            row.getObject(1, LocalDate.class),
                            row.getBigDecimal(2),
                            row.getBigDecimal(3),
                            row.getLong(4),
                            met));
                    protein = protein.add(row.getBigDecimal(2));
                    calories = calories.add(row.getBigDecimal(3));
                    meals += row.getLong(4);
                    goalMet += met ? 1 : 0;
                }
            }
            return new Dashboard(from, to, proteinGoal, calorieGoal, protein, calories, meals, goalMet, days);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the dashboard", e);
        }
    }
}
