package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.CampaignStore;
import io.github.chuxin.persistence.Versioned;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The store of campaigns; their batches and batch assignments are also kept as rows, for batch queries. */
final class JdbcCampaignStore extends JdbcStore<CampaignId, Campaign> implements CampaignStore {

  JdbcCampaignStore(JdbcStorage.View view) {
    super(view, AggregateType.CAMPAIGN);
  }

  @Override
  void afterWrite(Connection c, Optional<Campaign> old, Versioned<Campaign> written, String actor)
      throws SQLException {
    Campaign campaign = written.value();
    String id = campaign.id().value();
    if (old.isPresent()) {
      new Sql("DELETE FROM chuxin_batch_assignment WHERE campaign_id = ?").add("", id).update(c);
      new Sql("DELETE FROM chuxin_campaign_batch WHERE campaign_id = ?").add("", id).update(c);
    }
    int n = 0;
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO chuxin_campaign_batch (campaign_id, batch_id, number) VALUES (?, ?, ?)")) {
      Set<String> seen = new HashSet<>();
      for (Batch b : campaign.batches()) {
        if (seen.add(b.id().value())) {
          ps.setString(1, id);
          ps.setString(2, b.id().value());
          ps.setInt(3, b.number());
          ps.addBatch();
          n++;
        }
      }
      if (n > 0) {
        Sql.checkBatch(ps.executeBatch(), n, "batches of campaign " + id);
      }
    }
    n = 0;
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO chuxin_batch_assignment (campaign_id, unit_id, unit_seg, batch_id) VALUES (?, ?, ?, ?)")) {
      Set<OrgId> seen = new HashSet<>();
      for (BatchAssignment a : campaign.assignments()) {
        if (seen.add(a.unit())) {
          ps.setString(1, id);
          ps.setString(2, a.unit().value());
          ps.setString(3, Paths.segment(a.unit().value()));
          ps.setString(4, a.batch().value());
          ps.addBatch();
          n++;
        }
      }
      if (n > 0) {
        Sql.checkBatch(ps.executeBatch(), n, "batch assignments of campaign " + id);
      }
    }
  }
}
