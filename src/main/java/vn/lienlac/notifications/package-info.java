/**
 * Reaching a person outside the open WebSocket (issue 18): push endpoints, one durable outbox in PostgreSQL written
 * in the producer's transaction, channels (Web Push, FCM, APNs, Zalo ZNS, SMS brandname), the policy that picks
 * them, and budgets for the paid ones. Depends on platform, directory, identity and audit only; chat, notices,
 * directives and adoption call it (docs/notifications.md, docs/architecture.md).
 */
package vn.lienlac.notifications;
