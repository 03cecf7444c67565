// The editor panels' one way of running a server action on a button press:
// busy while it runs, its refusal (or an offline message) shown as the
// panel's error, and whether it succeeded.
import { useState } from "react";

type Outcome = { ok: boolean; error?: string };

export function useServerStep(messages: { offline: string; failed?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function attempt(step: () => Promise<Outcome>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      const result = await step();
      if (!result.ok) setError(result.error ?? messages.failed ?? messages.offline);
      return result.ok;
    } catch {
      setError(messages.offline);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, setError, attempt };
}
