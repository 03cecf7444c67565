// Webhook endpoints as /newsroom/api lists them (EndpointView): what each
// receives and its state (on, failing since, turned off and why), with its
// last delivery's status and time. Never the signing secret: it is shown
// once, when made (create-endpoint.ts).
import "server-only";
import type { Prisma } from "@prisma/client";
import type { Tx } from "@/lib/db/client";
import { parseEndpointEvents, type WebhookEventType } from "@/lib/webhooks/events";

export type EndpointView = {
  id: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  enabled: boolean;
  disabledAt: Date | null;
  disabledReason: string | null;
  failingSince: Date | null;
  createdAt: Date;
  /** The newest delivery: its status and when it last changed (delivered, or last tried). */
  lastDelivery: { status: string; at: Date } | null;
};

export const endpointSelect = {
  id: true,
  url: true,
  description: true,
  events: true,
  enabled: true,
  disabledAt: true,
  disabledReason: true,
  failingSince: true,
  createdAt: true,
  deliveries: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { status: true, deliveredAt: true, updatedAt: true } },
} satisfies Prisma.WebhookEndpointSelect;

type EndpointRow = Prisma.WebhookEndpointGetPayload<{ select: typeof endpointSelect }>;

export function toEndpointView({ deliveries, events, ...row }: EndpointRow): EndpointView {
  const last = deliveries[0];
  return { ...row, events: parseEndpointEvents(events), lastDelivery: last ? { status: last.status, at: last.deliveredAt ?? last.updatedAt } : null };
}

/** Every endpoint, oldest first (the order they were registered in). */
export async function listWebhookEndpoints(db: Tx): Promise<EndpointView[]> {
  const rows = await db.webhookEndpoint.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: endpointSelect });
  return rows.map(toEndpointView);
}

/** One endpoint (its delivery log's page), or null. */
export async function findWebhookEndpoint(db: Tx, id: string): Promise<EndpointView | null> {
  const row = await db.webhookEndpoint.findUnique({ where: { id }, select: endpointSelect });
  return row ? toEndpointView(row) : null;
}
