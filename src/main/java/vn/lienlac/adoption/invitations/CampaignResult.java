package vn.lienlac.adoption.invitations;

/**
 * What one call to invite did.
 *
 * @param invited        people invited now (one message each, Zalo first, then SMS)
 * @param skippedRecent  people on the list already invited within the spacing
 * @param skippedNoPhone staff on the list without a phone number on record
 */
public record CampaignResult(long campaignId, int invited, int skippedRecent, int skippedNoPhone) {
}
