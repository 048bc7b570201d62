package io.github.chuxin.persistence;

import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.campaign.Campaign;

/**
 * The store of campaigns, each with its batches and batch assignments 活動存儲 (活动存储).
 *
 * <p>The criteria it answers are those of {@link AggregateKind}.
 */
public interface CampaignStore extends AggregateStore<CampaignId, Campaign> {
}
