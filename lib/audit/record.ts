// Writes to the append-only audit log. Accepts a transaction client so an
// event is recorded in the same transaction as the change it describes.
import type { Prisma } from "@prisma/client";

export type AuditInput = {
  action: string;
  actorId?: string | null;
  targetType?: string;
  targetId?: string;
  detail?: Record<string, unknown>;
  ip?: string | null;
};

type AuditWriter = { auditEvent: { create(args: Prisma.AuditEventCreateArgs): Promise<unknown> } };

export async function recordAudit(db: AuditWriter, event: AuditInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      action: event.action,
      actorId: event.actorId ?? null,
      targetType: event.targetType,
      targetId: event.targetId,
      detail: JSON.stringify(event.detail ?? {}),
      ip: event.ip ?? null,
    },
  });
}
