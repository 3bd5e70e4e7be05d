package dev.mlidea.storage;

import static dev.mlidea.storage.Columns.instant;
import static dev.mlidea.storage.Columns.optional;
import static dev.mlidea.storage.Columns.strings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

final class StoredAssessmentMapper implements RowMapper<StoredAssessment> {
    @Override
    public StoredAssessment map(ResultSet rs, StatementContext ctx) throws SQLException {
        var keys = strings(rs.getArray("input_keys"));
        var values = strings(rs.getArray("input_values"));
        var inputs = new LinkedHashMap<String, String>();
        for (int i = 0; i < keys.size(); i++) inputs.put(keys.get(i), values.get(i));
        return new StoredAssessment(
                rs.getInt("version"),
                rs.getString("model_version"),
                rs.getString("trigger"),
                rs.getString("suggested_archetype"),
                rs.getBoolean("suggestion_confident"),
                optional(rs, "confirmed_archetype"),
                rs.getString("archetype"),
                rs.getBigDecimal("impact").doubleValue(),
                rs.getBigDecimal("feasibility").doubleValue(),
                rs.getString("quadrant"),
                strings(rs.getArray("red_flags")),
                strings(rs.getArray("next_steps")),
                rs.getBoolean("dont_build"),
                inputs,
                rs.getString("created_by"),
                instant(rs, "created_at"),
                optional(rs, "acknowledged_by"));
    }
}
